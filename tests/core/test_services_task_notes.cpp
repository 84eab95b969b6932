#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "crypto/SecureBytes.h"
#include "services/TaskService.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// The migration that gave tasks their notes column (core/storage/Schema.cpp).
constexpr int kTaskNotesMigration = 6;

constexpr qint64 hour = 3'600'000;

Task task(const QString &title, qint64 dueAt, const QString &notes = {})
{
    Task t;
    t.title = title;
    t.dueAt = dueAt;
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

} // namespace

TEST_CASE("a task's notes are stored, journaled and read back", "[services][tasks]")
{
    ServiceFixture f;
    TaskService tasks(f.owner());
    const QString notes = QStringLiteral("Bring the signed contract.\nAsk about the second branch in Medan.");
    auto id = tasks.add(task(QStringLiteral("Visit Ibu Sari"), ServiceFixture::startMs + hour, notes));
    REQUIRE(id.ok());
    auto got = tasks.get(*id);
    REQUIRE(got.ok());
    CHECK(got->notes == notes);
    // The notes travel with the task's other fields in its one outbox mutation.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM field_clock WHERE entity = 'task' AND record_id = ? AND "
                                  "field = 'notes'"),
                   {*id}) == 1);
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
        auto refused = tasks.add(task(QStringLiteral("Charge"), 0, QStringLiteral("card 4111 1111 1111 1111")));
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
        CHECK(titles(*open) == QStringList{QStringLiteral("overdue"), QStringLiteral("later"), QStringLiteral("undated")});
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
