#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

namespace relasi {

// One customer's communication log, newest first (ties: newest id first).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Channel, Direction, Subject, Outcome, User, Duration, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawRole, BodyRole };
    static constexpr int maxRows = 5000; // the newest ones; older entries are for a full history view

    explicit TimelineModel(QSqlDatabase db, QObject *parent = nullptr);

    void setCustomerId(const QString &customerId);
    QString customerId() const { return m_customerId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void onChanged(const QString &entity, const QStringList &ids);

private:
    struct Entry {
        QString id, channel, direction, subject, outcome, userName, body;
        qint64 occurredAt = 0;
        QVariant durationS;
    };
    void reload();

    QSqlDatabase m_db;
    QString m_customerId;
    QVector<Entry> m_rows;
};

} // namespace relasi
