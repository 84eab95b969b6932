#include "storage/Schema.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

// Migration 1: the workspace itself — who may sign in, the business, settings.
// Times are UTC milliseconds; identifiers are UUID text.
const char *const kMigration1[] = {
    R"SQL(CREATE TABLE workspace_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT
    ))SQL",
    R"SQL(CREATE TABLE settings (
        key        TEXT PRIMARY KEY NOT NULL,
        value      TEXT,
        updated_at INTEGER NOT NULL
    ))SQL",
    R"SQL(CREATE TABLE users (
        id                   TEXT PRIMARY KEY NOT NULL,
        name                 TEXT NOT NULL,
        email                TEXT NOT NULL UNIQUE,
        phone                TEXT,
        role                 TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'sales', 'viewer')),
        active               INTEGER NOT NULL DEFAULT 1,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        created_at           INTEGER NOT NULL,
        updated_at           INTEGER NOT NULL
    ))SQL",
    R"SQL(CREATE TABLE business_profile (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        name       TEXT NOT NULL DEFAULT '',
        address    TEXT NOT NULL DEFAULT '',
        tax_id     TEXT NOT NULL DEFAULT '',
        currency   TEXT NOT NULL DEFAULT 'IDR',
        country    TEXT NOT NULL DEFAULT 'ID',
        locale     TEXT NOT NULL DEFAULT 'id_ID',
        updated_at INTEGER NOT NULL
    ))SQL",
};

template<size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    out.reserve(int(N));
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

int Schema::latestVersion()
{
    return 1;
}

QStringList Schema::migration(int version)
{
    switch (version) {
    case 1:
        return toList(kMigration1);
    default:
        return {};
    }
}

Result<int> Schema::userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the schema version"));
    return q.value(0).toInt();
}

Result<int> Schema::migrate(QSqlDatabase &db)
{
    auto found = userVersion(db);
    if (!found)
        return found.error();
    const int from = *found;
    if (from > latestVersion()) {
        return Error(ErrorCode::NewerVersion,
                     QStringLiteral("the workspace has schema version %1; this Relasi understands up to %2")
                         .arg(from)
                         .arg(latestVersion()));
    }
    for (int v = from + 1; v <= latestVersion(); ++v) {
        if (!db.transaction())
            return Database::errorFrom(db.lastError(), QStringLiteral("starting migration %1").arg(v));
        QSqlQuery q(db);
        for (const QString &sql : migration(v)) {
            if (!q.exec(sql)) {
                Error e = Database::errorFrom(q.lastError(), QStringLiteral("migration %1").arg(v));
                db.rollback();
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v))) {
            Error e = Database::errorFrom(q.lastError(), QStringLiteral("recording migration %1").arg(v));
            db.rollback();
            return e;
        }
        if (!db.commit())
            return Database::errorFrom(db.lastError(), QStringLiteral("committing migration %1").arg(v));
        qCInfo(lcStorage) << "migrated schema to version" << v;
    }
    return from;
}

} // namespace relasi
