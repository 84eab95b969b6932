#pragma once

#include "models/TasksDueModel.h"

#include <QSortFilterProxyModel>

namespace relasi {

// One bucket (overdue, today, upcoming) of a TasksDueModel, with a check box on the title column for
// "done". Ticking it does not change data here: it emits completeRequested, and the page asks TaskService
// (the model then refreshes through the change notifier).
class TaskBucketProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    TaskBucketProxy(TasksDueModel::Bucket bucket, QObject *parent = nullptr);

    TasksDueModel::Bucket bucket() const { return m_bucket; }
    QString taskId(int row) const;

    // The locale's short time / date-and-time format without seconds.
    static QString minutesTimeFormat();
    static QString minutesDateTimeFormat();

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void completeRequested(const QString &taskId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TasksDueModel::Bucket m_bucket;
};

} // namespace relasi
