#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "io/export/CustomerCsvExporter.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"
#include "services/CustomerService.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

Result<ImportReport> importText(CustomerImporter &importer, const QByteArray &csv,
                                const ImportProfile &profile = ImportProfile(), bool dryRun = false,
                                const CustomerImporter::Progress &progress = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return importer.run(buffer, profile, progress, dryRun);
}

Result<ImportReport> importFile(CustomerImporter &importer, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, path);
    return importer.run(file, ImportProfile(), {}, false, path);
}

qint64 count(ServiceFixture &f, const QString &sql)
{
    QSqlQuery q(f.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 liveCustomers(ServiceFixture &f)
{
    return count(f, QStringLiteral("SELECT COUNT(*) FROM customers WHERE cl % 2 = 1"));
}

qint64 liveContacts(ServiceFixture &f)
{
    // Contact points of live customers: cancel and undo delete the created customers (causal length),
    // which takes their contact points out of every read; the rows themselves stay until purged.
    return count(f, QStringLiteral("SELECT COUNT(*) FROM contact_points cp JOIN customers c ON c.id = cp.customer_id "
                                   "WHERE cp.cl % 2 = 1 AND c.cl % 2 = 1"));
}

// name → sorted e-mails of every live customer
QMap<QString, QStringList> namesAndEmails(ServiceFixture &f)
{
    CustomerService customers(f.owner());
    CustomerFilter filter;
    filter.limit = 100000;
    auto all = customers.list(filter);
    REQUIRE(all);
    QMap<QString, QStringList> out;
    for (const Customer &c : *all) {
        QStringList e = c.emails();
        e.sort();
        out.insert(c.displayName, e);
    }
    return out;
}

QByteArray sampleCsv(int rows, int firstIndex = 0)
{
    QByteArray csv = "Nama,Surel,No HP,Kota\n";
    for (int i = firstIndex; i < firstIndex + rows; ++i)
        csv += QStringLiteral("Pelanggan %1,pelanggan%1@contoh.co.id,0812%2,Bandung\n").arg(i).arg(10000000 + i).toUtf8();
    return csv;
}

} // namespace

TEST_CASE("autoDetect maps English, Indonesian and exporter headers", "[import]")
{
    auto [header, field, group] = GENERATE(table<const char *, ImportField, int>({
        {"Name", ImportField::DisplayName, 0},          {"Nama", ImportField::DisplayName, 0},
        {"Full Name", ImportField::DisplayName, 0},     {"First Name", ImportField::GivenName, 0},
        {"Nama Depan", ImportField::GivenName, 0},      {"Given Name", ImportField::GivenName, 0},
        {"Nama Belakang", ImportField::FamilyName, 0},  {"Family Name", ImportField::FamilyName, 0},
        {"E-mail", ImportField::Email, 0},              {"Surel", ImportField::Email, 0},
        {"E-mail Address", ImportField::Email, 0},      {"Primary Email", ImportField::Email, 0},
        {"E-mail 2 - Value", ImportField::Email, 0},    {"E-mail 1 - Type", ImportField::Ignore, 0},
        {"Phone 1 - Value", ImportField::Phone, 0},     {"No HP", ImportField::Phone, 0},
        {"Telepon", ImportField::Phone, 0},             {"Mobile Phone", ImportField::Phone, 0},
        {"Perusahaan", ImportField::Company, 0},        {"Organization Name", ImportField::Company, 0},
        {"Alamat", ImportField::Street, 0},             {"Address 2 - City", ImportField::City, 1},
        {"Work City", ImportField::City, 1},            {"Home ZipCode", ImportField::PostalCode, 0},
        {"Kode Pos", ImportField::PostalCode, 0},       {"Negara", ImportField::Country, 0},
        {"Catatan", ImportField::Notes, 0},             {"Group Membership", ImportField::Tags, 0},
        {"Label", ImportField::Tags, 0},                {"created_at", ImportField::CreatedAt, 0},
        {"external_id", ImportField::ExternalId, 0},    {"Kota", ImportField::City, 0},
        {"Yomi Name", ImportField::Ignore, 0},          {"id", ImportField::Ignore, 0},
        {"Email Home", ImportField::Email, 0},          {"Email Other", ImportField::Email, 0},
        {"Email Work", ImportField::Email, 0},          {"Home Phone", ImportField::Phone, 0},
    }));
    const ColumnMapping m = ImportProfile::mapHeader(QString::fromUtf8(header));
    CAPTURE(header);
    CHECK(m.field == field);
    CHECK(m.group == group);
}

TEST_CASE("an import profile round-trips through JSON", "[import]")
{
    ImportProfile p = ImportProfile::autoDetect({QStringLiteral("Nama"), QStringLiteral("Surel"), QStringLiteral("x")});
    p.name = QStringLiteral("toko");
    p.encoding = "windows-1252";
    p.delimiter = QLatin1Char(';');
    p.tags = {QStringLiteral("pameran")};
    p.matchOn = ImportProfile::MatchExternalId | ImportProfile::MatchNameCompany;
    p.action = ImportProfile::DuplicateAction::Fill;
    p.defaultRegion = QStringLiteral("SG");
    auto back = ImportProfile::fromJson(p.toJson());
    REQUIRE(back);
    CHECK(back->toJson() == p.toJson());
    CHECK(back->columns == p.columns);
    CHECK(back->delimiter == QLatin1Char(';'));
    CHECK(back->action == ImportProfile::DuplicateAction::Fill);
    QJsonObject bad = p.toJson();
    bad.insert(QStringLiteral("action"), QStringLiteral("merge"));
    CHECK(ImportProfile::fromJson(bad).code() == ErrorCode::Invalid);
}

TEST_CASE("Thunderbird and Roundcube exports import with their names and e-mails", "[import]")
{
    const QString dir = relasi::test::sharedTestdataDir();
    if (dir.isEmpty() || !QDir(dir + QStringLiteral("/exports")).exists())
        RELASI_SKIP("../shared/testdata/exports is absent");
    ServiceFixture f;
    CustomerImporter importer(f.owner());

    SECTION("Thunderbird basic CSV (addressbook.json csv_import expectations)")
    {
        auto r = importFile(importer, dir + QStringLiteral("/exports/thunderbird/basic_csv_addressbook.csv"));
        REQUIRE(r);
        CHECK(r->created == 2);
        const auto got = namesAndEmails(f);
        CHECK(got.value(QStringLiteral("John Doe")) == QStringList{QStringLiteral("john@doe.invalid")});
        CHECK(got.value(QStringLiteral("Jane Doe")) == QStringList{QStringLiteral("jane@doe.invalid")});
    }
    SECTION("Roundcube Outlook CSV: three e-mail columns, no name")
    {
        auto r = importFile(importer, dir + QStringLiteral("/exports/roundcube-csv2vcard/outlook.csv"));
        REQUIRE(r);
        CHECK(r->created == 1);
        const auto got = namesAndEmails(f);
        CHECK(got.value(QStringLiteral("test1@domain.tld"))
              == QStringList{QStringLiteral("test1@domain.tld"), QStringLiteral("test2@domain.tld"),
                             QStringLiteral("test3@domain.tld")});
    }
    SECTION("Roundcube Gmail CSV: made-up phone numbers keep the row, in the notes, with a warning naming the column")
    {
        auto r = importFile(importer, dir + QStringLiteral("/exports/roundcube-csv2vcard/gmail.csv"));
        REQUIRE(r);
        CHECK(r->created == 1);
        CHECK(r->rejected == 0);
        REQUIRE(r->warned >= 1);
        REQUIRE(r->warnings.size() == r->warned);
        const RejectedRow &warning = r->warnings.constFirst();
        CHECK(warning.line == 2);
        CHECK(r->header.value(warning.column - 1).startsWith(QLatin1String("Phone")));
        CHECK(warning.reason.contains(QLatin1String("phone")));
        CHECK(warning.reason.contains(QLatin1String("notes")));
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE notes LIKE '%Phone (not verified): mainphone%'"))
              == 1);
    }
}

