#include "privacy/RetentionService.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "privacy/ErasureService.h"
#include "privacy/ResidueCleaner.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
const QString kLogMonths = QStringLiteral("retention.log_months");
const QString kInactiveYears = QStringLiteral("retention.inactive_years");
const QString kUsageDays = QStringLiteral("retention.usage_days");
const QString kLastRun = QStringLiteral("retention.last_run_at");
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

Result<QString> readSetting(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading setting %1").arg(key));
    return q.next() ? q.value(0).toString() : QString();
}

Status writeSetting(QSqlDatabase &db, const QString &key, const QString &value, qint64 now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(now);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("writing setting %1").arg(key));
    return {};
}

// Log entries past the cutoff, of customers not under legal hold: (id, customer id).
const char *const kOldLogs = "SELECT i.id, i.customer_id FROM interactions i LEFT JOIN customers c ON c.id = "
                             "i.customer_id WHERE i.occurred_at < ? AND COALESCE(c.legal_hold, 0) = 0 ORDER BY i.id";

// Customers with no activity since the cutoff (bound five times), not held, not anonymised yet.
// last_contact_at carries the newest log entry's time, so deleting old log entries changes nothing here.
const char *const kInactive =
    "SELECT c.id FROM customers c WHERE c.legal_hold = 0 AND c.source <> ? "
    "AND MAX(c.created_at, c.updated_at, COALESCE(c.last_contact_at, 0)) < ? "
    "AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = c.id AND d.updated_at >= ?) "
    "AND NOT EXISTS (SELECT 1 FROM payments p JOIN deals d ON d.id = p.deal_id WHERE d.customer_id = c.id "
    "AND p.paid_at >= ?) "
    "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.customer_id = c.id AND t.updated_at >= ?) ORDER BY c.id";
} // namespace

QJsonObject RetentionPolicy::toJson() const
{
    return QJsonObject{{QStringLiteral("log_months"), logMonths},
                       {QStringLiteral("inactive_years"), inactiveYears},
                       {QStringLiteral("usage_days"), usageDays}};
}

QJsonObject RetentionCounts::toJson() const
{
    auto rule = [](qint64 count, bool enabled) {
        return QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("enabled"), enabled}};
    };
    QJsonObject usage = rule(usageEvents, policy.usageDays > 0);
    usage.insert(QStringLiteral("skipped"), usageSkipped);
    return QJsonObject{{QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("ran_at"), ranAtMs},
                       {QStringLiteral("rules"), QJsonObject{{QStringLiteral("logs"), rule(logs, policy.logMonths > 0)},
                                                             {QStringLiteral("inactive_customers"), rule(customers, policy.inactiveYears > 0)},
                                                             {QStringLiteral("usage"), usage}}}};
}

RetentionService::RetentionService(ServiceContext &ctx) : m_ctx(ctx) {}

qint64 RetentionService::logCutoffMs(qint64 nowMs, int months)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addMonths(-months).toMSecsSinceEpoch();
}

qint64 RetentionService::inactiveCutoffMs(qint64 nowMs, int years)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addYears(-years).toMSecsSinceEpoch();
}

qint64 RetentionService::usageCutoffMs(qint64 nowMs, int days)
{
    return nowMs - qint64(days) * kDayMs;
}

Result<RetentionPolicy> RetentionService::loadPolicy(QSqlDatabase &db)
{
    RetentionPolicy p;
    for (const auto &[key, into] : {std::pair{kLogMonths, &p.logMonths}, std::pair{kInactiveYears, &p.inactiveYears},
                                    std::pair{kUsageDays, &p.usageDays}}) {
        auto v = readSetting(db, key);
        if (!v)
            return v.error();
        *into = v->toInt();
    }
    return p;
}

Status RetentionService::setPolicy(const RetentionPolicy &policy)
{
    if (Status s = m_ctx.require(Permission::ConfigureSettings, QStringLiteral("settings")); !s)
        return s;
    if (policy.logMonths < 0 || policy.logMonths > 1200 || policy.inactiveYears < 0 || policy.inactiveYears > 100 ||
        policy.usageDays < 0 || policy.usageDays > 36500)
        return Error(ErrorCode::Invalid, QStringLiteral("retention periods must be 0 (off) or a positive number of "
                                                        "months (up to 1200), years (up to 100) or days (up to 36500)"));
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    const qint64 now = m_ctx.clock().nowMs();
    for (const auto &[key, value] : {std::pair{kLogMonths, policy.logMonths}, std::pair{kInactiveYears, policy.inactiveYears},
                                     std::pair{kUsageDays, policy.usageDays}}) {
        if (Status s = writeSetting(m_ctx.db(), key, QString::number(value), now); !s)
            return s;
    }
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("retention_set"), QStringLiteral("settings"),
                                      QStringLiteral("retention"), policy.toJson());
        !a)
        return a.error();
    tx.touched(QStringLiteral("settings"), QStringLiteral("retention"));
    return tx.commit();
}

