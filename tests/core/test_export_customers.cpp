// The bulk customer export (CustomerExportCursor → CustomerCsvExporter::row → CsvWriter / xlsx / vCard): the same
// cells as the record-at-a-time rows, in customer-id order, only what the session may read, audited.
#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "io/csv/CsvReader.h"
#include "io/export/CustomerCsvExporter.h"
#include "io/export/CustomerExportCursor.h"
#include "io/export/RecordExporter.h"
#include "services/CustomerService.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace relasi;
using relasi::test::ServiceFixture;
using relasi::test::address;
using relasi::test::contactPoint;

namespace {

const QString kPostal = QStringLiteral("40111");
const QString kCountry = QStringLiteral("ID");

// Customers with every kind of child, several values per cell, awkward text, and rows that must not show:
// a deleted customer, a removed contact point and a removed tag.
QStringList seed(ServiceFixture &f)
{
    CustomerService customers(f.owner());
    NewCustomer company;
    company.kind = CustomerKind::Company;
    company.displayName = QStringLiteral("PT Maju, \"Jaya\"");
    auto companyId = customers.create(company);
    REQUIRE(companyId);

    NewCustomer a;
    a.givenName = QStringLiteral("Budi");
    a.familyName = QStringLiteral("Santoso");
    a.companyId = *companyId;
    a.notes = QStringLiteral("=HYPERLINK(\"http://x\")\r\nsecond line");
    a.externalId = QStringLiteral("-17");
    a.contacts = {contactPoint(ContactKind::Email, QStringLiteral("budi@contoh.co.id")),
                  contactPoint(ContactKind::Email, QStringLiteral("Budi.S@Kantor.id"), true),
                  contactPoint(ContactKind::Phone, QStringLiteral("0812-3456-7890")),
                  contactPoint(ContactKind::WhatsApp, QStringLiteral("0813 1111 2222")),
                  contactPoint(ContactKind::Website, QStringLiteral("https://maju.example")),
                  contactPoint(ContactKind::Phone, QStringLiteral("+65 6123 4567"), true),
                  contactPoint(ContactKind::Email, QStringLiteral("lama@contoh.id"))};
    a.addresses = {address(QStringLiteral("Jl. Braga 5"), QStringLiteral("Bandung"), kPostal, kCountry),
                   address(QStringLiteral("Jl. Sudirman 1; lt. 3"), QStringLiteral("Jakarta"), kPostal, kCountry,
                           QStringLiteral("work"))};
    a.tags = {QStringLiteral("vip"), QStringLiteral("Pameran"), QStringLiteral("ärger"), QStringLiteral("hapus")};

    NewCustomer b;
    b.displayName = QStringLiteral("Łukasz \"Łuki\" Wróbel; Jr.");
    b.status = CustomerStatus::Customer;
    b.notes = QStringLiteral(" padded notes, with comma ");
    b.contacts = {contactPoint(ContactKind::Phone, QStringLiteral("+62 22 4201234"))};
    b.tags = {QStringLiteral("山田")};

    NewCustomer c;
    c.displayName = QStringLiteral("@Tanpa Apa-apa"); // no children at all

    NewCustomer gone;
    gone.displayName = QStringLiteral("Dihapus");
    gone.contacts = {contactPoint(ContactKind::Email, QStringLiteral("dihapus@contoh.id"))};
    gone.tags = {QStringLiteral("hilang")};

    auto ids = customers.createMany({a, b, c, gone});
    REQUIRE(ids);
    REQUIRE(customers.remove(ids->at(3)));

    auto stored = customers.get(ids->at(0));
    REQUIRE(stored);
    Customer edited = *stored;
    edited.contacts.erase(std::remove_if(edited.contacts.begin(), edited.contacts.end(),
                                         [](const ContactPoint &p) { return p.raw == QLatin1String("lama@contoh.id"); }),
                          edited.contacts.end());
    edited.tags.removeAll(QStringLiteral("hapus"));
    REQUIRE(customers.update(edited));
    return QStringList{*companyId} + ids->mid(0, 3);
}

// What the record-at-a-time export wrote: CustomerService::exportAll + CustomerCsvExporter::row(Customer), in
// customer-id order.
QByteArray expectedCsv(ServiceFixture &f, const CsvWriter::Options &options)
{
    QList<Customer> all;
    CustomerService customers(f.owner());
    REQUIRE(customers.exportAll([&all](const Customer &c) {
        all << c;
        return true;
    }));
    std::sort(all.begin(), all.end(), [](const Customer &x, const Customer &y) { return x.id < y.id; });
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    REQUIRE(writer.writeRecord(CustomerCsvExporter::header()));
    for (const Customer &c : all)
        REQUIRE(writer.writeRecord(CustomerCsvExporter::row(c)));
    REQUIRE(writer.flush());
    return bytes;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvDialect());
    QList<QStringList> rows;
    CsvRecord rec;
    while (reader.readRecord(rec))
        rows << rec.fields;
    return rows;
}

