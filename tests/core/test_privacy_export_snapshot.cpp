// The Privacy centre's whole-workspace export reads every table from one snapshot: a write another connection
// commits while the export runs is in none of its files.
#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/SubjectAccessExporter.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;

TEST_CASE("the workspace export reads every table from one snapshot while another connection writes",
          "[privacy][export][workspace]")
{
    ServiceFixture f;
    f.addCustomer(f.ownerId(), QStringLiteral("Sari Dewi"));
    f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    const qint64 customersBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"));
    const qint64 contactsBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_points"));

    // The export reads the tables by name; the write comes after contact_points was read, before customers.
    QStringList tables;
    {
        QSqlQuery q(f.db());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' AND name NOT LIKE 'customers_fts%' ORDER BY name")));
        while (q.next())
            tables << q.value(0).toString();
    }
    const int customersStep = int(tables.indexOf(QStringLiteral("customers")));
    REQUIRE(customersStep > int(tables.indexOf(QStringLiteral("contact_points"))));

    const QString name = QStringLiteral("workspace-export-writer");
    REQUIRE(f.workspace().openConnection(name));
    bool wrote = false;
    {
        QSqlDatabase other = QSqlDatabase::database(name, false);
        SubjectAccessExporter exporter(f.owner());
        exporter.setProgress([&](int done, int) {
            if (done == customersStep && !wrote) {
                // A customer with an e-mail, committed in one transaction by another connection.
                REQUIRE(other.transaction());
                QSqlQuery q(other);
                REQUIRE(q.exec(QStringLiteral("INSERT INTO customers (id, display_name, created_at, updated_at) "
                                              "VALUES ('snapshot-new', 'Baru Sekali', 1, 1)")));
                REQUIRE(q.exec(QStringLiteral("INSERT INTO contact_points (id, customer_id, kind, raw, normalized, "
                                              "created_at, updated_at) VALUES ('snapshot-cp', 'snapshot-new', "
                                              "'email', 'baru@contoh.id', 'baru@contoh.id', 1, 1)")));
                wrote = other.commit();
            }
            return true;
        });
        auto report = exporter.exportWorkspace(QDir(f.directory()).filePath(QStringLiteral("all.zip")));
        REQUIRE(report.ok());
        CHECK(report->counts.value(QStringLiteral("customers")).toInteger() == customersBefore);
        CHECK(report->counts.value(QStringLiteral("contact_points")).toInteger() == contactsBefore);
    }
    Workspace::closeConnection(name);
    REQUIRE(wrote);
    // The write is there for everyone after the export, and the export's audit entry could be written.
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")) == customersBefore + 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace_export'")) == 1);
}
