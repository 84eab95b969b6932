#include "tasks/TaskBucketProxy.h"

#include <QDateTime>
#include <QLocale>

namespace relasi {

QString TaskBucketProxy::minutesTimeFormat()
{
    // Some locales' short time format carries seconds ("HH:mm:ss"); due times are set to the minute.
    QString f = QLocale().timeFormat(QLocale::ShortFormat);
    f.remove(QStringLiteral(":ss"));
    f.remove(QStringLiteral(".ss"));
    return f;
}

QString TaskBucketProxy::minutesDateTimeFormat()
{
    return QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + minutesTimeFormat();
}

TaskBucketProxy::TaskBucketProxy(TasksDueModel::Bucket bucket, QObject *parent)
    : QSortFilterProxyModel(parent), m_bucket(bucket)
{
}

bool TaskBucketProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(TasksDueModel::BucketRole).toInt() == int(m_bucket);
}

QString TaskBucketProxy::taskId(int row) const
{
    return index(row, 0).data(TasksDueModel::IdRole).toString();
}

Qt::ItemFlags TaskBucketProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (index.isValid() && index.column() == TasksDueModel::Title)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TaskBucketProxy::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == TasksDueModel::Title && role == Qt::CheckStateRole)
        return Qt::Unchecked; // the model lists open tasks only
    if (index.isValid() && index.column() == TasksDueModel::Due && role == Qt::DisplayRole) {
        const QDateTime due = QSortFilterProxyModel::data(index, role).toDateTime();
        if (!due.isValid())
            return {};
        return QLocale().toString(due, m_bucket == TasksDueModel::Today ? minutesTimeFormat() : minutesDateTimeFormat());
    }
    return QSortFilterProxyModel::data(index, role);
}

bool TaskBucketProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.isValid() && index.column() == TasksDueModel::Title && role == Qt::CheckStateRole) {
        if (Qt::CheckState(value.toInt()) == Qt::Checked)
            Q_EMIT completeRequested(index.data(TasksDueModel::IdRole).toString());
        return true;
    }
    return QSortFilterProxyModel::setData(index, value, role);
}

QVariant TaskBucketProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case TasksDueModel::Title:
            return tr("Task");
        case TasksDueModel::Due:
            return tr("Due");
        case TasksDueModel::CustomerName:
            return tr("Customer");
        case TasksDueModel::Assignee:
            return tr("Assignee");
        default:
            break;
        }
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

} // namespace relasi
