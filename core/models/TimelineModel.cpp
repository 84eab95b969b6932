#include "models/TimelineModel.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

TimelineModel::TimelineModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db)) {}

void TimelineModel::setCustomerId(const QString &customerId)
{
    beginResetModel();
    m_customerId = customerId;
    reload();
    endResetModel();
}

void TimelineModel::reload()
{
    m_rows.clear();
    if (m_customerId.isEmpty())
        return;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.channel, i.direction, i.subject, i.outcome, u.name, i.body, i.occurred_at, i.duration_s "
        "FROM interactions i LEFT JOIN users u ON u.id = i.user_id "
        "WHERE i.customer_id = ? AND i.cl % 2 = 1 ORDER BY i.occurred_at DESC, i.id DESC LIMIT %1")
                  .arg(maxRows));
    q.addBindValue(m_customerId);
    if (!q.exec()) {
        qCWarning(lcSearch) << "timeline:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toString();
        e.channel = q.value(1).toString();
        e.direction = q.value(2).toString();
        e.subject = q.value(3).toString();
        e.outcome = q.value(4).toString();
        e.userName = q.value(5).toString();
        e.body = q.value(6).toString();
        e.occurredAt = q.value(7).toLongLong();
        e.durationS = q.value(8).isNull() ? QVariant() : QVariant(q.value(8).toLongLong());
        m_rows.append(e);
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == BodyRole)
        return e.body;
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (index.column()) {
    case When:
        return role == RawRole ? QVariant(e.occurredAt)
                               : QVariant(QDateTime::fromMSecsSinceEpoch(e.occurredAt, Qt::LocalTime));
    case Channel:
        return e.channel;
    case Direction:
        return e.direction;
    case Subject:
        return e.subject;
    case Outcome:
        return e.outcome;
    case User:
        return e.userName;
    case Duration:
        return e.durationS;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {QT_TR_NOOP("When"),    QT_TR_NOOP("Channel"),
                                                   QT_TR_NOOP("Direction"), QT_TR_NOOP("Subject"),
                                                   QT_TR_NOOP("Outcome"), QT_TR_NOOP("User"),
                                                   QT_TR_NOOP("Duration")};
    return tr(names[section]);
}

void TimelineModel::onChanged(const QString &entity, const QStringList &ids)
{
    if (m_customerId.isEmpty())
        return;
    const bool mine = entity == QStringLiteral("interaction") ||
                      (entity == QStringLiteral("customer") && ids.contains(m_customerId)) ||
                      entity == QStringLiteral("user");
    if (!mine)
        return;
    beginResetModel();
    reload();
    endResetModel();
}

} // namespace relasi
