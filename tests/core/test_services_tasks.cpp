#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/TaskService.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

Task task(const QString &title, qint64 dueAt, const QString &customerId = {})
{
    Task t;
    t.title = title;
    t.dueAt = dueAt;
    t.customerId = customerId;
    return t;
}

constexpr qint64 hour = 3'600'000;

} // namespace

TEST_CASE("due tasks are grouped overdue, today and upcoming", "[services]")
{
    ServiceFixture f;
    TaskService tasks(f.owner());
    const QTimeZone utc = QTimeZone::utc();
    // startMs is 2023-11-14 22:13:20 UTC: today ends 1h46m40s later.
    const qint64 now = ServiceFixture::startMs;
    const qint64 midnight = QDateTime(QDate(2023, 11, 15), QTime(0, 0), utc).toMSecsSinceEpoch();
    REQUIRE(midnight > now);
    REQUIRE(midnight - now < 2 * hour);

    auto overdue = tasks.add(task(QStringLiteral("Call back Budi"), now - 2 * hour));
    auto today = tasks.add(task(QStringLiteral("Send quote"), now + hour));
    auto atMidnight = tasks.add(task(QStringLiteral("Visit"), midnight));
    auto later = tasks.add(task(QStringLiteral("Quarterly review"), now + 72 * hour));
    auto undated = tasks.add(task(QStringLiteral("Someday"), 0));
    REQUIRE((overdue.ok() && today.ok() && atMidnight.ok() && later.ok() && undated.ok()));

    auto due = tasks.listDue(now, {}, utc);
    REQUIRE(due.ok());
    REQUIRE(due->overdue.size() == 1);
    CHECK(due->overdue.first().id == *overdue);
    REQUIRE(due->today.size() == 1);
    CHECK(due->today.first().id == *today);
    REQUIRE(due->upcoming.size() == 2);
    CHECK(due->upcoming.at(0).id == *atMidnight);
    CHECK(due->upcoming.at(1).id == *later);

    // Another time zone has another "today": in Jakarta (UTC+7) it is already 05:13 on the 15th.
    auto jakarta = tasks.listDue(now, {}, QTimeZone("Asia/Jakarta"));
    REQUIRE(jakarta.ok());
    CHECK(jakarta->today.size() == 2); // the one due in an hour and the one at UTC midnight
    CHECK(jakarta->upcoming.size() == 1);

    SECTION("complete and reopen")
    {
        f.clock().advanceMs(1000);
        const qint64 outbox = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
        REQUIRE(tasks.complete(*overdue).ok());
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outbox + 1);
        CHECK(tasks.get(*overdue)->doneAt == ServiceFixture::startMs + 1000);
        CHECK(tasks.listDue(now, {}, utc)->overdue.isEmpty());
        REQUIRE(tasks.complete(*overdue).ok()); // already done: nothing written
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outbox + 1);
        REQUIRE(tasks.reopen(*overdue).ok());
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outbox + 2);
        CHECK(tasks.get(*overdue)->doneAt == 0);
        CHECK(tasks.listDue(now, {}, utc)->overdue.size() == 1);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'task' AND action IN "
                                       "('complete', 'reopen')")) == 2);
    }
}

TEST_CASE("a task linked to a deal takes the deal's customer", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    Deal d;
    d.customerId = customer;
    d.title = QStringLiteral("Chairs");
    auto dealId = DealService(f.owner()).create(d);
    REQUIRE(dealId.ok());
    TaskService tasks(f.owner());
    Task t = task(QStringLiteral("Chase signature"), ServiceFixture::startMs + hour);
    t.dealId = *dealId;
    t.reminderAt = ServiceFixture::startMs + hour / 2;
    const qint64 outbox = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    auto id = tasks.add(t);
    REQUIRE(id.ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outbox + 1);
    auto got = tasks.get(*id);
    REQUIRE(got.ok());
    CHECK(got->customerId == customer);
    CHECK(got->dealId == *dealId);
    CHECK(got->assigneeId == f.ownerId());
    CHECK(got->reminderAt == ServiceFixture::startMs + hour / 2);

    Task late = t;
    late.reminderAt = t.dueAt + 1;
    CHECK(tasks.add(late).code() == ErrorCode::Invalid);
    Task untitled = t;
    untitled.title = QStringLiteral(" ");
    CHECK(tasks.add(untitled).code() == ErrorCode::Invalid);
    Task wrong = t;
    wrong.customerId = f.addCustomer(f.ownerId(), QStringLiteral("Other"));
    CHECK(tasks.add(wrong).code() == ErrorCode::Invalid);
}

TEST_CASE("tasks follow the customer's and the assignee's permissions", "[services][permissions]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString otherRep = f.addUser(Role::Sales);
    const QString viewer = f.addUser(Role::Viewer);
    const QString manager = f.addUser(Role::Manager);
    const QString theirs = f.addCustomer(otherRep, QStringLiteral("Theirs"));
    const QString mine = f.addCustomer(rep, QStringLiteral("Mine"));
    const qint64 due = ServiceFixture::startMs + hour;

    TaskService asManager(f.as(manager));
    Task forOther = task(QStringLiteral("Visit"), due, theirs);
    forOther.assigneeId = otherRep;
    auto theirTask = asManager.add(forOther);
    REQUIRE(theirTask.ok());

    const auto denials = [&] {
        return f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_denied'"));
    };
    const qint64 before = denials();
    TaskService asRep(f.as(rep));
    CHECK(asRep.add(task(QStringLiteral("mine"), due, mine)).ok());
    CHECK(asRep.add(task(QStringLiteral("own to-do"), due)).ok());
    CHECK(asRep.add(task(QStringLiteral("poach"), due, theirs)).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.complete(*theirTask).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.listDue(ServiceFixture::startMs, otherRep).code() == ErrorCode::PermissionDenied);
    Task delegate = task(QStringLiteral("delegate"), due, mine);
    delegate.assigneeId = otherRep;
    CHECK(asRep.add(delegate).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.listDue(ServiceFixture::startMs, {}, QTimeZone::utc())->today.size() == 2);

    TaskService asViewer(f.as(viewer));
    CHECK(asViewer.add(task(QStringLiteral("v"), due)).code() == ErrorCode::PermissionDenied);
    CHECK(asViewer.complete(*theirTask).code() == ErrorCode::PermissionDenied);
    CHECK(asViewer.listDue(ServiceFixture::startMs, otherRep).ok());
    CHECK(denials() == before + 6);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_denied' AND user_id = ?"),
                 {viewer}) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NOT NULL")) == 0);
}
