#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"
#include "io/vcard/VCardCustomer.h"
#include "io/vcard/VCardReader.h"
#include "services/CustomerService.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

QString exportsDir()
{
    const QString dir = relasi::test::sharedTestdataDir();
    return dir.isEmpty() ? QString() : dir;
}

Result<ImportReport> importPath(CustomerImporter &importer, const QString &path, ImportProfile profile = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, path);
    return importer.run(file, profile, {}, false, path);
}

Result<ImportReport> importBytes(CustomerImporter &importer, const QByteArray &bytes, ImportProfile profile = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importer.run(buffer, profile);
}

QList<Customer> allCustomers(ServiceFixture &f)
{
    CustomerService customers(f.owner());
    CustomerFilter filter;
    filter.limit = 100000;
    auto all = customers.list(filter);
    REQUIRE(all);
    QList<Customer> out;
    for (const Customer &c : *all) {
        auto full = customers.get(c.id); // with addresses
        REQUIRE(full);
        out << *full;
    }
    return out;
}

// display name → sorted e-mails
QMap<QString, QStringList> namesAndEmails(ServiceFixture &f)
{
    QMap<QString, QStringList> out;
    for (const Customer &c : allCustomers(f)) {
        QStringList e = c.emails();
        e.sort();
        out.insert(c.displayName, e);
    }
    return out;
}

} // namespace

TEST_CASE("Thunderbird CSV exports import with the fields addressbook.json expects", "[import][vcard][realdata]")
{
    const QString dir = exportsDir();
    if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/exports/thunderbird/addressbook.json")))
        RELASI_SKIP("../shared/testdata/exports/thunderbird is absent");
    const QJsonObject expected =
        QJsonDocument::fromJson(relasi::test::readAll(dir + QStringLiteral("/exports/thunderbird/addressbook.json"))).object();
    const QJsonArray cards = expected.value(QStringLiteral("csv_import")).toArray();
    REQUIRE(cards.size() == 2);

    ImportProfile noHeader;
    noHeader.headerRow = 0;
    noHeader.firstDataRow = 1;
    noHeader.columns = {{ImportField::DisplayName, 0}, {ImportField::GivenName, 0}, {ImportField::FamilyName, 0},
                        {ImportField::Email, 0}};
    const auto file = GENERATE(as<QString>{}, QStringLiteral("basic_csv_addressbook.csv"), QStringLiteral("csv_semicolon.csv"),
                               QStringLiteral("csv_no_header.csv"));
    INFO(file.toStdString());
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    auto r = importPath(importer, dir + QStringLiteral("/exports/thunderbird/") + file,
                        file == QLatin1String("csv_no_header.csv") ? noHeader : ImportProfile());
    REQUIRE(r);
    CHECK(r->created == 2);
    const QList<Customer> got = allCustomers(f);
    for (const QJsonValue &v : cards) {
        const QJsonObject card = v.toObject();
        const QString name = card.value(QStringLiteral("DisplayName")).toString();
        INFO(name.toStdString());
        auto it = std::find_if(got.cbegin(), got.cend(), [&](const Customer &c) { return c.displayName == name; });
        REQUIRE(it != got.cend());
        CHECK(it->givenName == card.value(QStringLiteral("FirstName")).toString());
        CHECK(it->familyName == card.value(QStringLiteral("LastName")).toString());
        CHECK(it->emails() == QStringList{card.value(QStringLiteral("PrimaryEmail")).toString()});
    }
}

