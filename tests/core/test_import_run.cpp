// The import run as a whole: what it keeps of rows it cannot take as given (phones), how it is audited and
// journalled, and the rejected-rows report beyond what the report keeps in memory.
#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "io/csv/CsvReader.h"
#include "io/import/CustomerImporter.h"
#include "search/SearchIndex.h"
#include "services/CustomerService.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

Result<ImportReport> importText(CustomerImporter &importer, const QByteArray &csv, bool dryRun = false)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return importer.run(buffer, ImportProfile(), {}, dryRun, QStringLiteral("test.csv"));
}

QString text(ServiceFixture &f, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(f.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("a phone number that is not valid keeps the customer: the number in the notes, a warning with line and "
          "column",
          "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    const QByteArray csv = "Name,Email,Phone,Notes\n"
                           "Ani,ani@contoh.id,0812-3456-7890,pelanggan lama\n"
                           "Budi,budi@contoh.id,+34794026542,\n"
                           "Citra,,960.233.9804,\n";
    SECTION("dry run: counted as created, with the warnings")
    {
        auto r = importText(importer, csv, true);
        REQUIRE(r);
        CHECK(r->created == 3);
        CHECK(r->warned == 2);
    }
    SECTION("import")
    {
        auto r = importText(importer, csv);
        REQUIRE(r);
        CHECK(r->created == 3);
        CHECK(r->rejected == 0);
        REQUIRE(r->warned == 2);
        REQUIRE(r->warnings.size() == 2);
        CHECK(r->warnings.at(0).line == 3);
        CHECK(r->warnings.at(0).column == 3);
        CHECK(r->warnings.at(0).reason.contains(QLatin1String("+34794026542")));
        CHECK(r->warnings.at(1).line == 4);
        CHECK(text(f, QStringLiteral("SELECT notes FROM customers WHERE display_name = 'Budi'"))
              == QLatin1String("Phone (not verified): +34794026542"));
        CHECK(text(f, QStringLiteral("SELECT notes FROM customers WHERE display_name = 'Citra'"))
              == QLatin1String("Phone (not verified): 960.233.9804"));
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_points WHERE kind = 'phone'")) == 1);
        CHECK(text(f, QStringLiteral("SELECT normalized FROM contact_points WHERE kind = 'phone'"))
              == QLatin1String("+6281234567890"));
        // The kept number is found by search through the notes.
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers_fts WHERE customers_fts MATCH 'notes:34794026542'"))
              == 1);
    }
}

TEST_CASE("phones normalised once on the producer index exactly as a reindex of the stored customer does", "[import][search]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    auto r = importText(importer, "Name,Phone,Email,Mobile Phone,City\n"
                                  "Dewi Lestari,(021) 555-1234,dewi@contoh.id,0812 3456 7890,Bandung\n"
                                  "Eko,+65 6123 4567,eko@contoh.sg,,Singapore\n");
    REQUIRE(r);
    REQUIRE(r->created == 2);
    QSqlQuery ids(f.db());
    REQUIRE(ids.exec(QStringLiteral("SELECT id, rowid FROM customers ORDER BY rowid")));
    QList<QPair<QString, qint64>> customers;
    while (ids.next())
        customers << qMakePair(ids.value(0).toString(), ids.value(1).toLongLong());
    ids.finish();
    REQUIRE(customers.size() == 2);
    for (const auto &c : std::as_const(customers)) {
        const QString sql = QStringLiteral("SELECT name || '|' || company || '|' || phones || '|' || place || '|' || "
                                           "tags || '|' || notes FROM customers_fts WHERE docid = ?");
        const QString imported = text(f, sql, {c.second});
        CHECK_FALSE(text(f, QStringLiteral("SELECT phones FROM customers_fts WHERE docid = ?"), {c.second}).isEmpty());
        QSqlDatabase db = f.db();
        REQUIRE(SearchIndex::reindexCustomer(db, c.first));
        CHECK(text(f, sql, {c.second}) == imported);
    }
    // The contact points keep the file's order (phone, e-mail, second phone) and one primary phone.
    auto dewi = CustomerService(f.owner()).get(customers.at(0).first);
    REQUIRE(dewi);
    REQUIRE(dewi->contacts.size() == 3);
    CHECK(dewi->contacts.at(0).normalized == QLatin1String("+62215551234"));
    CHECK(dewi->contacts.at(1).kind == ContactKind::Email);
    CHECK(dewi->contacts.at(2).normalized == QLatin1String("+6281234567890"));
    CHECK(dewi->contacts.at(0).primary);
    CHECK_FALSE(dewi->contacts.at(2).primary);
}

