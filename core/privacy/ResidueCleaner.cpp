#include "privacy/ResidueCleaner.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
Result<qint64> pragmaInt(QSqlDatabase &db, const char *sql)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return Database::errorFrom(q.lastError(), QString::fromLatin1(sql));
    return q.value(0).toLongLong();
}
} // namespace

Status ResidueCleaner::optimizeSearchIndex(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')")))
        return Database::errorFrom(q.lastError(), QStringLiteral("merging the search index"));
    return {};
}

Result<bool> ResidueCleaner::checkpointTruncate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // One row: busy (1 if another connection prevented a full checkpoint), WAL frames, frames written back.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("checkpointing the WAL"));
    const bool busy = q.value(0).toInt() != 0;
    if (busy)
        qCWarning(lcPrivacy) << "WAL checkpoint incomplete: another connection is reading";
    return !busy;
}

Result<bool> ResidueCleaner::secureDeleteOn(QSqlDatabase &db)
{
    auto v = pragmaInt(db, "PRAGMA secure_delete");
    if (!v)
        return v.error();
    return *v == 1;
}

Result<double> ResidueCleaner::freeFraction(QSqlDatabase &db)
{
    auto pages = pragmaInt(db, "PRAGMA page_count");
    if (!pages)
        return pages.error();
    auto free = pragmaInt(db, "PRAGMA freelist_count");
    if (!free)
        return free.error();
    return *pages > 0 ? double(*free) / double(*pages) : 0.0;
}

Result<bool> ResidueCleaner::vacuumIfDue(QSqlDatabase &db, double threshold)
{
    auto fraction = freeFraction(db);
    if (!fraction)
        return fraction.error();
    if (*fraction < threshold)
        return false;
    if (Status s = Database::exec(db, QStringLiteral("VACUUM")); !s)
        return s.error();
    qCInfo(lcPrivacy) << "vacuumed: free fraction was" << *fraction;
    auto truncated = checkpointTruncate(db);
    if (!truncated)
        return truncated.error();
    return true;
}

} // namespace relasi
