#include "privacy/UsageLog.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

QJsonObject UsageEvent::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), double(id)},
        {QStringLiteral("occurred_at"),
            QDateTime::fromMSecsSinceEpoch(occurredAt, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), kind}, {QStringLiteral("name"), name},
        {QStringLiteral("duration_ms"), durationMs >= 0 ? QJsonValue(double(durationMs)) : QJsonValue()}};
}

UsageLog::UsageLog(ServiceContext &ctx)
    : m_ctx(ctx)
{
}

bool UsageLog::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const ushort u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-'))
            return false;
    }
    return true;
}

Result<bool> UsageLog::isOptedIn()
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(optInKey(m_ctx.session().userId));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the usage setting"));
    return q.next() && q.value(0).toString() == QLatin1String("1");
}

Status UsageLog::setOptedIn(bool optedIn)
{
    auto now = isOptedIn();
    if (!now)
        return now.error();
    if (*now == optedIn)
        return {};
    const QString key = optInKey(m_ctx.session().userId);
    const qint64 at = m_ctx.clock().nowMs();
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(optedIn ? QStringLiteral("1") : QStringLiteral("0"));
    q.addBindValue(at);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("writing the usage setting"));
    if (auto a = m_ctx.audit().append(m_ctx.session().userId,
            optedIn ? QStringLiteral("usage_opt_in") : QStringLiteral("usage_opt_out"), QStringLiteral("user"),
            m_ctx.session().userId);
        !a)
        return a.error();
    return tx.commit();
}

Result<bool> UsageLog::record(const QString &kind, const QString &name, qint64 durationMs)
{
    if (!isValidName(name))
        return Error(ErrorCode::Invalid, QStringLiteral("usage event names are identifiers (a-z 0-9 . _ -)"));
    auto on = isOptedIn();
    if (!on)
        return on.error();
    if (!*on)
        return false;
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("INSERT INTO usage_events (user_id, occurred_at, kind, name, duration_ms) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(m_ctx.session().userId);
    q.addBindValue(m_ctx.clock().nowMs());
    q.addBindValue(kind);
    q.addBindValue(name);
    q.addBindValue(durationMs >= 0 ? QVariant(durationMs) : QVariant());
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("recording a usage event"));
    return true;
}

Result<bool> UsageLog::screenOpened(const QString &screen)
{
    return record(QStringLiteral("screen"), screen, -1);
}

Result<bool> UsageLog::timeSpent(const QString &screen, qint64 durationMs)
{
    if (durationMs < 0)
        return Error(ErrorCode::Invalid, QStringLiteral("negative duration"));
    return record(QStringLiteral("time"), screen, durationMs);
}

Result<bool> UsageLog::action(const QString &name)
{
    return record(QStringLiteral("action"), name, -1);
}

Result<QList<UsageEvent>> UsageLog::myEvents()
{
    QSqlQuery q(m_ctx.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, user_id, occurred_at, kind, name, duration_ms FROM usage_events "
                             "WHERE user_id = ? ORDER BY occurred_at, id"));
    q.addBindValue(m_ctx.session().userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading usage events"));
    QList<UsageEvent> out;
    while (q.next()) {
        UsageEvent e;
        e.id = q.value(0).toLongLong();
        e.userId = q.value(1).toString();
        e.occurredAt = q.value(2).toLongLong();
        e.kind = q.value(3).toString();
        e.name = q.value(4).toString();
        e.durationMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        out << e;
    }
    return out;
}

Result<QJsonObject> UsageLog::mySummary()
{
    QSqlQuery q(m_ctx.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, name, COUNT(*), COALESCE(SUM(duration_ms), 0) FROM usage_events "
                             "WHERE user_id = ? GROUP BY kind, name ORDER BY kind, name"));
    q.addBindValue(m_ctx.session().userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("summarising usage events"));
    QJsonArray rows;
    while (q.next())
        rows.append(QJsonObject {{QStringLiteral("kind"), q.value(0).toString()},
            {QStringLiteral("name"), q.value(1).toString()}, {QStringLiteral("count"), double(q.value(2).toLongLong())},
            {QStringLiteral("total_ms"), double(q.value(3).toLongLong())}});
    return QJsonObject {{QStringLiteral("by_name"), rows}};
}

Result<qint64> UsageLog::deleteMine()
{
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("DELETE FROM usage_events WHERE user_id = ?"));
    q.addBindValue(m_ctx.session().userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("deleting usage events"));
    const qint64 n = q.numRowsAffected();
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("usage_delete"), QStringLiteral("user"),
            m_ctx.session().userId, QJsonObject {{QStringLiteral("count"), double(n)}});
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcPrivacy) << "usage events deleted:" << n;
    return n;
}

Result<qint64> UsageLog::purgeOlderThan(QSqlDatabase &db, qint64 cutoffMs, bool dryRun)
{
    QSqlQuery q(db);
    q.prepare(dryRun ? QStringLiteral("SELECT COUNT(*) FROM usage_events WHERE occurred_at < ?")
                     : QStringLiteral("DELETE FROM usage_events WHERE occurred_at < ?"));
    q.addBindValue(cutoffMs);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("dropping old usage events"));
    if (dryRun)
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    return qint64(q.numRowsAffected());
}

} // namespace relasi
