#include <catch2/catch.hpp>

#include "support/PermissionFixture.h"
#include "support/ServiceFixture.h"

#include "crypto/SecureBytes.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/TaskService.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace relasi;
using relasi::test::ServiceFixture;
using relasi::test::deniedCount;
using relasi::test::RoleCast;

namespace {

Task task(const QString &title, qint64 dueAt, const QString &customerId = {}, const QString &notes = {})
{
    Task t;
    t.title = title;
    t.dueAt = dueAt;
    t.customerId = customerId;
    t.notes = notes;
    return t;
}

QStringList titles(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &t : tasks)
        out << t.title;
    return out;
}

constexpr qint64 hour = 3'600'000;

// The migration that gave tasks their notes column (core/storage/Schema.cpp).
constexpr int kTaskNotesMigration = 6;

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
    const RoleCast cast(f);
    const QString &rep = cast.rep, &otherRep = cast.otherRep, &viewer = cast.viewer, &manager = cast.manager,
                  &mine = cast.mine, &theirs = cast.theirs;
    const qint64 due = ServiceFixture::startMs + hour;

    TaskService asManager(f.as(manager));
    Task forOther = task(QStringLiteral("Visit"), due, theirs);
    forOther.assigneeId = otherRep;
    auto theirTask = asManager.add(forOther);
    REQUIRE(theirTask.ok());

    const auto denials = [&] { return deniedCount(f); };
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
    CHECK(deniedCount(f, viewer) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NOT NULL")) == 0);
}