TEST_CASE("an import is audited once with its counts and journalled once per created customer", "[import][audit]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    QByteArray csv = "Name,Email\n";
    for (int i = 0; i < 30; ++i)
        csv += QStringLiteral("Warga %1,warga%2@contoh.id\n").arg(i).arg(i == 7 ? 6 : i).toUtf8(); // row 7: duplicate
    csv += "Salah,bukan-surel\n";
    const qint64 audit0 = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const qint64 outbox0 = f.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    auto r = importText(importer, csv);
    REQUIRE(r);
    CHECK(r->created == 29);
    CHECK(r->skipped == 1);
    CHECK(r->rejected == 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == audit0 + 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'customer'")) == outbox0 + 29);
    CHECK(text(f, QStringLiteral("SELECT action || ' ' || entity || ' ' || entity_id FROM audit_log ORDER BY seq DESC"))
          == QStringLiteral("import import ") + r->importId);
    const QJsonObject details
        = QJsonDocument::fromJson(text(f, QStringLiteral("SELECT details FROM audit_log ORDER BY seq DESC")).toUtf8())
              .object();
    CHECK(details.value(QStringLiteral("created")).toInt() == 29);
    CHECK(details.value(QStringLiteral("skipped")).toInt() == 1);
    CHECK(details.value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(details.value(QStringLiteral("rows")).toInt() == 31);
    CHECK(details.value(QStringLiteral("file")).toString() == QLatin1String("test.csv"));
    auto verified = f.owner().audit().verify();
    REQUIRE(verified);
    CHECK(verified->ok);

    // Undo is audited per removed customer, as any delete.
    auto undone = importer.undo(r->importId);
    REQUIRE(undone);
    CHECK(undone->removed == 29);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE cl % 2 = 1")) == 0);
}

TEST_CASE("more rejected rows than the report keeps: all of them in the saved report, in file order", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    importer.setBatchSize(256);
    const int rows = ImportReport::kKeptRows + 300;
    QByteArray csv = "Name,Email\n";
    for (int i = 0; i < rows; ++i)
        csv += (i % 2 == 0 ? QStringLiteral("Salah %1,salah%1@@contoh\n") : QStringLiteral("Baik %1,baik%1@contoh.id\n"))
                   .arg(i)
                   .toUtf8();
    auto r = importText(importer, csv);
    REQUIRE(r);
    CHECK(r->rejected == rows / 2);
    CHECK(r->created == rows / 2);
    CHECK(r->rejectedRows.size() == qMin(rows / 2, int(ImportReport::kKeptRows)));
    CHECK(r->rejectedRows.constFirst().line == 2);

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("rejected.csv"));
    REQUIRE(CustomerImporter::writeRejected(*r, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvDialect{});
    CsvRecord record;
    REQUIRE(reader.readRecord(record));
    CHECK(record.fields == QStringList{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("_line"),
                                       QStringLiteral("_column"), QStringLiteral("_reason")});
    int n = 0;
    while (reader.readRecord(record)) {
        CHECK(record.fields.value(0) == QStringLiteral("Salah %1").arg(2 * n));
        CHECK(record.fields.value(2) == QString::number(2 * n + 2));
        CHECK(record.fields.value(3) == QLatin1String("2"));
        ++n;
    }
    CHECK(n == rows / 2);
}