TEST_CASE("re-importing the same file creates nothing new", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    auto first = importText(importer, sampleCsv(50));
    REQUIRE(first);
    CHECK(first->created == 50);
    CHECK(!first->importId.isEmpty());
    auto second = importText(importer, sampleCsv(50));
    REQUIRE(second);
    CHECK(second->created == 0);
    CHECK(second->skipped == 50);
    CHECK(liveCustomers(f) == 50);
}

TEST_CASE("duplicate e-mails within one file differing in case create one customer", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    auto r = importText(importer, "Name,Email\nBudi Santoso,Budi.Santoso@Gmail.com\n"
                                  "Budi S.,budi.santoso@gmail.com\nSiti,siti@contoh.id\n");
    REQUIRE(r);
    CHECK(r->created == 2);
    CHECK(r->skipped == 1);
    CHECK(liveCustomers(f) == 2);
}

TEST_CASE("a row with a bad e-mail is rejected with its line and column, and reported", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    auto r = importText(importer, "Name,Email,Notes\nAni,ani@contoh.id,\"two\nlines\"\nBadu,badu@@contoh,x\n");
    REQUIRE(r);
    CHECK(r->created == 1);
    REQUIRE(r->rejected == 1);
    CHECK(r->rejectedRows.constFirst().line == 4);
    CHECK(r->rejectedRows.constFirst().column == 2);
    CHECK(r->rejectedRows.constFirst().fields.value(0) == QLatin1String("Badu"));

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("rejected.csv"));
    REQUIRE(importer.writeRejected(path));
    const QString text = QString::fromUtf8(relasi::test::readAll(path));
    CHECK(text.startsWith(QLatin1String("Name,Email,Notes,_line,_column,_reason\r\n")));
    CHECK(text.contains(QLatin1String("Badu,badu@@contoh,x,4,2,")));
}