QStringList cursorIds(ServiceFixture &f, const QString &userId)
{
    CustomerExportCursor cursor(f.db(), f.as(userId).session());
    REQUIRE(cursor.start());
    QStringList ids;
    while (cursor.next())
        ids << QString::fromUtf8(cursor.column(CustomerExportCursor::Id).toByteArray());
    REQUIRE(cursor.status());
    return ids;
}

} // namespace

TEST_CASE("the streamed customer CSV is byte for byte the record-at-a-time rows, in id order", "[export][customers]")
{
    ServiceFixture f;
    seed(f);
    const auto [encoding, delimiterChar, guard] = GENERATE(table<CsvWriter::Encoding, char, bool>({
        {CsvWriter::Encoding::Utf8, ',', true},
        {CsvWriter::Encoding::Utf8, ',', false},
        {CsvWriter::Encoding::Utf8WithBom, ';', true},
        {CsvWriter::Encoding::Utf16LE, '\t', true},
    }));
    CsvWriter::Options options;
    options.encoding = encoding;
    options.delimiter = QLatin1Char(delimiterChar);
    options.formulaGuard = guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    auto n = CustomerCsvExporter(f.owner()).exportTo(path, options);
    REQUIRE(n);
    CHECK(*n == 4);
    CHECK(relasi::test::readAll(path) == expectedCsv(f, options));
}

TEST_CASE("several values share a cell, primary first; only live rows are exported", "[export][customers]")
{
    ServiceFixture f;
    const QStringList ids = seed(f);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    CsvWriter::Options options;
    options.formulaGuard = false;
    REQUIRE(CustomerCsvExporter(f.owner()).exportTo(path, options));
    const QList<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0) == CustomerCsvExporter::header());
    QStringList exportedIds;
    for (int i = 1; i < rows.size(); ++i)
        exportedIds << rows.at(i).constLast();
    QStringList sorted = exportedIds;
    sorted.sort();
    CHECK(exportedIds == sorted); // customer-id order
    QStringList live = ids;
    live.sort();
    CHECK(exportedIds == live); // not the deleted one

    const QStringList budi = rows.at(1 + exportedIds.indexOf(ids.at(1)));
    CHECK(budi.at(0) == QStringLiteral("Budi Santoso"));
    CHECK(budi.at(3) == QStringLiteral("PT Maju, \"Jaya\""));
    CHECK(budi.at(4) == QStringLiteral("Budi.S@Kantor.id ::: budi@contoh.co.id")); // primary first; removed one gone
    CHECK(budi.at(5) == QStringLiteral("+6561234567 ::: +6281234567890"));           // E.164; WhatsApp not a phone
    CHECK(budi.at(6) == QStringLiteral("Jl. Braga 5"));                               // the first address
    CHECK(budi.at(7) == QStringLiteral("Bandung"));
    CHECK(budi.at(11) == QStringLiteral("ärger ::: Pameran ::: vip"));               // by folded tag; removed one gone
    CHECK(budi.at(12) == QStringLiteral("=HYPERLINK(\"http://x\")\r\nsecond line"));
    CHECK(budi.at(13) == QStringLiteral("-17"));
    const QStringList empty = rows.at(1 + exportedIds.indexOf(ids.at(3)));
    CHECK(empty.at(0) == QStringLiteral("@Tanpa Apa-apa"));
    for (int i : {4, 5, 6, 7, 8, 9, 11, 12, 13})
        CHECK(empty.at(i).isEmpty());
}

TEST_CASE("the export cursor gives a sales rep only their own and shared customers", "[export][customers][permissions]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString other = f.addUser(Role::Sales);
    CustomerService customers(f.owner());
    auto make = [&](const QString &name, const QString &owner, const QString &email) {
        NewCustomer c;
        c.displayName = name;
        c.ownerId = owner;
        c.contacts = {contactPoint(ContactKind::Email, email)};
        c.tags = {name};
        auto id = customers.create(c);
        REQUIRE(id);
        return *id;
    };
    const QString own = make(QStringLiteral("Milik Rep"), rep, QStringLiteral("own@contoh.id"));
    const QString others = make(QStringLiteral("Milik Lain"), other, QStringLiteral("other@contoh.id"));
    const QString shared = make(QStringLiteral("Dibagikan"), other, QStringLiteral("shared@contoh.id"));
    const QString owners = make(QStringLiteral("Milik Owner"), f.ownerId(), QStringLiteral("owner@contoh.id"));
    REQUIRE(customers.share(shared, rep));

    QStringList expected{own, shared};
    expected.sort();
    CHECK(cursorIds(f, rep) == expected);
    QStringList all{own, others, shared, owners};
    all.sort();
    CHECK(cursorIds(f, f.ownerId()) == all);

    // The children of hidden customers never end up in a visible row.
    CustomerExportCursor cursor(f.db(), f.as(rep).session());
    REQUIRE(cursor.start());
    while (cursor.next()) {
        const Customer c = cursor.customer();
        REQUIRE(c.contacts.size() == 1);
        CHECK(c.contacts.constFirst().raw == (c.id == own ? QStringLiteral("own@contoh.id") : QStringLiteral("shared@contoh.id")));
        CHECK(c.tags == QStringList{c.displayName});
    }

    REQUIRE(customers.unshare(shared, rep));
    CHECK(cursorIds(f, rep) == QStringList{own});

    // A sales rep has no bulk export at all: refused, audited, no file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rep.csv"));
    auto r = CustomerCsvExporter(f.as(rep)).exportTo(path);
    REQUIRE_FALSE(r);
    CHECK(r.code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(path));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied' AND user_id = ?"),
                   {rep}) == 1);
}

