#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/ErasureService.h"
#include "privacy/LegalHold.h"
#include "privacy/RetentionService.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// The error's message, for INFO() before a REQUIRE on a result.
template<typename R>
std::string why(const R &r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

void log(ServiceFixture &f, const QString &customerId, qint64 at)
{
    Interaction i;
    i.customerId = customerId;
    i.channel = QStringLiteral("call");
    i.direction = QStringLiteral("in");
    i.occurredAt = at;
    i.body = QStringLiteral("asked about prices");
    REQUIRE(InteractionService(f.owner()).add(i).ok());
}

struct World {
    QString active, inactive, held;
    qint64 t0 = 0;
};

// t0: "inactive" and "held" are created, with a log entry each; three years later "active" is created with
// a log entry of a year ago and one of today. Policy: logs 6 months, inactive 2 years, usage 30 days.
World build(ServiceFixture &f)
{
    World w;
    w.t0 = f.clock().nowMs();
    w.inactive = f.addCustomer(f.ownerId(), QStringLiteral("Agus Salim"));
    w.held = f.addCustomer(f.ownerId(), QStringLiteral("Hendra Gunawan"));
    log(f, w.inactive, w.t0);
    log(f, w.held, w.t0);
    REQUIRE(LegalHold(f.owner()).set(w.held, true).ok());
    f.clock().advanceMs(3 * 365 * kDay);
    w.active = f.addCustomer(f.ownerId(), QStringLiteral("Putri Ayu"));
    log(f, w.active, f.clock().nowMs() - 365 * kDay);
    log(f, w.active, f.clock().nowMs() - kDay);
    RetentionPolicy p;
    p.logMonths = 6;
    p.inactiveYears = 2;
    p.usageDays = 30;
    REQUIRE(RetentionService(f.owner()).setPolicy(p).ok());
    return w;
}

} // namespace

TEST_CASE("the retention policy is stored in settings and changed only with ConfigureSettings", "[privacy][retention]")
{
    ServiceFixture f;
    auto empty = RetentionService::loadPolicy(f.owner().db());
    INFO(why(empty));
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
    RetentionPolicy p;
    p.logMonths = 24;
    p.inactiveYears = 5;
    REQUIRE(RetentionService(f.owner()).setPolicy(p).ok());
    auto loaded = RetentionService::loadPolicy(f.owner().db());
    INFO(why(loaded));
    REQUIRE(loaded.ok());
    CHECK(*loaded == p);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention_set'")) == 1);

    RetentionPolicy bad;
    bad.logMonths = -1;
    CHECK(RetentionService(f.owner()).setPolicy(bad).code() == ErrorCode::Invalid);
    for (Role role : {Role::Manager, Role::Sales, Role::Viewer}) {
        RetentionService other(f.as(f.addUser(role)));
        CHECK(other.setPolicy(RetentionPolicy{}).code() == ErrorCode::PermissionDenied);
        CHECK(other.run().code() == ErrorCode::PermissionDenied);
        CHECK(other.preview().code() == ErrorCode::PermissionDenied);
    }
    auto still = RetentionService::loadPolicy(f.owner().db());
    INFO(why(still));
    REQUIRE(still.ok());
    CHECK(*still == p);
}

TEST_CASE("a retention dry run counts exactly the rows the real run removes", "[privacy][retention]")
{
    ServiceFixture f;
    const World w = build(f);
    RetentionService retention(f.owner());
    const qint64 outbox = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 audits = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 logsBefore = f.scalar(QStringLiteral("SELECT count(*) FROM interactions"));

    auto dry = retention.preview();
    INFO(why(dry));
    REQUIRE(dry.ok());
    CHECK(dry->dryRun);
    CHECK(dry->logs == 2);      // the inactive customer's and the active one's year-old entry (not the held one's)
    CHECK(dry->customers == 1); // the inactive customer (the held one is skipped)
    // The dry run changed nothing, not even the audit trail.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == logsBefore);

    auto done = retention.run();
    INFO(why(done));
    REQUIRE(done.ok());
    CHECK_FALSE(done->dryRun);
    CHECK(done->logs == dry->logs);
    CHECK(done->customers == dry->customers);
    CHECK(done->usageEvents == dry->usageEvents);
    CHECK(logsBefore - f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == dry->logs);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE source = ?"),
                   {ErasureService::anonymisedSource()}) == dry->customers);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND display_name = ?"),
                   {w.inactive, ErasureService::anonymisedName(w.inactive)}) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND display_name = 'Hendra Gunawan'"),
                   {w.held}) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = ?"), {w.held}) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = ?"), {w.active}) == 1);
    // Erased log entries leave markers for sync.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM erasures WHERE entity = 'interaction'")) == dry->logs);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention_run'")) == 1);

    // Nothing left to do: a second dry run counts zero.
    auto again = retention.preview();
    INFO(why(again));
    REQUIRE(again.ok());
    CHECK(again->logs == 0);
    CHECK(again->customers == 0);
}