Result<qint64> RetentionService::lastRunMs(QSqlDatabase &db)
{
    auto v = readSetting(db, kLastRun);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<bool> RetentionService::shouldRunNow(qint64 nowMs)
{
    auto policy = loadPolicy(m_ctx.db());
    if (!policy)
        return policy.error();
    if (policy->isEmpty())
        return false;
    auto last = lastRunMs(m_ctx.db());
    if (!last)
        return last.error();
    return *last == 0 || nowMs - *last >= kDayMs || *last - nowMs >= kDayMs;
}

Result<std::optional<RetentionCounts>> RetentionService::runIfDue()
{
    auto due = shouldRunNow(m_ctx.clock().nowMs());
    if (!due)
        return due.error();
    // Only a session that may run it (the owner) runs it; others never trigger a denial entry for it.
    if (!*due || !Policy::allows(m_ctx.session(), Permission::ConfigureSettings) ||
        !Policy::allows(m_ctx.session(), Permission::EraseData))
        return std::optional<RetentionCounts>();
    auto counts = run();
    if (!counts)
        return counts.error();
    return std::optional<RetentionCounts>(*counts);
}

Result<RetentionCounts> RetentionService::preview()
{
    if (Status s = m_ctx.require(Permission::ConfigureSettings, QStringLiteral("settings"), QStringLiteral("retention"));
        !s)
        return s.error();
    return apply(true);
}

Result<RetentionCounts> RetentionService::run()
{
    if (Status s = m_ctx.require(Permission::ConfigureSettings, QStringLiteral("settings"), QStringLiteral("retention"));
        !s)
        return s.error();
    if (Status s = m_ctx.require(Permission::EraseData, QStringLiteral("settings"), QStringLiteral("retention")); !s)
        return s.error();
    return apply(false);
}

Result<qint64> RetentionService::usage(qint64 cutoffMs, bool dryRun)
{
    if (m_usagePurger)
        return m_usagePurger(cutoffMs, dryRun);
    // No purger given: a usage_events table, if this workspace has one, with its time column.
    QSqlQuery q(m_ctx.db());
    if (!q.exec(QStringLiteral("PRAGMA table_info(usage_events)")))
        return Database::errorFrom(q.lastError(), QStringLiteral("looking for usage data"));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    QString timeColumn;
    for (const char *candidate : {"occurred_at", "at", "created_at", "recorded_at"}) {
        if (columns.contains(QLatin1String(candidate))) {
            timeColumn = QString::fromLatin1(candidate);
            break;
        }
    }
    if (timeColumn.isEmpty())
        return qint64(-1); // no usage store: skipped
    // timeColumn is one of the constants above, never input.
    q.prepare(dryRun ? QStringLiteral("SELECT COUNT(*) FROM usage_events WHERE %1 < ?").arg(timeColumn)
                     : QStringLiteral("DELETE FROM usage_events WHERE %1 < ?").arg(timeColumn));
    q.addBindValue(cutoffMs);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("dropping old usage data"));
    if (dryRun)
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    return qint64(q.numRowsAffected());
}

Result<RetentionCounts> RetentionService::apply(bool dryRun)
{
    auto policy = loadPolicy(m_ctx.db());
    if (!policy)
        return policy.error();
    const qint64 now = m_ctx.clock().nowMs();
    RetentionCounts counts;
    counts.dryRun = dryRun;
    counts.ranAtMs = now;
    counts.policy = *policy;

    WriteTransaction tx(m_ctx); // a dry run reads inside it too (one consistent view) and rolls back
    if (!tx.isActive())
        return tx.status().error();
    ErasureService erasure(m_ctx);
    ErasureReport report;
    QSqlQuery q(m_ctx.db());

    if (policy->logMonths > 0) {
        q.prepare(QString::fromUtf8(kOldLogs));
        q.addBindValue(logCutoffMs(now, policy->logMonths));
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("finding old log entries"));
        QList<std::pair<QString, QString>> logs;
        while (q.next())
            logs.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        counts.logs = logs.size();
        if (!dryRun) {
            for (const auto &[id, customer] : std::as_const(logs)) {
                if (Status s = erasure.eraseRowInTransaction(QStringLiteral("interaction"), QStringLiteral("interactions"),
                                                             id, customer, report);
                    !s)
                    return s.error();
            }
        }
    }
    if (policy->inactiveYears > 0) {
        const qint64 cutoff = inactiveCutoffMs(now, policy->inactiveYears);
        q.prepare(QString::fromUtf8(kInactive));
        q.addBindValue(ErasureService::anonymisedSource());
        for (int i = 0; i < 4; ++i)
            q.addBindValue(cutoff);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("finding inactive customers"));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        counts.customers = ids.size();
        if (!dryRun) {
            for (const QString &id : std::as_const(ids)) {
                if (auto r = erasure.anonymizeInTransaction(id, tx); !r)
                    return r.error();
            }
        }
    }
    if (policy->usageDays > 0) {
        auto dropped = usage(usageCutoffMs(now, policy->usageDays), dryRun);
        if (!dropped)
            return dropped.error();
        counts.usageSkipped = *dropped < 0;
        counts.usageEvents = *dropped < 0 ? 0 : *dropped;
    }
    if (dryRun) {
        tx.rollback();
        return counts;
    }
    if (counts.customers > 0) {
        if (Status s = ResidueCleaner::optimizeSearchIndex(m_ctx.db()); !s)
            return s.error();
    }
    if (Status s = writeSetting(m_ctx.db(), kLastRun, QString::number(now), now); !s)
        return s.error();
    QJsonObject details{{QStringLiteral("logs"), counts.logs},
                        {QStringLiteral("inactive_customers"), counts.customers},
                        {QStringLiteral("usage_events"), counts.usageEvents}};
    if (counts.usageSkipped)
        details.insert(QStringLiteral("usage_skipped"), true);
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("retention_run"),
                                      QStringLiteral("settings"), QStringLiteral("retention"), details);
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcPrivacy) << "retention run:" << counts.logs << "log entries," << counts.customers << "customers,"
                      << counts.usageEvents << "usage events";
    if (counts.logs + counts.customers + counts.usageEvents > 0) {
        if (Status s = erasure.finish(report); !s)
            return s.error();
    }
    return counts;
}

} // namespace relasi