TEST_CASE("a customer export is audited with its row count; a cancelled one leaves no file", "[export][customers]")
{
    ServiceFixture f;
    QList<NewCustomer> batch;
    for (int i = 0; i < 520; ++i) {
        NewCustomer c;
        c.displayName = QStringLiteral("Pelanggan %1").arg(i);
        batch << c;
    }
    REQUIRE(CustomerService(f.owner()).createMany(batch));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.csv"));
    ExportOptions options;

    SECTION("complete")
    {
        qint64 lastProgress = 0;
        auto n = RecordExporter(f.owner()).exportTo(path, options, [&](qint64 rows) {
            lastProgress = rows;
            return true;
        });
        REQUIRE(n);
        CHECK(*n == 520);
        CHECK(lastProgress == 500);
        CHECK(readCsv(path).size() == 521);
    }
    SECTION("cancelled")
    {
        auto n = RecordExporter(f.owner()).exportTo(path, options, [](qint64) { return false; });
        REQUIRE_FALSE(n);
        CHECK(n.code() == ErrorCode::Cancelled);
        CHECK_FALSE(QFile::exists(path));
    }
    AuditFilter filter;
    filter.action = QStringLiteral("export");
    auto entries = f.owner().audit().list(filter);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const AuditEntry &e = entries->constFirst();
    CHECK(e.entity == QStringLiteral("customer"));
    CHECK(e.userId == f.ownerId());
    CHECK(e.details.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    const bool complete = e.details.value(QStringLiteral("complete")).toBool();
    CHECK(e.details.value(QStringLiteral("count")).toInteger() == (complete ? 520 : 500));
}

TEST_CASE("customers as xlsx and vCard come from the same stream", "[export][customers]")
{
    ServiceFixture f;
    seed(f);
    QTemporaryDir dir;
    ExportOptions xlsx;
    xlsx.format = ExportFormat::Xlsx;
    const QString book = dir.filePath(QStringLiteral("c.xlsx"));
    auto n = RecordExporter(f.owner()).exportTo(book, xlsx);
    REQUIRE(n);
    CHECK(*n == 4);
    CHECK(relasi::test::readAll(book).startsWith("PK\x03\x04"));

    ExportOptions vcard;
    vcard.format = ExportFormat::VCard;
    const QString cards = dir.filePath(QStringLiteral("c.vcf"));
    n = RecordExporter(f.owner()).exportTo(cards, vcard);
    REQUIRE(n);
    CHECK(*n == 4);
    const QByteArray text = relasi::test::readAll(cards);
    CHECK(text.count("BEGIN:VCARD") == 4);
    CHECK(text.contains("EMAIL;TYPE=\"internet,pref\":Budi.S@Kantor.id"));
    CHECK(text.contains("URL:https://maju.example"));
    CHECK(text.contains("CATEGORIES:ärger,Pameran,vip"));
    CHECK_FALSE(text.contains("Dihapus"));
    CHECK_FALSE(text.contains("lama@contoh.id"));
}

TEST_CASE("a write from another connection during a cancelled export does not stop its audit entry",
          "[export][customers]")
{
    ServiceFixture f;
    QList<NewCustomer> batch;
    for (int i = 0; i < 510; ++i) {
        NewCustomer c;
        c.displayName = QStringLiteral("Pelanggan %1").arg(i);
        batch << c;
    }
    REQUIRE(CustomerService(f.owner()).createMany(batch));
    const QString name = QStringLiteral("export-test-writer");
    REQUIRE(f.workspace().openConnection(name));
    QTemporaryDir dir;
    bool wrote = false;
    {
        QSqlDatabase other = QSqlDatabase::database(name, false);
        auto n = RecordExporter(f.owner()).exportTo(dir.filePath(QStringLiteral("c.csv")), ExportOptions(), [&](qint64) {
            // The GUI's connection saving an edit while the worker exports.
            QSqlQuery q(other);
            wrote = q.exec(QStringLiteral("UPDATE customers SET notes = 'diubah' WHERE docid = 1"));
            return false; // cancelled with the customer query still open
        });
        REQUIRE_FALSE(n);
        CHECK(n.code() == ErrorCode::Cancelled);
    }
    Workspace::closeConnection(name);
    CHECK(wrote);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = 'customer'")) == 1);
}
