#include "models/PipelineModel.h"

#include "common/Logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

PipelineModel::PipelineModel(QSqlDatabase db, const QString &visibleToUserId, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_userId(visibleToUserId)
{
    reload();
}

const QStringList &PipelineModel::stages()
{
    static const QStringList all{QStringLiteral("lead"),        QStringLiteral("qualified"), QStringLiteral("proposal"),
                                 QStringLiteral("negotiation"), QStringLiteral("won"),       QStringLiteral("lost")};
    return all;
}

void PipelineModel::reload()
{
    m_rows.clear();
    QString sql = QStringLiteral("SELECT d.stage, d.currency, count(*), sum(d.amount_minor) FROM deals d "
                                 "WHERE d.cl % 2 = 1");
    if (!m_userId.isEmpty())
        sql += QStringLiteral(" AND (d.owner_id = :u OR d.customer_id IN (SELECT c.id FROM customers c "
                              "WHERE c.owner_id = :u AND c.cl % 2 = 1) OR d.customer_id IN (SELECT s.customer_id "
                              "FROM customer_shares s WHERE s.user_id = :u AND s.cl % 2 = 1))");
    sql += QStringLiteral(" GROUP BY d.stage, d.currency ORDER BY d.currency");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!m_userId.isEmpty())
        q.bindValue(QStringLiteral(":u"), m_userId);
    QHash<QString, QVector<Group>> byStage;
    if (!q.exec()) {
        qCWarning(lcSearch) << "pipeline:" << q.lastError().text();
    } else {
        while (q.next()) {
            // SQLite's sum() of integers is an exact 64-bit integer (it reports overflow, never rounds).
            byStage[q.value(0).toString()].append(
                Group{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
        }
    }
    for (const QString &stage : stages()) {
        const QVector<Group> groups = byStage.value(stage);
        if (groups.isEmpty())
            m_rows.append(Group{stage, QString(), 0, 0});
        else
            m_rows += groups;
    }
}

void PipelineModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void PipelineModel::onChanged(const QString &entity, const QStringList &ids)
{
    Q_UNUSED(ids);
    if (entity == QStringLiteral("deal") || entity == QStringLiteral("customer") ||
        entity == QStringLiteral("customer_share"))
        refresh();
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Group &g = m_rows.at(index.row());
    switch (index.column()) {
    case Stage:
        return g.stage;
    case Currency:
        return g.currency;
    case Count:
        return g.count;
    case TotalMinor:
        return g.totalMinor;
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {"Stage", "Currency", "Deals", "Total"};
    return QString::fromLatin1(names[section]);
}

qint64 PipelineModel::totalMinor(const QString &stage, const QString &currency) const
{
    for (const Group &g : m_rows) {
        if (g.stage == stage && g.currency == currency)
            return g.totalMinor;
    }
    return 0;
}

qint64 PipelineModel::count(const QString &stage, const QString &currency) const
{
    for (const Group &g : m_rows) {
        if (g.stage == stage && g.currency == currency)
            return g.count;
    }
    return 0;
}

} // namespace relasi
