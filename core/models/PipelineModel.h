#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace relasi {

// The deal pipeline: one row per stage and currency (lead → qualified → proposal → negotiation → won →
// lost; a stage without deals has one empty row), with the number of deals and their total amount in
// integer minor units of that currency (never floating point; the UI formats it).
class PipelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Stage, Currency, Count, TotalMinor, ColumnCount };

    // visibleToUserId: a sales rep (deals they own or of customers they own or share); empty = all.
    explicit PipelineModel(QSqlDatabase db, const QString &visibleToUserId = QString(), QObject *parent = nullptr);

    static const QStringList &stages();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Totals of one stage in one currency (0 when none).
    qint64 totalMinor(const QString &stage, const QString &currency) const;
    qint64 count(const QString &stage, const QString &currency) const;

public Q_SLOTS:
    void refresh();
    void onChanged(const QString &entity, const QStringList &ids);

private:
    struct Group {
        QString stage;
        QString currency;
        qint64 count = 0;
        qint64 totalMinor = 0;
    };
    void reload();

    QSqlDatabase m_db;
    QString m_userId;
    QVector<Group> m_rows;
};

} // namespace relasi