TEST_CASE("a dry run counts but writes nothing", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    auto r = importText(importer, sampleCsv(20), ImportProfile(), true);
    REQUIRE(r);
    CHECK(r->created == 20);
    CHECK(r->importId.isEmpty());
    CHECK(liveCustomers(f) == 0);
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM imports")) == 0);
}

TEST_CASE("cancelling midway leaves the live records as before", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    REQUIRE(importText(importer, sampleCsv(5, 1000)));
    const qint64 customersBefore = liveCustomers(f);
    const qint64 contactsBefore = liveContacts(f);
    importer.setBatchSize(10);
    int calls = 0;
    auto r = importText(importer, sampleCsv(300), ImportProfile(), false, [&](const ImportProgress &p) {
        ++calls;
        return p.rows < 150;
    });
    REQUIRE_FALSE(r);
    CHECK(r.code() == ErrorCode::Cancelled);
    CHECK(calls > 1);
    CHECK(liveCustomers(f) == customersBefore);
    CHECK(liveContacts(f) == contactsBefore);
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM imports")) == 1); // only the first import: rolled back whole
}

TEST_CASE("undo removes what the import created and only that", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    REQUIRE(importText(importer, sampleCsv(3, 500)));
    auto r = importText(importer, sampleCsv(30));
    REQUIRE(r);
    REQUIRE(r->created == 30);
    CHECK(liveCustomers(f) == 33);
    auto undone = importer.undo(r->importId);
    REQUIRE(undone);
    CHECK(undone->removed == 30);
    CHECK(undone->restored == 0);
    CHECK(liveCustomers(f) == 3);
    CHECK(importer.undo(QStringLiteral("no-such-import")).code() == ErrorCode::NotFound);
    // After undo the same file imports again.
    auto again = importText(importer, sampleCsv(30));
    REQUIRE(again);
    CHECK(again->created == 30);
}