TEST_CASE("retention runs automatically at most daily", "[privacy][retention]")
{
    ServiceFixture f;
    RetentionService retention(f.owner());
    CHECK_FALSE(*retention.shouldRunNow(f.clock().nowMs())); // no rule on
    RetentionPolicy p;
    p.logMonths = 12;
    REQUIRE(retention.setPolicy(p).ok());
    CHECK(*retention.shouldRunNow(f.clock().nowMs())); // never run

    auto first = retention.runIfDue();
    INFO(why(first));
    REQUIRE(first.ok());
    CHECK(first->has_value());
    const QJsonObject rules = (*first)->toJson().value(QStringLiteral("rules")).toObject();
    CHECK(rules.value(QStringLiteral("logs")).toObject().value(QStringLiteral("enabled")).toBool());
    CHECK_FALSE(rules.value(QStringLiteral("usage")).toObject().value(QStringLiteral("enabled")).toBool());
    CHECK(*RetentionService::lastRunMs(f.owner().db()) == f.clock().nowMs());
    f.clock().advanceMs(23 * 60 * 60 * 1000);
    CHECK_FALSE(*retention.shouldRunNow(f.clock().nowMs()));
    auto skipped = retention.runIfDue();
    INFO(why(skipped));
    REQUIRE(skipped.ok());
    CHECK_FALSE(skipped->has_value());
    f.clock().advanceMs(60 * 60 * 1000);
    CHECK(*retention.shouldRunNow(f.clock().nowMs()));
    // A clock set back by more than a day does not stop the daily run.
    CHECK(*retention.shouldRunNow(f.clock().nowMs() - 3 * kDay));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention_run'")) == 1);

    // Another role's session never runs it (and leaves no denial behind).
    RetentionService manager(f.as(f.addUser(Role::Manager)));
    auto notRun = manager.runIfDue();
    INFO(why(notRun));
    REQUIRE(notRun.ok());
    CHECK_FALSE(notRun->has_value());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_denied'")) == 0);
}

TEST_CASE("the usage rule calls the usage purger with the cutoff, or is skipped without usage data",
          "[privacy][retention]")
{
    ServiceFixture f;
    RetentionService retention(f.owner());
    RetentionPolicy p;
    p.usageDays = 30;
    REQUIRE(retention.setPolicy(p).ok());

    qint64 seenCutoff = 0;
    int dryCalls = 0, realCalls = 0;
    retention.setUsagePurger([&](qint64 cutoff, bool dryRun) -> Result<qint64> {
        seenCutoff = cutoff;
        (dryRun ? dryCalls : realCalls)++;
        return qint64(7);
    });
    auto dry = retention.preview();
    INFO(why(dry));
    REQUIRE(dry.ok());
    CHECK(dry->usageEvents == 7);
    CHECK_FALSE(dry->usageSkipped);
    CHECK(seenCutoff == f.clock().nowMs() - 30 * kDay);
    auto done = retention.run();
    INFO(why(done));
    REQUIRE(done.ok());
    CHECK(done->usageEvents == 7);
    CHECK(dryCalls == 1);
    CHECK(realCalls == 1);

    RetentionService plain(f.owner());
    auto withoutPurger = plain.preview();
    INFO(why(withoutPurger));
    REQUIRE(withoutPurger.ok());
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'usage_events'")));
    REQUIRE(q.next());
    if (q.value(0).toInt() == 0)
        CHECK(withoutPurger->usageSkipped);
    else
        CHECK_FALSE(withoutPurger->usageSkipped);
}

TEST_CASE("retention cutoffs use calendar months and years in UTC", "[privacy][retention]")
{
    const qint64 now = QDateTime(QDate(2024, 3, 31), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    CHECK(RetentionService::logCutoffMs(now, 1) == QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK(RetentionService::inactiveCutoffMs(now, 2) ==
          QDateTime(QDate(2022, 3, 31), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK(RetentionService::usageCutoffMs(now, 30) == now - 30 * kDay);
}
