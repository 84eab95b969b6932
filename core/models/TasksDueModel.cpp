#include "models/TasksDueModel.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

TasksDueModel::TasksDueModel(QSqlDatabase db, const Clock &clock, const QString &assigneeId, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_clock(clock), m_assigneeId(assigneeId)
{
    reload();
}

namespace {

// Open live tasks: the terms of the open-task indexes' WHERE (schema migration 8), written the same way so
// SQLite uses them.
const QString kOpen = QStringLiteral("t.done_at IS NULL AND t.cl % 2 = 1");

} // namespace

bool TasksDueModel::execOpenTasks(QSqlQuery &q, const QString &select, const QString &range,
                                  const QVariantList &binds, const QString &tail)
{
    QString sql = select + QStringLiteral(" FROM tasks t WHERE ") + kOpen + QStringLiteral(" AND ") + range;
    if (!m_assigneeId.isEmpty())
        sql += QStringLiteral(" AND t.assignee_id = ?");
    sql += tail;
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_assigneeId.isEmpty())
        q.addBindValue(m_assigneeId);
    return q.exec();
}

qint64 TasksDueModel::countWhere(const QString &range, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    if (!execOpenTasks(q, QStringLiteral("SELECT count(*)"), range, binds, QString()) || !q.next()) {
        qCWarning(lcSearch) << "tasks due count:" << q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

void TasksDueModel::readBucket(Bucket bucket, const QString &range, const QVariantList &binds, int limit)
{
    if (limit <= 0)
        return;
    // Undated tasks by creation; dated ones by due time, which the index delivers in order.
    const bool undated = range.contains(QLatin1String("IS NULL"));
    const QString select = QStringLiteral(
        "SELECT t.id, t.title, (SELECT c.display_name FROM customers c WHERE c.id = t.customer_id), "
        "(SELECT u.name FROM users u WHERE u.id = t.assignee_id), t.due_at");
    const QString tail = (undated ? QStringLiteral(" ORDER BY t.created_at, t.id") : QStringLiteral(" ORDER BY t.due_at"))
        + QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db);
    if (!execOpenTasks(q, select, range, binds, tail)) {
        qCWarning(lcSearch) << "tasks due:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        Task t;
        t.id = q.value(0).toString();
        t.title = q.value(1).toString();
        t.customerName = q.value(2).toString();
        t.assigneeName = q.value(3).toString();
        if (!q.value(4).isNull())
            t.dueAt = q.value(4).toLongLong();
        t.bucket = bucket;
        m_rows.append(t);
    }
}

void TasksDueModel::reload()
{
    m_rows.clear();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::LocalTime);
    const qint64 todayStart = now.date().startOfDay().toMSecsSinceEpoch();
    const qint64 tomorrowStart = now.date().addDays(1).startOfDay().toMSecsSinceEpoch();

    const QString overdue = QStringLiteral("t.due_at < ?");
    const QString today = QStringLiteral("t.due_at >= ? AND t.due_at < ?");
    const QString later = QStringLiteral("t.due_at >= ?");
    const QString undated = QStringLiteral("t.due_at IS NULL");
    m_counts[Overdue] = countWhere(overdue, {todayStart});
    m_counts[Today] = countWhere(today, {todayStart, tomorrowStart});
    const qint64 laterCount = countWhere(later, {tomorrowStart});
    m_counts[Upcoming] = laterCount + countWhere(undated, {});

    readBucket(Overdue, overdue, {todayStart}, bucketLimit);
    readBucket(Today, today, {todayStart, tomorrowStart}, bucketLimit);
    readBucket(Upcoming, later, {tomorrowStart}, bucketLimit);
    readBucket(Upcoming, undated, {}, bucketLimit - int(qMin<qint64>(laterCount, bucketLimit)));
}

void TasksDueModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void TasksDueModel::onChanged(const QString &entity, const QStringList &ids)
{
    Q_UNUSED(ids);
    if (entity == QStringLiteral("task") || entity == QStringLiteral("customer") || entity == QStringLiteral("user"))
        refresh();
}

int TasksDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TasksDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == BucketRole)
        return int(t.bucket);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case BucketColumn: {
        static const char *const names[] = {"overdue", "today", "upcoming"};
        return QString::fromLatin1(names[t.bucket]);
    }
    case Title:
        return t.title;
    case Due:
        return t.dueAt.isNull() ? QVariant() : QVariant(QDateTime::fromMSecsSinceEpoch(t.dueAt.toLongLong(), Qt::LocalTime));
    case CustomerName:
        return t.customerName;
    case Assignee:
        return t.assigneeName;
    default:
        return {};
    }
}

QVariant TasksDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {QT_TR_NOOP("When"), QT_TR_NOOP("Task"), QT_TR_NOOP("Due"),
                                                   QT_TR_NOOP("Customer"), QT_TR_NOOP("Assignee")};
    return tr(names[section]);
}

} // namespace relasi
