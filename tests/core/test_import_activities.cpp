#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "io/export/RecordExporter.h"
#include "io/import/ActivityImporter.h"
#include "io/import/CustomerImporter.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

Result<ImportReport> importActivities(ServiceFixture &f, const QByteArray &csv, ImportProfile::Entity entity,
                                      const ActivityImporter::Progress &progress = {})
{
    ActivityImporter importer(f.owner());
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ImportProfile profile;
    profile.entity = entity;
    return importer.run(buffer, profile, progress);
}

void addCustomers(ServiceFixture &f)
{
    CustomerImporter importer(f.owner());
    QBuffer buffer;
    buffer.setData("Name,Email,External ID\nAni Wijaya,ani@contoh.id,A-1\nBudi,budi@contoh.id,B-2\n");
    buffer.open(QIODevice::ReadOnly);
    auto r = importer.run(buffer, ImportProfile());
    REQUIRE(r);
    REQUIRE(r->created == 2);
}

} // namespace

TEST_CASE("logs import keyed to customers by e-mail or external id", "[import][activities]")
{
    ServiceFixture f;
    addCustomers(f);
    const QByteArray csv = "tanggal,email,external_id,kanal,arah,durasi,subjek,isi\n"
                           "2024-03-01T09:30:00Z,ANI@contoh.id,,call,out,120,Penawaran,Isi satu\n"
                           "2024-03-02,,B-2,visit,,,Kunjungan,\n"
                           "2024-03-03,nobody@contoh.id,,call,in,,Siapa,\n"
                           "kemarin,ani@contoh.id,,call,in,,Tanggal salah,\n"
                           "2024-03-04,ani@contoh.id,,telepati,,,Kanal salah,\n";
    auto r = importActivities(f, csv, ImportProfile::Entity::Logs);
    REQUIRE(r);
    CHECK(r->created == 2);
    REQUIRE(r->rejected == 3);
    CHECK(r->rejectedRows.at(0).line == 4);
    CHECK(r->rejectedRows.at(0).reason.contains(QLatin1String("no customer")));
    CHECK(r->rejectedRows.at(1).column == 1);
    CHECK(r->rejectedRows.at(2).column == 4);
    CHECK(r->rejectedRows.at(2).reason.contains(QLatin1String("channel")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM interactions i JOIN customers c ON c.id = i.customer_id "
                                  "WHERE c.external_id = 'A-1' AND i.duration_s = 120 AND i.occurred_at = ?"),
                   {QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch()})
          == 1);
    // The same file again adds nothing.
    auto again = importActivities(f, csv, ImportProfile::Entity::Logs);
    REQUIRE(again);
    CHECK(again->created == 0);
    CHECK(again->skipped == 2);
}

TEST_CASE("deals import with amounts, stages and undo", "[import][activities]")
{
    ServiceFixture f;
    addCustomers(f);
    const QByteArray csv = "judul;surel;tahap;nilai;mata_uang;probabilitas\n"
                           "Paket A;ani@contoh.id;proposal;1.250.000,50;IDR;60\n"
                           "Paket B;budi@contoh.id;won;2500000;;\n"
                           "Paket C;budi@contoh.id;lead;satu juta;IDR;\n"
                           "Paket D;budi@contoh.id;menang;100;IDR;\n";
    auto r = importActivities(f, csv, ImportProfile::Entity::Deals);
    REQUIRE(r);
    CHECK(r->created == 2);
    CHECK(r->rejected == 2);
    CHECK(r->rejectedRows.at(0).column == 4);
    CHECK(f.scalar(QStringLiteral("SELECT amount_minor FROM deals WHERE title = 'Paket A'")) == 125000050);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE title = 'Paket B' AND stage = 'won' AND closed_at IS NOT NULL")) == 1);
    CustomerImporter undoer(f.owner());
    auto undone = undoer.undo(r->importId);
    REQUIRE(undone);
    CHECK(undone->removed == 2);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE cl % 2 = 1")) == 0);
}

TEST_CASE("exported logs and deals import into another workspace with the same customers", "[import][activities][export]")
{
    ServiceFixture source;
    addCustomers(source);
    {
        CustomerService customers(source.owner());
        auto all = customers.list();
        REQUIRE(all);
        InteractionService logs(source.owner());
        DealService deals(source.owner());
        for (const Customer &c : *all) {
            for (int i = 0; i < 3; ++i) {
                Interaction in;
                in.customerId = c.id;
                in.channel = QStringLiteral("email");
                in.direction = QStringLiteral("in");
                in.occurredAt = ServiceFixture::startMs - i * 86400000LL;
                in.subject = QStringLiteral("Surat %1").arg(i);
                REQUIRE(logs.add(in));
            }
            Deal d;
            d.customerId = c.id;
            d.title = QStringLiteral("Deal ") + c.displayName;
            d.amount = Money(99900, QStringLiteral("USD"));
            REQUIRE(deals.create(d));
        }
    }
    QTemporaryDir dir;
    RecordExporter exporter(source.owner());
    for (ExportEntity e : {ExportEntity::Logs, ExportEntity::Deals}) {
        ExportOptions options;
        options.entity = e;
        REQUIRE(exporter.exportTo(dir.filePath(exportEntityName(e) + QStringLiteral(".csv")), options));
    }
    ServiceFixture target;
    addCustomers(target);
    auto logs = importActivities(target, relasi::test::readAll(dir.filePath(QStringLiteral("logs.csv"))), ImportProfile::Entity::Logs);
    REQUIRE(logs);
    CHECK(logs->created == 6);
    CHECK(logs->rejected == 0);
    auto deals = importActivities(target, relasi::test::readAll(dir.filePath(QStringLiteral("deals.csv"))), ImportProfile::Entity::Deals);
    REQUIRE(deals);
    CHECK(deals->created == 2);
    CHECK(target.scalar(QStringLiteral("SELECT SUM(amount_minor) FROM deals WHERE currency = 'USD'")) == 2 * 99900);
}

TEST_CASE("a cancelled logs import leaves nothing behind", "[import][activities][rollback]")
{
    ServiceFixture f;
    addCustomers(f);
    QByteArray csv = "occurred_at,customer_email,channel,subject\n";
    for (int i = 0; i < 600; ++i)
        csv += QStringLiteral("2024-01-01T00:00:%1Z,ani@contoh.id,note,n%2\n").arg(i % 60, 2, 10, QLatin1Char('0')).arg(i).toUtf8();
    const qint64 before = f.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM interactions) + (SELECT COUNT(*) FROM outbox) "
                                                  "+ (SELECT COUNT(*) FROM audit_log) + (SELECT COUNT(*) FROM imports)"));
    auto r = importActivities(f, csv, ImportProfile::Entity::Logs, [](const ImportProgress &p) { return p.rows < 400; });
    REQUIRE_FALSE(r);
    CHECK(r.code() == ErrorCode::Cancelled);
    CHECK(f.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM interactions) + (SELECT COUNT(*) FROM outbox) "
                                  "+ (SELECT COUNT(*) FROM audit_log) + (SELECT COUNT(*) FROM imports)"))
          == before);
}
