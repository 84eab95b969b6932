#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/SubjectAccessExporter.h"
#include "privacy/UsageLog.h"
#include "services/AuditLog.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <zip.h>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// Every entry of a zip file, read with libzip itself (not through the exporter's code).
QMap<QString, QByteArray> unzipAll(const QString &path)
{
    QMap<QString, QByteArray> out;
    int err = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    REQUIRE(za != nullptr);
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        REQUIRE(zip_stat_index(za, zip_uint64_t(i), 0, &st) == 0);
        zip_file_t *f = zip_fopen_index(za, zip_uint64_t(i), 0);
        REQUIRE(f != nullptr);
        QByteArray data(qsizetype(st.size), '\0');
        REQUIRE(zip_fread(f, data.data(), st.size) == zip_int64_t(st.size));
        zip_fclose(f);
        out.insert(QString::fromUtf8(st.name), data);
    }
    zip_close(za);
    return out;
}

bool typeMatches(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("integer"))
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("null"))
        return v.isNull();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("object"))
        return v.isObject();
    return false;
}

// A small JSON Schema checker: the "type", "required", "properties", "items" and "const" keywords, which
// are all docs/privacy-export-schema.json uses to constrain values. Appends one line per violation.
void validate(const QJsonValue &v, const QJsonObject &schema, const QString &where, QStringList &problems)
{
    if (schema.contains(QStringLiteral("type"))) {
        const QJsonValue t = schema.value(QStringLiteral("type"));
        QStringList types;
        if (t.isArray()) {
            for (const QJsonValue &x : t.toArray())
                types << x.toString();
        } else {
            types << t.toString();
        }
        bool any = false;
        for (const QString &type : types)
            any = any || typeMatches(v, type);
        if (!any) {
            problems << where + QStringLiteral(": not ") + types.join(QLatin1Char('|'));
            return;
        }
    }
    if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != v)
        problems << where + QStringLiteral(": not the constant");
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
            if (!o.contains(r.toString()))
                problems << where + QStringLiteral(": missing ") + r.toString();
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            if (o.contains(it.key()))
                validate(o.value(it.key()), it.value().toObject(), where + QLatin1Char('.') + it.key(), problems);
    }
    if (v.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            validate(a.at(i), schema.value(QStringLiteral("items")).toObject(), where + QStringLiteral("[%1]").arg(i),
                problems);
    }
}

// A customer whose every kind of record carries a marker string starting with `tag`.
struct Person {
    QString id;
    QStringList markers;
};

Person makePerson(ServiceFixture &f, const QString &tag, const QString &email, const QString &phone)
{
    Person p;
    auto m = [&](const char *what) {
        const QString s = tag + QLatin1String(what);
        p.markers << s;
        return s;
    };
    Customer c;
    c.givenName = m("Given");
    c.familyName = m("Family");
    c.notes = m("Notes") + QStringLiteral(" <script>alert('x')</script> & \"quoted\"");
    c.tags = QStringList {m("Tag")};
    ContactPoint e;
    e.kind = ContactKind::Email;
    e.raw = email;
    p.markers << email;
    ContactPoint ph;
    ph.kind = ContactKind::Phone;
    ph.raw = phone;
    c.contacts = {e, ph};
    Address a;
    a.street = m("Street");
    a.city = QStringLiteral("Bandung");
    a.country = QStringLiteral("ID");
    c.addresses = {a};
    CustomerService customers(f.owner());
    auto id = customers.create(c);
    REQUIRE(id.ok());
    p.id = *id;

    InteractionService logs(f.owner());
    for (int i = 0; i < 2; ++i) {
        Interaction in;
        in.customerId = p.id;
        in.channel = QStringLiteral("call");
        in.direction = QStringLiteral("out");
        in.subject = m("Subject") + QString::number(i);
        in.body = m("Body") + QString::number(i);
        f.clock().advanceMs(1000);
        REQUIRE(logs.add(in).ok());
    }
    DealService deals(f.owner());
    Deal d;
    d.customerId = p.id;
    d.title = m("DealTitle");
    d.amount = Money(2500000, QStringLiteral("IDR"));
    auto dealId = deals.create(d);
    REQUIRE(dealId.ok());
    DealItem item;
    item.dealId = *dealId;
    item.description = m("Item");
    item.quantity = 2;
    item.unitPrice = Money(1250000, QStringLiteral("IDR"));
    REQUIRE(deals.addItem(item).ok());
    Payment pay;
    pay.dealId = *dealId;
    pay.amount = Money(1000000, QStringLiteral("IDR"));
    pay.method = QStringLiteral("transfer");
    pay.reference = m("Ref") + QStringLiteral("-98761234");
    REQUIRE(deals.addPayment(pay).ok());
    TaskService tasks(f.owner());
    Task t;
    t.customerId = p.id;
    t.title = m("Task");
    t.notes = m("TaskNotes") + QStringLiteral("\nsecond line"); // migration 6: in tasks.csv, person.json, the summary
    REQUIRE(tasks.add(t).ok());
    ConsentService consents(f.owner());
    Consent grant;
    grant.customerId = p.id;
    grant.purpose = QStringLiteral("marketing_email");
    grant.channel = QStringLiteral("web_form");
    grant.source = m("ConsentSource");
    REQUIRE(consents.record(grant).ok());
    f.clock().advanceMs(1000);
    REQUIRE(consents.withdraw(p.id, QStringLiteral("marketing_email"), QStringLiteral("email")).ok());
    return p;
}

