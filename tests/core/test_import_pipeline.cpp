#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "io/import/CustomerImporter.h"
#include "io/import/ImportPreview.h"
#include "io/import/StoredDuplicateFinder.h"
#include "services/CustomerService.h"

#include <QBuffer>
#include <QSqlQuery>

#include <algorithm>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

Result<ImportReport> importText(CustomerImporter &importer, const QByteArray &csv,
                                const ImportProfile &profile = ImportProfile(), bool dryRun = false)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return importer.run(buffer, profile, {}, dryRun);
}

QString phoneOf(int i)
{
    return QStringLiteral("0812%1").arg(20000000 + i);
}

QString emailOf(int i)
{
    return QStringLiteral("warga%1@contoh.co.id").arg(i);
}

// Stored customers with the phones of rows `from`..`to`-1 (and e-mails of their own).
void storeCustomers(ServiceFixture &f, int from, int to)
{
    QList<NewCustomer> batch;
    for (int i = from; i < to; ++i) {
        NewCustomer c;
        c.displayName = QStringLiteral("Tersimpan %1").arg(i);
        ContactPoint phone;
        phone.kind = ContactKind::Phone;
        phone.raw = phoneOf(i);
        c.contacts << phone;
        ContactPoint email;
        email.kind = ContactKind::Email;
        email.raw = QStringLiteral("simpan%1@contoh.co.id").arg(i);
        c.contacts << email;
        c.externalId = QStringLiteral("EXT-%1").arg(i);
        batch << c;
    }
    REQUIRE(CustomerService(f.owner()).createMany(batch));
}

enum class Outcome { Created, Skipped, Rejected };

} // namespace

TEST_CASE("a file read in many batches: every row ends in exactly one outcome, rejected rows in file order",
          "[import][pipeline]")
{
    ServiceFixture f;
    storeCustomers(f, 200, 250); // rows 200..249 duplicate these by phone
    const int rows = 1237;       // 13 batches of 100, the last one short
    QByteArray csv = "Nama,Surel,Telepon,Catatan\n";
    QList<Outcome> expected;
    auto plain = [](int i) { return i % 7 != 3 && i % 13 != 5; };
    for (int i = 0; i < rows; ++i) {
        QString email = emailOf(i);
        QString notes = QStringLiteral("baris %1").arg(i);
        Outcome outcome = Outcome::Created;
        if (i % 7 == 3) {
            email = QStringLiteral("bukan-surel-%1").arg(i); // the mapper rejects it (column 2)
            outcome = Outcome::Rejected;
        } else if (i % 13 == 5) {
            notes = QStringLiteral("kartu 4111 1111 1111 1111"); // only CustomerService::prepare refuses it
            outcome = (i >= 200 && i < 250) ? Outcome::Skipped : Outcome::Rejected; // a duplicate is skipped anyway
        } else if (i % 11 == 10 && plain(i - 10)) {
            email = emailOf(i - 10).toUpper(); // duplicate of an earlier row, differing in case
            outcome = Outcome::Skipped;
        } else if (i >= 200 && i < 250) {
            outcome = Outcome::Skipped; // duplicate of a stored customer
        }
        csv += QStringLiteral("Warga %1,%2,%3,%4\n").arg(i).arg(email, phoneOf(i), notes).toUtf8();
        expected << outcome;
    }
    const auto expect = [&](Outcome o) { return int(std::count(expected.cbegin(), expected.cend(), o)); };

    CustomerImporter importer(f.owner());
    importer.setBatchSize(100);
    SECTION("dry run")
    {
        auto r = importText(importer, csv, ImportProfile(), true);
        REQUIRE(r);
        CHECK(r->rows == rows);
        CHECK(r->created == expect(Outcome::Created));
        CHECK(r->skipped == expect(Outcome::Skipped));
        CHECK(r->rejected == expect(Outcome::Rejected));
    }
    SECTION("import")
    {
        const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"));
        auto r = importText(importer, csv);
        REQUIRE(r);
        CHECK(r->rows == rows);
        CHECK(r->created == expect(Outcome::Created));
        CHECK(r->skipped == expect(Outcome::Skipped));
        CHECK(r->rejected == expect(Outcome::Rejected));
        CHECK(r->updated == 0);
        CHECK(r->created + r->skipped + r->rejected == rows);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")) == before + r->created);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM import_items WHERE import_id = ?"), {r->importId})
              == r->created);
        // The rejected rows, by line, with the reason and the column where the mapper knew it.
        REQUIRE(r->rejectedRows.size() == r->rejected);
        QList<qint64> lines;
        for (int i = 0; i < rows; ++i) {
            if (expected.at(i) == Outcome::Rejected)
                lines << i + 2;
        }
        QList<qint64> got;
        for (const RejectedRow &row : r->rejectedRows)
            got << row.line;
        CHECK(got == lines);
        for (const RejectedRow &row : r->rejectedRows) {
            const int i = int(row.line - 2);
            CHECK(row.fields.value(0) == QStringLiteral("Warga %1").arg(i));
            CHECK(row.column == (i % 7 == 3 ? 2 : 0));
            CHECK_FALSE(row.reason.isEmpty());
        }
        // Running it again creates nothing: every good row is now a stored duplicate.
        auto again = importText(importer, csv);
        REQUIRE(again);
        CHECK(again->created == 0);
        CHECK(again->skipped == r->created + r->skipped);
    }
}

