#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "io/export/RecordExporter.h"
#include "io/import/ActivityImporter.h"
#include "io/import/CustomerImporter.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// Two customers (one with a formula-like name), two logs, two deals and a task.
void seed(ServiceFixture &f)
{
    CustomerService customers(f.owner());
    auto person = [](const QString &name, const QString &email, const QString &external) {
        NewCustomer c;
        c.displayName = name;
        c.externalId = external;
        ContactPoint p;
        p.kind = ContactKind::Email;
        p.raw = email;
        c.contacts << p;
        return c;
    };
    auto ids = customers.createMany({person(QStringLiteral("Ani Wijaya"), QStringLiteral("ani@contoh.id"), QStringLiteral("A-1")),
                                     person(QStringLiteral("=Budi"), QStringLiteral("budi@contoh.id"), QString())});
    REQUIRE(ids);
    InteractionService logs(f.owner());
    Interaction call;
    call.customerId = ids->at(0);
    call.channel = QStringLiteral("call");
    call.direction = QStringLiteral("out");
    call.occurredAt = ServiceFixture::startMs - 3600 * 1000;
    call.durationS = 300;
    call.subject = QStringLiteral("=HYPERLINK(\"http://x\")");
    call.body = QStringLiteral("line one\nline two");
    REQUIRE(logs.add(call));
    Interaction note = call;
    note.channel = QStringLiteral("note");
    note.direction.clear();
    note.durationS = -1;
    note.customerId = ids->at(1);
    note.subject = QStringLiteral("follow-up");
    REQUIRE(logs.add(note));
    DealService deals(f.owner());
    Deal d;
    d.customerId = ids->at(0);
    d.title = QStringLiteral("Paket A");
    d.amount = Money(150000000, QStringLiteral("IDR"));
    d.probability = 40;
    REQUIRE(deals.create(d));
    d.customerId = ids->at(1);
    d.title = QStringLiteral("Paket B");
    d.stage = QStringLiteral("won");
    REQUIRE(deals.create(d));
    TaskService tasks(f.owner());
    Task t;
    t.customerId = ids->at(0);
    t.title = QStringLiteral("Telepon balik");
    t.dueAt = ServiceFixture::startMs + 86400000;
    t.notes = QStringLiteral("Tanya soal \"paket\", lalu kirim penawaran");
    REQUIRE(tasks.add(t));
}

} // namespace

TEST_CASE("logs, deals and tasks export as CSV with CRLF, the guard and an audit entry", "[export]")
{
    ServiceFixture f;
    seed(f);
    QTemporaryDir dir;
    RecordExporter exporter(f.owner());
    struct Case {
        ExportEntity entity;
        qint64 rows;
        const char *header;
        const char *audit;
    };
    const Case cases[] = {
        {ExportEntity::Logs, 2, "occurred_at,customer_email,customer_external_id,customer_name,channel", "interaction"},
        {ExportEntity::Deals, 2, "title,customer_email,customer_external_id,customer_name,stage,amount", "deal"},
        {ExportEntity::Tasks, 1, "title,customer_email,customer_external_id,customer_name,deal,due_at", "task"},
        {ExportEntity::Customers, 2, "name,given_name,family_name,company,emails", "customer"},
    };
    for (const Case &c : cases) {
        INFO(exportEntityName(c.entity).toStdString());
        const QString path = dir.filePath(exportEntityName(c.entity) + QStringLiteral(".csv"));
        ExportOptions options;
        options.entity = c.entity;
        auto n = exporter.exportTo(path, options);
        REQUIRE(n);
        CHECK(*n == c.rows);
        const QByteArray bytes = relasi::test::readAll(path);
        CHECK(bytes.startsWith(c.header));
        CHECK(bytes.endsWith("\r\n"));
        CHECK(bytes.count("\r\n") == c.rows + 1); // one per record (a line break inside a quoted value is the data's)
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = ? "
                                      "AND details LIKE ?"),
                       {QString::fromLatin1(c.audit), QStringLiteral("%\"count\":%1%").arg(c.rows)})
              == 1);
    }
    const QByteArray logs = relasi::test::readAll(dir.filePath(QStringLiteral("logs.csv")));
    CHECK(logs.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(logs.contains("ani@contoh.id,A-1,Ani Wijaya,call,out,300,"));
    CHECK(logs.contains("\"line one\nline two\""));
    const QByteArray deals = relasi::test::readAll(dir.filePath(QStringLiteral("deals.csv")));
    CHECK(deals.contains("Paket A,ani@contoh.id,A-1,Ani Wijaya,lead,1500000.00,IDR,40,"));
    CHECK(deals.contains("'=Budi,won"));
    // The task's notes (migration 6) are the last column.
    const QByteArray tasks = relasi::test::readAll(dir.filePath(QStringLiteral("tasks.csv")));
    CHECK(tasks.startsWith("title,customer_email,customer_external_id,customer_name,deal,due_at,reminder_at,done_at,"
                           "assignee,id,customer_id,deal_id,notes\r\n"));
    CHECK(tasks.contains(",\"Tanya soal \"\"paket\"\", lalu kirim penawaran\"\r\n"));

    SECTION("without the guard, semicolon, UTF-16LE")
    {
        ExportOptions options;
        options.entity = ExportEntity::Logs;
        options.csv.formulaGuard = false;
        options.csv.delimiter = QLatin1Char(';');
        options.csv.encoding = CsvWriter::Encoding::Utf16LE;
        const QString path = dir.filePath(QStringLiteral("raw.csv"));
        REQUIRE(exporter.exportTo(path, options));
        const QByteArray bytes = relasi::test::readAll(path);
        REQUIRE(bytes.startsWith("\xFF\xFE"));
        const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2), (bytes.size() - 2) / 2);
        CHECK(text.startsWith(QLatin1String("occurred_at;customer_email;")));
        CHECK(text.contains(QLatin1String(";\"=HYPERLINK(\"\"http://x\"\")\";")));
    }
}

