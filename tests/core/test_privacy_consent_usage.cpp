#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/DeviceRecord.h"
#include "privacy/ErasureService.h"
#include "privacy/MailingListExporter.h"
#include "privacy/RetentionService.h"
#include "privacy/UsageLog.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/SessionLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

QString addWithEmail(ServiceFixture &f, const QString &name, const QString &email)
{
    Customer c;
    c.displayName = name;
    if (!email.isEmpty()) {
        ContactPoint e;
        e.kind = ContactKind::Email;
        e.raw = email;
        c.contacts = {e};
    }
    CustomerService customers(f.owner());
    auto id = customers.create(c);
    REQUIRE(id.ok());
    return *id;
}

Status grant(ServiceFixture &f, const QString &customerId, const QString &purpose)
{
    Consent c;
    c.customerId = customerId;
    c.purpose = purpose;
    c.channel = QStringLiteral("web_form");
    f.clock().advanceMs(1000);
    auto r = ConsentService(f.owner()).record(c);
    return r ? Status() : Status(r.error());
}

} // namespace

TEST_CASE(
    "mailing list holds only customers with consent in force and counts the others by reason", "[privacy][consent]")
{
    ServiceFixture f;
    const QString ana = addWithEmail(f, QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    const QString budi = addWithEmail(f, QStringLiteral("Budi"), QStringLiteral("budi@example.org"));
    const QString citra = addWithEmail(f, QStringLiteral("Citra"), QStringLiteral("citra@example.org"));
    const QString dian = addWithEmail(f, QStringLiteral("Dian"), QString());
    const QString eko = addWithEmail(f, QStringLiteral("Eko"), QStringLiteral("eko@example.org"));
    const QString fajar = addWithEmail(f, QStringLiteral("Fajar"), QStringLiteral("fajar@example.org"));
    REQUIRE(grant(f, ana, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, budi, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, dian, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, eko, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, fajar, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, citra, QStringLiteral("phone_calls")).ok()); // another purpose does not count
    f.clock().advanceMs(1000);
    ConsentService consents(f.owner());
    REQUIRE(consents.withdraw(budi, QStringLiteral("marketing_email"), QStringLiteral("email")).ok());
    REQUIRE(ErasureService(f.owner()).anonymize(eko).ok());
    REQUIRE(CustomerService(f.owner()).remove(fajar).ok());

    MailingListExporter lists(f.owner());
    QList<MailingListEntry> entries;
    auto report = lists.build(QStringLiteral("marketing_email"), &entries);
    REQUIRE(report.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().customerId == ana);
    CHECK(entries.first().address == QLatin1String("ana@example.org"));
    CHECK(report->included == 1);
    CHECK(report->withdrawn == 1); // Budi
    CHECK(report->noConsent == 1); // Citra
    CHECK(report->noAddress == 1); // Dian
    CHECK(report->erased == 1); // Eko (anonymised)
    CHECK(report->deleted == 1); // Fajar
    CHECK(report->leftOut() == 5);

    SECTION("granting again after a withdrawal puts the customer back")
    {
        REQUIRE(grant(f, budi, QStringLiteral("marketing_email")).ok());
        auto again = lists.build(QStringLiteral("marketing_email"), nullptr);
        REQUIRE(again.ok());
        CHECK(again->included == 2);
        CHECK(again->withdrawn == 0);
    }

    SECTION("the CSV holds only the included customers and the export is audited with counts")
    {
        const QString path = f.directory() + QStringLiteral("/list.csv");
        auto written = lists.exportCsv(QStringLiteral("marketing_email"), path);
        REQUIRE(written.ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        CHECK(csv.contains("ana@example.org"));
        CHECK(!csv.contains("budi@example.org"));
        CHECK(csv.count("\r\n") == 2);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = "
                                      "'mailing_list'"))
            == 1);
    }

    SECTION("profiling is not a purpose to contact people for; sales reps may not export lists")
    {
        CHECK(lists.build(QStringLiteral("profiling"), nullptr).code() == ErrorCode::Invalid);
        MailingListExporter byRep(f.as(f.addUser(Role::Sales)));
        CHECK(byRep.build(QStringLiteral("marketing_email"), nullptr).code() == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("consent history shows the grant and the withdrawal, the latest in force", "[privacy][consent]")
{
    ServiceFixture f;
    const QString ana = addWithEmail(f, QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    REQUIRE(grant(f, ana, QStringLiteral("marketing_email")).ok());
    f.clock().advanceMs(1000);
    ConsentService consents(f.owner());
    REQUIRE(consents.withdraw(ana, QStringLiteral("marketing_email")).ok());
    auto history = consents.history(ana);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).granted);
    CHECK(!history->at(1).granted);
    auto current = consents.current(ana);
    REQUIRE(current.ok());
    REQUIRE(current->size() == 1);
    CHECK(!current->first().granted);
}

TEST_CASE("usage events are recorded only after the user opts in and are gone after usage delete", "[privacy][usage]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    UsageLog mine(f.owner());
    UsageLog theirs(f.as(rep));
    const auto count = [&]() { return f.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_events")); };

    // Before opting in: nothing is written.
    CHECK(!mine.isOptedIn().value());
    CHECK(mine.screenOpened(QStringLiteral("customers")).value() == false);
    CHECK(mine.action(QStringLiteral("customer.save")).value() == false);
    CHECK(mine.timeSpent(QStringLiteral("customers"), 5000).value() == false);
    CHECK(count() == 0);
    CHECK(mine.myEvents()->isEmpty());

    // After: recorded, and viewable by that user only.
    REQUIRE(mine.setOptedIn(true).ok());
    CHECK(mine.isOptedIn().value());
    CHECK(!theirs.isOptedIn().value()); // per user
    f.clock().advanceMs(10);
    CHECK(mine.screenOpened(QStringLiteral("customers")).value());
    f.clock().advanceMs(10);
    CHECK(mine.timeSpent(QStringLiteral("customers"), 5000).value());
    f.clock().advanceMs(10);
    CHECK(mine.action(QStringLiteral("customer.save")).value());
    CHECK(theirs.screenOpened(QStringLiteral("tasks")).value() == false);
    auto events = mine.myEvents();
    REQUIRE(events.ok());
    REQUIRE(events->size() == 3);
    CHECK(events->at(0).kind == QLatin1String("screen"));
    CHECK(events->at(1).durationMs == 5000);
    CHECK(events->at(2).name == QLatin1String("customer.save"));
    CHECK(theirs.myEvents()->isEmpty());
    auto summary = mine.mySummary();
    REQUIRE(summary.ok());
    CHECK(summary->value(QStringLiteral("by_name")).toArray().size() == 3);

    // Names are identifiers, never user data.
    CHECK(mine.action(QStringLiteral("Opened Ana's record")).code() == ErrorCode::Invalid);
    CHECK(mine.screenOpened(QString()).code() == ErrorCode::Invalid);

    SECTION("usage delete removes the user's events and is audited; other users' stay")
    {
        REQUIRE(theirs.setOptedIn(true).ok());
        CHECK(theirs.action(QStringLiteral("task.done")).value());
        auto deleted = mine.deleteMine();
        REQUIRE(deleted.ok());
        CHECK(*deleted == 3);
        CHECK(mine.myEvents()->isEmpty());
        CHECK(theirs.myEvents()->size() == 1);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_events WHERE user_id = ?"), {f.ownerId()}) == 0);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'usage_delete' AND user_id = ?"),
                  {f.ownerId()})
            == 1);
    }

    SECTION("opting out stops recording; both choices are audited")
    {
        REQUIRE(mine.setOptedIn(false).ok());
        CHECK(mine.action(QStringLiteral("customer.save")).value() == false);
        CHECK(mine.myEvents()->size() == 3);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('usage_opt_in', "
                                      "'usage_opt_out')"))
            == 2);
    }

    SECTION("the retention purger drops events older than the cutoff, counting first on a dry run")
    {
        QSqlDatabase db = f.db();
        const qint64 cutoff = f.clock().nowMs() - 15; // between the first and second event
        CHECK(UsageLog::purgeOlderThan(db, cutoff, true).value() == 1);
        CHECK(count() == 3);
        CHECK(UsageLog::purgeOlderThan(db, cutoff, false).value() == 1);
        CHECK(count() == 2);
        // RetentionService's usage rule reaches the table through the purger.
        RetentionService retention(f.owner());
        retention.setUsagePurger([&db](qint64 c, bool d) { return UsageLog::purgeOlderThan(db, c, d); });
        RetentionPolicy p;
        p.usageDays = 1;
        REQUIRE(retention.setPolicy(p).ok());
        f.clock().advanceMs(2LL * 24 * 3600 * 1000);
        auto run = retention.run();
        REQUIRE(run.ok());
        CHECK(run->usageEvents == 2);
        CHECK(!run->usageSkipped);
        CHECK(count() == 0);
    }
}

TEST_CASE("the device record keeps the device id, OS, app version and first/last use", "[privacy][usage]")
{
    ServiceFixture f;
    QSqlDatabase db = f.db();
    CHECK(DeviceRecord::current(db).code() == ErrorCode::NotFound);
    const qint64 first = f.clock().nowMs();
    auto d = DeviceRecord::touch(db, first, QStringLiteral("1.0.0"), QStringLiteral("Debian GNU/Linux 12"));
    REQUIRE(d.ok());
    CHECK(d->id == SessionLoader::deviceId(db).value());
    CHECK(d->os == QLatin1String("Debian GNU/Linux 12"));
    CHECK(d->firstSeen == first);
    CHECK(d->lastSeen == first);
    auto again = DeviceRecord::touch(db, first + 5000, QStringLiteral("1.1.0"));
    REQUIRE(again.ok());
    CHECK(again->firstSeen == first);
    CHECK(again->lastSeen == first + 5000);
    CHECK(again->appVersion == QLatin1String("1.1.0"));
    CHECK(!again->os.isEmpty());
    CHECK(DeviceRecord::all(db)->size() == 1);
    CHECK(DeviceRecord::current(db)->lastSeen == first + 5000);
}
