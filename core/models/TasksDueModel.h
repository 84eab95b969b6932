#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

class QSqlQuery;

namespace relasi {

class Clock;

// Open tasks by due time: overdue (before today), today, upcoming (later, or no due time), each
// ordered by due time. Day boundaries are the local time zone's; "now" comes from the injected clock.
//
// Each bucket holds at most bucketLimit rows (the earliest due; in Upcoming the undated ones come after
// the dated ones), read in due order straight off the open-task index (schema migration 8), and
// bucketCount() says how many the bucket has in all: a large workspace is never read whole.
class TasksDueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Bucket { Overdue, Today, Upcoming };
    enum Column { BucketColumn, Title, Due, CustomerName, Assignee, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, BucketRole };
    static constexpr int bucketLimit = 200;

    // assigneeId: only that user's tasks; empty = everyone's.
    TasksDueModel(QSqlDatabase db, const Clock &clock, const QString &assigneeId = QString(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How many open tasks the bucket has in all (its rows are the first bucketLimit of them).
    qint64 bucketCount(Bucket bucket) const { return m_counts[bucket]; }

public Q_SLOTS:
    void refresh();
    void onChanged(const QString &entity, const QStringList &ids);

private:
    struct Task {
        QString id, title, customerName, assigneeName;
        QVariant dueAt;
        Bucket bucket = Upcoming;
    };
    void reload();
    void readBucket(Bucket bucket, const QString &range, const QVariantList &binds, int limit);
    qint64 countWhere(const QString &range, const QVariantList &binds);
    // Prepares `select` over the open tasks in `range` (and of the assignee, if one is set), then `tail`; binds
    // `binds` and the assignee, and executes it.
    bool execOpenTasks(QSqlQuery &q, const QString &select, const QString &range, const QVariantList &binds,
                       const QString &tail);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_assigneeId;
    QVector<Task> m_rows;
    qint64 m_counts[3] = {0, 0, 0};
};

} // namespace relasi