QJsonObject loadSchema()
{
    QFile f(QStringLiteral(RELASI_SOURCE_DIR "/docs/privacy-export-schema.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

TEST_CASE("subject-access bundle holds every record of the person and nothing of another", "[privacy][export]")
{
    ServiceFixture f;
    const Person ana
        = makePerson(f, QStringLiteral("Qanaq"), QStringLiteral("ana.q@example.org"), QStringLiteral("0812-3456-7890"));
    const Person budi = makePerson(
        f, QStringLiteral("Zbudz"), QStringLiteral("budi.z@example.org"), QStringLiteral("0813-1111-2222"));
    const QString path = f.directory() + QStringLiteral("/ana-export.zip");

    SubjectAccessExporter exporter(f.owner());
    auto report = exporter.exportCustomer(ana.id, path);
    REQUIRE(report.ok());
    const QMap<QString, QByteArray> files = unzipAll(path);
    REQUIRE(files.keys().size() == report->files.size());
    for (const char *name :
        {"person.json", "summary.html", "customer.csv", "contact_points.csv", "addresses.csv", "communication_logs.csv",
            "deals.csv", "deal_items.csv", "payments.csv", "tasks.csv", "consents.csv", "audit_entries.csv"})
        CHECK(files.contains(QString::fromLatin1(name)));

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(files.value(QStringLiteral("person.json")), &perr);
    REQUIRE(perr.error == QJsonParseError::NoError);
    const QJsonObject person = doc.object();

    SECTION("person.json validates against docs/privacy-export-schema.json")
    {
        QStringList problems;
        validate(person, loadSchema(), QStringLiteral("$"), problems);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
        // The checker itself rejects a bundle missing a required key or with a wrong type.
        QJsonObject broken = person;
        broken.remove(QStringLiteral("consents"));
        QJsonObject c = broken.value(QStringLiteral("customer")).toObject();
        c.insert(QStringLiteral("legal_hold"), QStringLiteral("no"));
        broken.insert(QStringLiteral("customer"), c);
        QStringList found;
        validate(broken, loadSchema(), QStringLiteral("$"), found);
        CHECK(found.size() == 2);
    }

    SECTION("every record of the person is there, counted as the services list them")
    {
        CustomerService customers(f.owner());
        auto c = customers.get(ana.id);
        REQUIRE(c.ok());
        InteractionService logs(f.owner());
        DealService deals(f.owner());
        TaskService tasks(f.owner());
        ConsentService consents(f.owner());
        DealFilter df;
        df.customerId = ana.id;
        df.includeDeleted = true;
        auto dealList = deals.list(df);
        REQUIRE(dealList.ok());
        int items = 0, payments = 0;
        for (const Deal &d : *dealList) {
            items += int(deals.items(d.id)->size());
            payments += int(deals.payments(d.id)->size());
        }
        const auto arr = [&](const char *k) { return person.value(QLatin1String(k)).toArray().size(); };
        CHECK(person.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString() == ana.id);
        CHECK(arr("contact_points") == c->contacts.size());
        CHECK(arr("contact_points") == 2);
        CHECK(arr("addresses") == c->addresses.size());
        CHECK(arr("communication_logs") == logs.listForCustomer(ana.id, 0)->size());
        CHECK(arr("communication_logs") == 2);
        CHECK(arr("deals") == dealList->size());
        CHECK(arr("deal_items") == items);
        CHECK(arr("payments") == payments);
        CHECK(arr("tasks") == tasks.listForCustomer(ana.id)->size());
        CHECK(arr("consents") == consents.history(ana.id)->size());
        CHECK(arr("consents") == 2);
        CHECK(arr("audit_entries") > 0);
        for (const QJsonValue &e : person.value(QStringLiteral("audit_entries")).toArray())
            CHECK(!e.toObject().value(QStringLiteral("entity_id")).toString().isEmpty());
        // CSV files: a header and one line per record (no value here spans lines).
        const auto lines = [&](const char *name) { return files.value(QString::fromLatin1(name)).count("\r\n"); };
        CHECK(lines("communication_logs.csv") == 3);
        CHECK(lines("consents.csv") == 3);
        CHECK(lines("payments.csv") == 2);
        // Every marker of the person (but the tag-only ones) reaches person.json, summary.html and a CSV.
        const QString json = QString::fromUtf8(files.value(QStringLiteral("person.json")));
        const QString html = QString::fromUtf8(files.value(QStringLiteral("summary.html")));
        QString csv;
        for (auto it = files.begin(); it != files.end(); ++it)
            if (it.key().endsWith(QLatin1String(".csv")))
                csv += QString::fromUtf8(it.value());
        for (const QString &m : ana.markers) {
            if (m.endsWith(QLatin1String("Ref")))
                continue; // masked (below)
            INFO(m.toStdString());
            CHECK(json.contains(m));
            CHECK(html.contains(m));
            CHECK(csv.contains(m));
        }
    }

    SECTION("nothing of another customer is in any file")
    {
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString text = QString::fromUtf8(it.value());
            CHECK(!text.contains(budi.id));
            for (const QString &m : budi.markers) {
                INFO(it.key().toStdString() << " / " << m.toStdString());
                CHECK(!text.contains(m));
            }
        }
    }

    SECTION("payment references are masked to their last four characters everywhere")
    {
        for (auto it = files.begin(); it != files.end(); ++it) {
            INFO(it.key().toStdString());
            CHECK(!it.value().contains("QanaqRef"));
            CHECK(!it.value().contains("98761234"));
        }
        const QJsonObject payment = person.value(QStringLiteral("payments")).toArray().first().toObject();
        const QString masked = payment.value(QStringLiteral("reference_masked")).toString();
        CHECK(masked.endsWith(QLatin1String("1234")));
        CHECK(masked.count(QChar(0x2022)) == QStringLiteral("QanaqRef-98761234").size() - 4);
    }

    SECTION("summary.html escapes every value")
    {
        const QByteArray html = files.value(QStringLiteral("summary.html"));
        CHECK(!html.contains("<script>"));
        CHECK(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        CHECK(html.startsWith("<!DOCTYPE html>"));
    }

    SECTION("the export is audited with the customer id and counts only")
    {
        AuditFilter af;
        af.action = QStringLiteral("subject_access_export");
        auto entries = f.owner().audit().list(af);
        REQUIRE(entries.ok());
        REQUIRE(entries->size() == 1);
        const AuditEntry &e = entries->first();
        CHECK(e.entityId == ana.id);
        CHECK(e.userId == f.ownerId());
        CHECK(e.details.value(QStringLiteral("consents")).toInt() == 2);
        const QString details = QString::fromUtf8(QJsonDocument(e.details).toJson());
        for (const QString &m : ana.markers)
            CHECK(!details.contains(m));
        CHECK(!details.contains(path));
    }
}

TEST_CASE("subject-access export needs BulkExport and writes nothing when refused", "[privacy][export]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString viewer = f.addUser(Role::Viewer);
    const QString manager = f.addUser(Role::Manager);
    const QString customer = f.addCustomer(rep, QStringLiteral("Sari Wulandari"));
    const QString path = f.directory() + QStringLiteral("/out.zip");

    for (const QString &who : {rep, viewer}) {
        SubjectAccessExporter exporter(f.as(who));
        auto r = exporter.exportCustomer(customer, path);
        REQUIRE(!r.ok());
        CHECK(r.code() == ErrorCode::PermissionDenied);
        CHECK(!QFile::exists(path));
    }
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'")) == 2);

    SubjectAccessExporter byManager(f.as(manager));
    CHECK(byManager.exportCustomer(customer, path).ok());
    CHECK(QFile::exists(path));

    SubjectAccessExporter byOwner(f.owner());
    auto missing = byOwner.exportCustomer(QStringLiteral("0190aaaa-0000-7000-8000-000000000000"), path);
    CHECK(missing.code() == ErrorCode::NotFound);
}

TEST_CASE("subject-access export is written atomically", "[privacy][export]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Sari Wulandari"));
    SubjectAccessExporter exporter(f.owner());

    // Into a folder that does not exist: Io, nothing written, not audited.
    auto r = exporter.exportCustomer(customer, f.directory() + QStringLiteral("/no/such/dir/out.zip"));
    CHECK(r.code() == ErrorCode::Io);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subject_access_export'")) == 0);

    // Over an existing file: replaced whole, no temporary file left beside it.
    const QString path = f.directory() + QStringLiteral("/out.zip");
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    REQUIRE(exporter.exportCustomer(customer, path).ok());
    CHECK(unzipAll(path).contains(QStringLiteral("person.json")));
    const QStringList left = QDir(f.directory()).entryList({QStringLiteral("out.zip*")}, QDir::Files);
    CHECK(left == QStringList {QStringLiteral("out.zip")});
}

TEST_CASE("a user's own export holds their account, usage events and audit entries, nobody else's", "[privacy][export]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales, QStringLiteral("Rina Sales"), QStringLiteral("rina@example.org"));
    UsageLog ownerUsage(f.owner());
    UsageLog repUsage(f.as(rep));
    REQUIRE(ownerUsage.setOptedIn(true).ok());
    REQUIRE(repUsage.setOptedIn(true).ok());
    REQUIRE(ownerUsage.action(QStringLiteral("owner.only.action")).value());
    REQUIRE(repUsage.screenOpened(QStringLiteral("rep.screen")).value());
    REQUIRE(repUsage.action(QStringLiteral("rep.action")).value());
    f.addCustomer(rep, QStringLiteral("Pelanggan Rina"));

    const QString path = f.directory() + QStringLiteral("/me.zip");
    SubjectAccessExporter exporter(f.as(rep)); // any role may export their own data
    auto report = exporter.exportSelf(path);
    REQUIRE(report.ok());
    const QMap<QString, QByteArray> files = unzipAll(path);
    const QJsonObject person = QJsonDocument::fromJson(files.value(QStringLiteral("person.json"))).object();
    CHECK(person.value(QStringLiteral("format")).toString() == QLatin1String("relasi.self_access"));
    CHECK(person.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString()
        == QLatin1String("rina@example.org"));
    CHECK(person.value(QStringLiteral("usage_events")).toArray().size() == 2);
    CHECK(person.value(QStringLiteral("settings")).toArray().size() == 1);
    const QJsonArray audit = person.value(QStringLiteral("audit_entries")).toArray();
    REQUIRE(!audit.isEmpty());
    for (const QJsonValue &e : audit) {
        const QJsonObject o = e.toObject();
        CHECK((o.value(QStringLiteral("user_id")).toString() == rep
            || o.value(QStringLiteral("entity_id")).toString() == rep));
    }
    for (auto it = files.begin(); it != files.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(!it.value().contains("owner.only.action"));
        CHECK(!it.value().contains(f.ownerId().toUtf8()));
    }
    CHECK(files.value(QStringLiteral("summary.html")).contains("Rina Sales"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'self_export' AND user_id = ?"), {rep})
        == 1);
}

TEST_CASE("the workspace export holds every table whole, for the owner only", "[privacy][export]")
{
    ServiceFixture f;
    const QString manager = f.addUser(Role::Manager);
    f.addCustomer(f.ownerId(), QStringLiteral("Ana Workspace"));
    f.addCustomer(f.ownerId(), QStringLiteral("Budi Workspace"));
    const QString path = f.directory() + QStringLiteral("/all.zip");

    SubjectAccessExporter byManager(f.as(manager));
    CHECK(byManager.exportWorkspace(path).code() == ErrorCode::PermissionDenied);
    CHECK(!QFile::exists(path));

    SubjectAccessExporter exporter(f.owner());
    auto report = exporter.exportWorkspace(path);
    REQUIRE(report.ok());
    const QMap<QString, QByteArray> files = unzipAll(path);
    const QJsonObject manifest = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    CHECK(manifest.value(QStringLiteral("format")).toString() == QLatin1String("relasi.workspace_export"));
    const QJsonArray tables = manifest.value(QStringLiteral("tables")).toArray();
    REQUIRE(tables.size() > 10);
    for (const QJsonValue &t : tables) {
        const QJsonObject o = t.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        INFO(name.toStdString());
        CHECK(!name.startsWith(QLatin1String("customers_fts")));
        REQUIRE(files.contains(o.value(QStringLiteral("file")).toString()));
        if (name == QLatin1String("audit_log"))
            continue; // the export's own entry is appended after the rows were read
        CHECK(qint64(o.value(QStringLiteral("rows")).toDouble())
            == f.scalar(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)));
    }
    const QByteArray customers = files.value(QStringLiteral("tables/customers.csv"));
    CHECK(customers.contains("Ana Workspace"));
    CHECK(customers.contains("Budi Workspace"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace_export'")) == 1);
}