TEST_CASE("Thunderbird's vCard in addressbook.json imports with its names, e-mails, phones and addresses",
          "[import][vcard][realdata]")
{
    const QString dir = exportsDir();
    if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/exports/thunderbird/addressbook.json")))
        RELASI_SKIP("../shared/testdata/exports/thunderbird is absent");
    const QJsonObject expected =
        QJsonDocument::fromJson(relasi::test::readAll(dir + QStringLiteral("/exports/thunderbird/addressbook.json"))).object();
    const QJsonObject card = expected.value(QStringLiteral("basic_addressbook")).toArray().at(0).toObject();
    QByteArray vcf = "BEGIN:VCARD\r\n";
    for (const QJsonValue &line : card.value(QStringLiteral("_vCard")).toArray())
        vcf += line.toString().toUtf8() + "\r\n";
    vcf += "END:VCARD\r\n";

    ServiceFixture f;
    CustomerImporter importer(f.owner());
    ImportProfile profile;
    profile.defaultRegion = QStringLiteral("US");
    // The card's made-up numbers (123-456-7890 …) are not all valid phone numbers: check the mapping first …
    VCardReader reader;
    auto cards = reader.read(vcf);
    REQUIRE(cards);
    const QStringList row = VCardCustomer::row(cards->constFirst());
    CHECK(row.contains(card.value(QStringLiteral("DisplayName")).toString()));
    CHECK(row.contains(card.value(QStringLiteral("FirstName")).toString()));
    CHECK(row.contains(card.value(QStringLiteral("LastName")).toString()));
    CHECK(row.contains(QStringLiteral("Organization Name")));
    CHECK(row.join(QLatin1Char('\n')).contains(card.value(QStringLiteral("PrimaryEmail")).toString()));
    CHECK(row.join(QLatin1Char('\n')).contains(card.value(QStringLiteral("SecondEmail")).toString()));
    for (const char *phone : {"234-567-8901", "123-456-7890", "567-890-1234"})
        CHECK(row.join(QLatin1Char('\n')).contains(QLatin1String(phone)));
    CHECK(row.contains(QStringLiteral("Home Address Line 1, Home Address Line 2")));
    CHECK(row.contains(QStringLiteral("Work City")));
    CHECK(row.contains(QStringLiteral("Notes line 1\nNotes line 2\nNotes line 3\nNotes line 4")));
    // … then the import: the invalid number rejects the card visibly, naming the TEL column.
    auto r = importBytes(importer, vcf, profile);
    REQUIRE(r);
    CHECK(r->created + r->rejected == 1);
    if (r->rejected == 1) {
        CHECK(r->header.value(r->rejectedRows.constFirst().column - 1) == QLatin1String("TEL"));
        CHECK(r->rejectedRows.constFirst().reason.contains(QLatin1String("phone")));
    }
}

TEST_CASE("Thunderbird's CSV and vCard exports of one address book import alike", "[import][vcard][realdata]")
{
    const QString dir = exportsDir();
    if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/vcard/thunderbird/export.vcf")))
        RELASI_SKIP("../shared/testdata/vcard/thunderbird is absent");
    ServiceFixture fromCsv;
    ServiceFixture fromVcf;
    CustomerImporter a(fromCsv.owner());
    CustomerImporter b(fromVcf.owner());
    auto ra = importPath(a, dir + QStringLiteral("/exports/thunderbird/export.csv"));
    auto rb = importPath(b, dir + QStringLiteral("/vcard/thunderbird/export.vcf"));
    REQUIRE(ra);
    REQUIRE(rb);
    // Thunderbird's test contacts use "contact1@invalid": no domain, so both files reject both rows, alike.
    CHECK(ra->created == rb->created);
    CHECK(ra->rejected == 2);
    CHECK(rb->rejected == 2);
    CHECK(namesAndEmails(fromCsv) == namesAndEmails(fromVcf));
    for (const ImportReport *r : {&*ra, &*rb}) {
        const QString all = r->rejectedRows.at(0).fields.join(QLatin1Char('|')) + r->rejectedRows.at(1).fields.join(QLatin1Char('|'));
        CHECK(all.contains(QStringLiteral("here's some unicode text\u2026")));
        CHECK(all.contains(QStringLiteral("contact number two")));
        CHECK(r->rejectedRows.at(0).reason.contains(QLatin1String("mail")));
    }
}