TEST_CASE("export then import into an empty workspace gives the same records", "[import]")
{
    ServiceFixture source;
    CustomerService customers(source.owner());
    auto contact = [](ContactKind kind, const QString &raw) {
        ContactPoint p;
        p.kind = kind;
        p.raw = raw;
        return p;
    };
    Customer a;
    a.givenName = QStringLiteral("Budi");
    a.familyName = QStringLiteral("Santoso");
    a.companyName = QStringLiteral("PT Maju, Jaya");
    a.notes = QStringLiteral("=HYPERLINK(\"http://x\")\nsecond line");
    a.contacts = {contact(ContactKind::Email, QStringLiteral("Budi@Contoh.co.id")),
                  contact(ContactKind::Email, QStringLiteral("budi.s@kantor.id")),
                  contact(ContactKind::Phone, QStringLiteral("0812-3456-7890"))};
    a.tags = {QStringLiteral("vip"), QStringLiteral("pameran")};
    Address addr;
    addr.street = QStringLiteral("Jl. Braga 5");
    addr.city = QStringLiteral("Bandung");
    addr.country = QStringLiteral("ID");
    a.addresses = {addr};
    Customer b;
    b.displayName = QStringLiteral("+Tono @home");
    b.status = CustomerStatus::Customer;
    b.contacts = {contact(ContactKind::Phone, QStringLiteral("+65 6123 4567"))};
    b.externalId = QStringLiteral("-17");
    REQUIRE(customers.createMany({a, b}));

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("customers.csv"));
    const auto [enc, delimiterChar] = GENERATE(table<CsvWriter::Encoding, char>({
        {CsvWriter::Encoding::Utf8, ','},
        {CsvWriter::Encoding::Utf8WithBom, ';'},
        {CsvWriter::Encoding::Utf16LE, '\t'},
    }));
    const QChar delimiter = QLatin1Char(delimiterChar);
    CsvWriter::Options options;
    options.encoding = enc;
    options.delimiter = delimiter;
    CustomerCsvExporter exporter(source.owner());
    auto written = exporter.exportTo(path, options);
    REQUIRE(written);
    CHECK(*written == 2);

    ServiceFixture target;
    CustomerImporter importer(target.owner());
    auto r = importFile(importer, path);
    REQUIRE(r);
    CHECK(r->created == 2);
    CHECK(r->rejected == 0);

    CustomerFilter all;
    auto before = customers.list(all);
    auto after = CustomerService(target.owner()).list(all);
    REQUIRE(before);
    REQUIRE(after);
    REQUIRE(before->size() == after->size());
    for (int i = 0; i < before->size(); ++i) {
        const Customer &x = before->at(i);
        const Customer &y = after->at(i);
        CHECK(x.displayName == y.displayName);
        CHECK(x.givenName == y.givenName);
        CHECK(x.familyName == y.familyName);
        CHECK(x.companyName == y.companyName);
        CHECK(x.emails() == y.emails());
        CHECK(x.phones() == y.phones());
        CHECK(x.notes == y.notes);
        CHECK(x.status == y.status);
        CHECK(x.externalId == y.externalId);
        QStringList tx = x.tags, ty = y.tags;
        tx.sort();
        ty.sort();
        CHECK(tx == ty);
    }
    if (enc == CsvWriter::Encoding::Utf8 && delimiter == QLatin1Char(',')) {
        const QByteArray bytes = relasi::test::readAll(path);
        CHECK(bytes.startsWith("name,given_name,family_name,company,emails,phones,"));
        CHECK(bytes.contains("'=HYPERLINK"));
        CHECK(bytes.contains("'+Tono @home"));
    }
}

TEST_CASE("empty, header-only and binary files import nothing and say why", "[import]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());

    SECTION("0-byte file")
    {
        auto r = importText(importer, QByteArray());
        REQUIRE_FALSE(r);
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.contains(QLatin1String("empty")));
    }
    SECTION("header only")
    {
        auto r = importText(importer, "Name,Email,Phone\r\n");
        REQUIRE(r);
        CHECK(r->rows == 0);
        CHECK(r->created == 0);
    }
    SECTION("binary garbage")
    {
        QByteArray junk;
        quint32 x = 2463534242u;
        for (int i = 0; i < 64 * 1024; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            junk += char(x & 0xff);
        }
        auto r = importText(importer, junk);
        if (r)
            CHECK(r->created == 0);
        else
            CHECK(r.code() == ErrorCode::Invalid);
    }
    CHECK(liveCustomers(f) == 0);
}