TEST_CASE("stored duplicates are looked up a chunk of keys per query", "[import][pipeline]")
{
    ServiceFixture f;
    SECTION("an empty workspace needs no lookup at all")
    {
        StoredDuplicateFinder finder(f.db());
        REQUIRE(finder.begin());
        auto found = finder.find({QStringLiteral("e:") + emailOf(1), QStringLiteral("p:+6281220000001")});
        REQUIRE(found);
        CHECK(found->isEmpty());
        CHECK(finder.queries() == 0);
    }
    SECTION("more keys than one chunk, of every kind")
    {
        const int stored = StoredDuplicateFinder::kChunk + 50;
        storeCustomers(f, 0, stored);
        QSqlQuery q(f.db());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM customers WHERE external_id = 'EXT-7'")));
        REQUIRE(q.next());
        const QString deletedId = q.value(0).toString();
        q.finish();
        REQUIRE(CustomerService(f.owner()).remove(deletedId)); // a deleted customer is no duplicate

        StoredDuplicateFinder finder(f.db());
        REQUIRE(finder.begin());
        QStringList keys;
        for (int i = 0; i < stored + 10; ++i)
            keys << QStringLiteral("e:simpan%1@contoh.co.id").arg(i);
        keys << QStringLiteral("p:+62812%1").arg(20000000 + 3) << QStringLiteral("x:EXT-9")
             << QStringLiteral("x:EXT-7") << QStringLiteral("n:tersimpan 11\x1f");
        auto found = finder.find(keys);
        REQUIRE(found);
        CHECK(found->size() == (stored - 1) + 3); // every stored e-mail but the deleted one; phone, EXT-9, name
        CHECK_FALSE(found->contains(QStringLiteral("e:simpan7@contoh.co.id")));
        CHECK_FALSE(found->contains(QStringLiteral("e:simpan%1@contoh.co.id").arg(stored)));
        CHECK_FALSE(found->contains(QStringLiteral("x:EXT-7")));
        CHECK(found->value(QStringLiteral("e:simpan3@contoh.co.id"))
              == found->value(QStringLiteral("p:+62812%1").arg(20000000 + 3)));
        CHECK(found->value(QStringLiteral("x:EXT-9")) == found->value(QStringLiteral("e:simpan9@contoh.co.id")));
        CHECK(found->value(QStringLiteral("n:tersimpan 11\x1f")) == found->value(QStringLiteral("e:simpan11@contoh.co.id")));
        // e-mails: two chunks; phone, external id: one each; the name: one.
        CHECK(finder.queries() == 5);
    }
}

TEST_CASE("the preview reads only the first rows and dry-runs exactly those", "[import][pipeline]")
{
    ServiceFixture f;
    storeCustomers(f, 0, 3);
    QByteArray csv = "Nama,Surel,Telepon\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Warga %1,%2,%3\n").arg(i).arg(i == 4 ? QStringLiteral("salah") : emailOf(i), phoneOf(i))
                   .toUtf8();
    QBuffer buffer;
    buffer.setData(csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const qint64 customers = f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"));
    auto preview = ImportPreview::run(buffer, ImportProfile(), f.owner(), 1000, false);
    REQUIRE(preview);
    REQUIRE(preview->rows.size() == 1000);
    CHECK(preview->rows.first().line == 2);
    CHECK(preview->rows.last().fields.value(0) == QStringLiteral("Warga 999"));
    CHECK(preview->report.rows == 1000);
    CHECK(preview->report.skipped == 3);
    CHECK(preview->report.rejected == 1);
    CHECK(preview->report.created == 996);
    CHECK(preview->report.importId.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")) == customers);
}