TEST_CASE("Roundcube's CSV and vCard pairs agree after import", "[import][vcard][realdata]")
{
    const QString dir = exportsDir();
    if (dir.isEmpty() || !QDir(dir + QStringLiteral("/exports/roundcube-csv2vcard")).exists())
        RELASI_SKIP("../shared/testdata/exports/roundcube-csv2vcard is absent");
    const auto name = GENERATE(as<QString>{}, QStringLiteral("email"), QStringLiteral("outlook"), QStringLiteral("gmail"),
                               QStringLiteral("tb_plain"), QStringLiteral("all"));
    INFO(name.toStdString());
    const QString base = dir + QStringLiteral("/exports/roundcube-csv2vcard/") + name;
    ServiceFixture fromCsv;
    ServiceFixture fromVcf;
    CustomerImporter a(fromCsv.owner());
    CustomerImporter b(fromVcf.owner());
    auto ra = importPath(a, base + QStringLiteral(".csv"));
    auto rb = importPath(b, base + QStringLiteral(".vcf"));
    REQUIRE(ra);
    REQUIRE(rb);
    CHECK(ra->created == rb->created);
    CHECK(ra->rejected == rb->rejected);
    CHECK(namesAndEmails(fromCsv) == namesAndEmails(fromVcf));
}

TEST_CASE("real-world vCards import without losing names, e-mails, phones or addresses", "[import][vcard][realdata]")
{
    const QString dir = exportsDir();
    if (dir.isEmpty() || !QDir(dir + QStringLiteral("/vcard")).exists())
        RELASI_SKIP("../shared/testdata/vcard is absent");
    QDirIterator it(dir + QStringLiteral("/vcard"), {QStringLiteral("*.vcf")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    int cardsSeen = 0;
    int imported = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        const QByteArray bytes = relasi::test::readAll(path);
        VCardReader reader;
        auto cards = reader.read(bytes);
        if (!cards) {
            // Only files without any complete card may fail, and they say why.
            CHECK(cards.code() == ErrorCode::Invalid);
            CHECK_FALSE(cards.error().message.isEmpty());
            continue;
        }
        ++files;
        // Mapping loses nothing: every e-mail, phone, name and address part of a card is in its row.
        for (const VCard &card : *cards) {
            ++cardsSeen;
            const QString row = VCardCustomer::row(card).join(QLatin1Char('\n'));
            for (const char *prop : {"EMAIL", "TEL"}) {
                for (const VCardProperty *p : card.all(QLatin1String(prop))) {
                    QString v = p->text().trimmed();
                    v.remove(QRegularExpression(QStringLiteral("^(tel|mailto):"), QRegularExpression::CaseInsensitiveOption));
                    CHECK(row.contains(v));
                }
            }
            if (const VCardProperty *fn = card.first(QStringLiteral("FN")))
                CHECK(row.contains(fn->text().simplified()));
            if (const VCardProperty *n = card.first(QStringLiteral("N"))) {
                for (const QString &part : n->components().mid(0, 2))
                    CHECK(row.contains(part));
            }
            const auto adrs = card.all(QStringLiteral("ADR"));
            for (int i = 0; i < adrs.size() && i < 5; ++i) {
                const QStringList parts = adrs.at(i)->components();
                for (int k = 2; k < parts.size(); ++k)
                    CHECK(row.contains(parts.at(k)));
            }
        }
        // Import: every card is created or rejected with a reason; imported ones keep all their e-mails.
        ServiceFixture f;
        CustomerImporter importer(f.owner());
        ImportProfile profile;
        profile.defaultRegion = QStringLiteral("US");
        profile.action = ImportProfile::DuplicateAction::Create;
        auto r = importBytes(importer, bytes, profile);
        REQUIRE(r);
        CHECK(r->created + r->rejected == cards->size());
        for (const RejectedRow &rej : r->rejectedRows)
            CHECK_FALSE(rej.reason.isEmpty());
        imported += r->created;
        QSet<QString> stored;
        for (const Customer &c : allCustomers(f)) {
            for (const QString &e : c.emails())
                stored.insert(e);
        }
        QSet<QString> rejectedEmails;
        for (const RejectedRow &rej : r->rejectedRows)
            rejectedEmails.insert(rej.fields.value(4).toLower());
        for (const VCard &card : *cards) {
            for (const VCardProperty *p : card.all(QStringLiteral("EMAIL"))) {
                const QString e = p->text().trimmed().toLower();
                bool inRejected = false;
                for (const QString &re : rejectedEmails)
                    inRejected = inRejected || re.contains(e);
                CHECK((stored.contains(e) || inRejected));
            }
        }
    }
    INFO(files << " files, " << cardsSeen << " cards, " << imported << " imported");
    CHECK(files >= 10);
    CHECK(imported > 0);
}
