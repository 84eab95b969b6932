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

void TasksDueModel::reload()
{
    m_rows.clear();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::LocalTime);
    const qint64 todayStart = now.date().startOfDay().toMSecsSinceEpoch();
    const qint64 tomorrowStart = now.date().addDays(1).startOfDay().toMSecsSinceEpoch();

    // Dated tasks by due time, then undated ones (upcoming, oldest first).
    QString sql = QStringLiteral("SELECT t.id, t.title, c.display_name, u.name, t.due_at FROM tasks t "
                                 "LEFT JOIN customers c ON c.id = t.customer_id "
                                 "LEFT JOIN users u ON u.id = t.assignee_id "
                                 "WHERE t.done_at IS NULL AND t.cl % 2 = 1");
    if (!m_assigneeId.isEmpty())
        sql += QStringLiteral(" AND t.assignee_id = ?");
    sql += QStringLiteral(" ORDER BY t.due_at IS NULL, t.due_at, t.created_at, t.id LIMIT %1").arg(maxRows);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!m_assigneeId.isEmpty())
        q.addBindValue(m_assigneeId);
    if (!q.exec()) {
        qCWarning(lcSearch) << "tasks due:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        Task t;
        t.id = q.value(0).toString();
        t.title = q.value(1).toString();
        t.customerName = q.value(2).toString();
        t.assigneeName = q.value(3).toString();
        if (!q.value(4).isNull()) {
            const qint64 due = q.value(4).toLongLong();
            t.dueAt = due;
            t.bucket = due < todayStart ? Overdue : (due < tomorrowStart ? Today : Upcoming);
        }
        m_rows.append(t);
    }
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
