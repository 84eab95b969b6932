#include "reports/DashboardStats.h"

#include "common/Clock.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace relasi {

namespace {

// " AND <the customer of alias.customer_id is visible>" for a sales rep; nothing for the other roles
// (they read every record). The caller binds :scope_user when `binds` got it.
QString customerScope(const Session &me, const QString &alias, QVariantMap &binds)
{
    if (me.role != Role::Sales)
        return {};
    binds.insert(QStringLiteral(":scope_user"), me.userId);
    return QStringLiteral(" AND EXISTS (SELECT 1 FROM customers c WHERE c.id = %1.customer_id AND %2)")
        .arg(alias, Policy::customerVisibilitySql(me, QStringLiteral("c")));
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantMap &binds, const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::errorFrom(q.lastError(), what);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return Database::errorFrom(q.lastError(), what);
    return q;
}

const QString kDeal = QStringLiteral("deal");

} // namespace

DashboardStats::DashboardStats(ServiceContext &ctx) : m_ctx(ctx) {}

QVector<qint64> DashboardStats::monthBoundaries(qint64 nowMs, int months)
{
    QVector<qint64> out;
    if (months <= 0)
        return out;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = months - 1; i >= -1; --i)
        out << QDateTime(thisMonth.addMonths(-i), QTime(0, 0)).toMSecsSinceEpoch();
    return out;
}

Result<PipelineValueStats> DashboardStats::pipelineValue(const QString &currency)
{
    if (Status s = m_ctx.require(Permission::ReadRecords, kDeal); !s)
        return s.error();
    QVariantMap binds{{QStringLiteral(":currency"), currency}};
    const QString sql = QStringLiteral("SELECT d.stage, count(*), sum(d.amount_minor) FROM deals d "
                                       "WHERE d.cl % 2 = 1 AND d.currency = :currency%1 GROUP BY d.stage")
                            .arg(customerScope(m_ctx.session(), QStringLiteral("d"), binds));
    auto q = run(m_ctx.db(), sql, binds, QStringLiteral("pipeline value"));
    if (!q)
        return q.error();
    QHash<QString, StageValue> byStage;
    while (q->next()) {
        // sum() over integers is an exact 64-bit integer in SQLite (an overflow is an error, never rounded).
        const QString stage = q->value(0).toString();
        byStage.insert(stage, StageValue{stage, q->value(1).toLongLong(), q->value(2).toLongLong()});
    }
    PipelineValueStats out;
    out.currency = currency;
    for (const QString &stage : DealService::stages())
        out.stages << byStage.value(stage, StageValue{stage, 0, 0});
    return out;
}

Result<WonRevenueStats> DashboardStats::wonRevenue(const QString &currency, int months)
{
    if (Status s = m_ctx.require(Permission::ReadRecords, kDeal); !s)
        return s.error();
    WonRevenueStats out;
    out.currency = currency;
    if (months <= 0)
        return out;
    const QVector<qint64> bounds = monthBoundaries(m_ctx.clock().nowMs(), months);
    // The month index of closed_at, as a CASE over the bound month starts (no date functions: local time
    // and its daylight-saving changes are computed once here, in Qt).
    QVariantMap binds{{QStringLiteral(":currency"), currency},
                      {QStringLiteral(":from"), bounds.first()},
                      {QStringLiteral(":to"), bounds.last()}};
    QString bucket = QStringLiteral("CASE");
    for (int i = 1; i < months; ++i) {
        bucket += QStringLiteral(" WHEN d.closed_at < :b%1 THEN %2").arg(i).arg(i - 1);
        binds.insert(QStringLiteral(":b%1").arg(i), bounds.at(i));
    }
    bucket += QStringLiteral(" ELSE %1 END").arg(months - 1);
    const QString sql = QStringLiteral("SELECT %1 AS m, count(*), sum(d.amount_minor) FROM deals d "
                                       "WHERE d.cl % 2 = 1 AND d.stage = 'won' AND d.currency = :currency "
                                       "AND d.closed_at >= :from AND d.closed_at < :to%2 GROUP BY m")
                            .arg(bucket, customerScope(m_ctx.session(), QStringLiteral("d"), binds));
    auto q = run(m_ctx.db(), sql, binds, QStringLiteral("won revenue"));
    if (!q)
        return q.error();
    const QDate first = QDateTime::fromMSecsSinceEpoch(bounds.first()).date();
    for (int i = 0; i < months; ++i)
        out.months << MonthValue{first.addMonths(i), 0, 0};
    while (q->next()) {
        const int m = q->value(0).toInt();
        if (m >= 0 && m < months) {
            out.months[m].count = q->value(1).toLongLong();
            out.months[m].totalMinor = q->value(2).toLongLong();
        }
    }
    return out;
}