TEST_CASE("xlsx export writes a workbook; a denied export writes nothing and is audited", "[export]")
{
    ServiceFixture f;
    seed(f);
    QTemporaryDir dir;
    for (ExportEntity e : {ExportEntity::Customers, ExportEntity::Logs, ExportEntity::Deals, ExportEntity::Tasks}) {
        const QString path = dir.filePath(exportEntityName(e) + QStringLiteral(".xlsx"));
        RecordExporter exporter(f.owner());
        ExportOptions options;
        options.entity = e;
        options.format = ExportFormat::Xlsx;
        auto n = exporter.exportTo(path, options);
        REQUIRE(n);
        CHECK(*n > 0);
        const QByteArray bytes = relasi::test::readAll(path);
        CHECK(bytes.startsWith("PK\x03\x04"));
        CHECK(bytes.size() > 3000);
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 4); // no temporary file left

    const QString rep = f.addUser(Role::Sales);
    RecordExporter denied(f.as(rep));
    ExportOptions options;
    options.entity = ExportEntity::Deals;
    const QString path = dir.filePath(QStringLiteral("denied.csv"));
    auto r = denied.exportTo(path, options);
    REQUIRE_FALSE(r);
    CHECK(r.code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(path));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied' AND user_id = ?"), {rep}) >= 1);
}

TEST_CASE("customers exported as vCard 3.0 and 4.0 import back with the same names and e-mails", "[export][vcard]")
{
    ServiceFixture source;
    seed(source);
    QTemporaryDir dir;
    for (auto version : {VCardWriter::Version::V3, VCardWriter::Version::V4}) {
        const QString path = dir.filePath(QStringLiteral("c.vcf"));
        RecordExporter exporter(source.owner());
        ExportOptions options;
        options.format = ExportFormat::VCard;
        options.vcardVersion = version;
        auto n = exporter.exportTo(path, options);
        REQUIRE(n);
        CHECK(*n == 2);
        ServiceFixture target;
        CustomerImporter importer(target.owner());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto r = importer.run(file, ImportProfile());
        REQUIRE(r);
        CHECK(r->created == 2);
        CustomerService customers(target.owner());
        auto all = customers.list();
        REQUIRE(all);
        QStringList got;
        for (const Customer &c : *all)
            got << c.displayName + QLatin1Char('|') + c.emails().join(QLatin1Char(',')) + QLatin1Char('|') + c.externalId;
        got.sort();
        CHECK(got == QStringList{QStringLiteral("=Budi|budi@contoh.id|"), QStringLiteral("Ani Wijaya|ani@contoh.id|A-1")});
    }
    ExportOptions bad;
    bad.entity = ExportEntity::Deals;
    bad.format = ExportFormat::VCard;
    RecordExporter exporter(source.owner());
    CHECK(exporter.exportTo(dir.filePath(QStringLiteral("x.vcf")), bad).code() == ErrorCode::Invalid);
}