TEST_CASE("a task's notes are stored, journaled and read back", "[services][tasks]")
{
    ServiceFixture f;
    TaskService tasks(f.owner());
    const QString notes = QStringLiteral("Bring the signed contract.\nAsk about the second branch in Medan.");
    auto id = tasks.add(task(QStringLiteral("Visit Ibu Sari"), ServiceFixture::startMs + hour, {}, notes));
    REQUIRE(id.ok());
    auto got = tasks.get(*id);
    REQUIRE(got.ok());
    CHECK(got->notes == notes);
    // The notes travel with the task's other fields in its one outbox mutation, stamped with them.
    auto stamp = f.owner().journal().fieldHlc(QStringLiteral("task"), *id, QStringLiteral("notes"));
    REQUIRE(stamp.ok());
    CHECK(*stamp > 0);
    QSqlQuery q(f.db());
    REQUIRE(q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'task' AND record_id = ?")));
    q.addBindValue(*id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("second branch in Medan")));

    SECTION("no notes is an empty text, not NULL")
    {
        auto bare = tasks.add(task(QStringLiteral("Call"), 0));
        REQUIRE(bare.ok());
        CHECK(tasks.get(*bare)->notes.isEmpty());
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ? AND notes = ''"), {*bare}) == 1);
    }
    SECTION("a payment card number in the notes is refused")
    {
        const qint64 before = f.scalar(QStringLiteral("SELECT count(*) FROM tasks"));
        auto refused = tasks.add(task(QStringLiteral("Charge"), 0, {}, QStringLiteral("card 4111 1111 1111 1111")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::Invalid);
        CHECK(refused.error().message.startsWith(QStringLiteral("notes:")));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks")) == before);
    }
}

TEST_CASE("listAssigned lists open, done or all tasks, dated and undated", "[services][tasks]")
{
    ServiceFixture f;
    TaskService tasks(f.owner());
    const qint64 now = ServiceFixture::startMs;
    auto later = tasks.add(task(QStringLiteral("later"), now + 48 * hour));
    auto undated = tasks.add(task(QStringLiteral("undated"), 0));
    auto overdue = tasks.add(task(QStringLiteral("overdue"), now - hour));
    auto doneFirst = tasks.add(task(QStringLiteral("done first"), now + hour));
    auto doneUndated = tasks.add(task(QStringLiteral("done undated"), 0));
    REQUIRE((later.ok() && undated.ok() && overdue.ok() && doneFirst.ok() && doneUndated.ok()));
    f.clock().advanceMs(1000);
    REQUIRE(tasks.complete(*doneFirst).ok());
    f.clock().advanceMs(1000);
    REQUIRE(tasks.complete(*doneUndated).ok());

    SECTION("open: dated by due date, then undated")
    {
        auto open = tasks.listAssigned(TaskService::Which::Open);
        REQUIRE(open.ok());
        CHECK(titles(*open) ==
              QStringList{QStringLiteral("overdue"), QStringLiteral("later"), QStringLiteral("undated")});
    }
    SECTION("done: most recently done first")
    {
        auto done = tasks.listAssigned(TaskService::Which::Done);
        REQUIRE(done.ok());
        CHECK(titles(*done) == QStringList{QStringLiteral("done undated"), QStringLiteral("done first")});
    }
    SECTION("all: the open ones, then the done ones")
    {
        auto all = tasks.listAssigned(TaskService::Which::All);
        REQUIRE(all.ok());
        CHECK(titles(*all) == QStringList{QStringLiteral("overdue"), QStringLiteral("later"), QStringLiteral("undated"),
                                          QStringLiteral("done undated"), QStringLiteral("done first")});
    }
    SECTION("a deleted task is not listed")
    {
        REQUIRE(f.db().exec(QStringLiteral("UPDATE tasks SET cl = 2 WHERE title = 'later'")).lastError().type() ==
                QSqlError::NoError);
        CHECK_FALSE(titles(*tasks.listAssigned(TaskService::Which::All)).contains(QStringLiteral("later")));
    }
    SECTION("another assignee's list")
    {
        const QString rep = f.addUser(Role::Sales);
        Task theirs = task(QStringLiteral("rep's"), 0);
        theirs.assigneeId = rep;
        REQUIRE(tasks.add(theirs).ok());
        // The owner may read them; the rep may read their own but not the owner's.
        CHECK(titles(*tasks.listAssigned(TaskService::Which::Open, rep)) == QStringList{QStringLiteral("rep's")});
        TaskService asRep(f.as(rep));
        CHECK(asRep.listAssigned(TaskService::Which::Open).ok());
        CHECK(asRep.listAssigned(TaskService::Which::Open, f.ownerId()).code() == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("a database from before task notes migrates and keeps its tasks", "[storage][tasks]")
{
    REQUIRE(Schema::latestVersion() >= kTaskNotesMigration);
    QTemporaryDir tmp;
    const QString conn = QStringLiteral("task-notes-migration");
    {
        auto opened = Database::openKeyed(tmp.filePath(QStringLiteral("old.db")), conn, SecureBytes::random(32),
                                          Database::Mode::Create);
        REQUIRE(opened.ok());
        QSqlDatabase db = *opened;
        // The schema as a Relasi without task notes left it, with a task in it.
        for (int v = 1; v < kTaskNotesMigration; ++v) {
            for (const QString &sql : Schema::migration(v))
                REQUIRE(Database::exec(db, sql).ok());
        }
        REQUIRE(Database::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kTaskNotesMigration - 1)).ok());
        REQUIRE(Database::exec(db, QStringLiteral("INSERT INTO tasks (id, title, created_at, updated_at) VALUES "
                                                  "('t-1', 'from the old version', 1, 1)"))
                    .ok());

        auto from = Schema::migrate(db);
        REQUIRE(from.ok());
        CHECK(*from == kTaskNotesMigration - 1);
        CHECK(*Schema::userVersion(db) == Schema::latestVersion());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT title, notes, notes IS NULL FROM tasks")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("from the old version"));
        CHECK(q.value(1).toString().isEmpty());
        CHECK_FALSE(q.value(2).toBool());
        CHECK_FALSE(q.next());
        // Running it again (the next open) changes nothing.
        auto again = Schema::migrate(db);
        REQUIRE(again.ok());
        CHECK(*again == Schema::latestVersion());
        db.close();
    }
    Database::close(conn);
}