Result<ActivityStats> DashboardStats::activities(int days)
{
    if (Status s = m_ctx.require(Permission::ReadRecords, QStringLiteral("interaction")); !s)
        return s.error();
    const qint64 now = m_ctx.clock().nowMs();
    QVariantMap binds{{QStringLiteral(":from"), now - qint64(qMax(days, 0)) * 24 * 3600 * 1000},
                      {QStringLiteral(":now"), now}};
    const QString sql = QStringLiteral("SELECT i.channel, count(*) FROM interactions i WHERE i.cl % 2 = 1 "
                                       "AND i.occurred_at >= :from AND i.occurred_at <= :now%1 GROUP BY i.channel")
                            .arg(customerScope(m_ctx.session(), QStringLiteral("i"), binds));
    auto q = run(m_ctx.db(), sql, binds, QStringLiteral("activities by channel"));
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    ActivityStats out;
    out.days = days;
    for (const QString &channel : InteractionService::channels()) {
        out.channels << ChannelCount{channel, counts.value(channel)};
        out.total += counts.value(channel);
    }
    return out;
}

Result<OverdueTaskStats> DashboardStats::overdueTasks(int limit)
{
    if (Status s = m_ctx.require(Permission::ReadRecords, QStringLiteral("task")); !s)
        return s.error();
    const Session &me = m_ctx.session();
    QVariantMap binds{{QStringLiteral(":now"), m_ctx.clock().nowMs()}};
    QString where = QStringLiteral("t.cl % 2 = 1 AND t.done_at IS NULL AND t.due_at IS NOT NULL AND t.due_at < :now");
    if (me.role == Role::Sales) {
        // Their own tasks, and the tasks about customers they may read.
        binds.insert(QStringLiteral(":scope_user"), me.userId);
        where += QStringLiteral(" AND (t.assignee_id = :scope_user OR EXISTS (SELECT 1 FROM customers c "
                                "WHERE c.id = t.customer_id AND %1))")
                     .arg(Policy::customerVisibilitySql(me, QStringLiteral("c")));
    }
    auto count = run(m_ctx.db(), QStringLiteral("SELECT count(*) FROM tasks t WHERE ") + where, binds,
                     QStringLiteral("counting overdue tasks"));
    if (!count)
        return count.error();
    OverdueTaskStats out;
    if (count->next())
        out.count = count->value(0).toLongLong();
    if (limit <= 0 || out.count == 0)
        return out;
    binds.insert(QStringLiteral(":limit"), limit);
    auto q = run(m_ctx.db(),
                 QStringLiteral("SELECT t.id, t.title, t.due_at, t.customer_id, "
                                "(SELECT cu.display_name FROM customers cu WHERE cu.id = t.customer_id "
                                "AND cu.cl % 2 = 1) FROM tasks t WHERE %1 ORDER BY t.due_at, t.id LIMIT :limit")
                     .arg(where),
                 binds, QStringLiteral("listing overdue tasks"));
    if (!q)
        return q.error();
    while (q->next())
        out.first << OverdueTask{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                                 q->value(3).toString(), q->value(4).toString()};
    return out;
}

} // namespace relasi
