#include "models/PipelineModel.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "services/DealService.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relasi {

namespace {

void bindAll(QSqlQuery &q, const QVariantMap &binds)
{
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
}

} // namespace

PipelineModel::PipelineModel(QSqlDatabase db, const QString &visibleToUserId, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_userId(visibleToUserId)
{
    m_table = new PipelineDealTable(this);
    m_table->setParent(this);
    reload();
}

PipelineModel::PipelineModel(ServiceContext &ctx, QObject *parent)
    : QAbstractTableModel(parent), m_db(ctx.db()), m_ctx(&ctx), m_clock(&ctx.clock())
{
    if (ctx.session().role == Role::Sales)
        m_userId = ctx.session().userId;
    m_table = new PipelineDealTable(this);
    m_table->setParent(this);
    connect(&ctx.notifier(), &ChangeNotifier::changed, this, &PipelineModel::onChanged);
    reload();
}

PipelineModel::~PipelineModel() = default;

const QStringList &PipelineModel::stages()
{
    static const QStringList all{QStringLiteral("lead"),        QStringLiteral("qualified"), QStringLiteral("proposal"),
                                 QStringLiteral("negotiation"), QStringLiteral("won"),       QStringLiteral("lost")};
    return all;
}

QString PipelineModel::nextStage(const QString &stage)
{
    const int i = int(stages().indexOf(stage));
    return i >= 0 && i + 1 < stages().size() ? stages().at(i + 1) : QString();
}

QString PipelineModel::previousStage(const QString &stage)
{
    const int i = int(stages().indexOf(stage));
    return i > 0 ? stages().at(i - 1) : QString();
}

QPair<qint64, qint64> PipelineModel::periodRange(Period period, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    QDate from;
    QDate to;
    switch (period) {
    case AnyTime:
        return {0, 0};
    case ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1);
        break;
    case ThisQuarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = from.addYears(1);
        break;
    }
    return {QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch(), QDateTime(to, QTime(0, 0)).toMSecsSinceEpoch()};
}

qint64 PipelineModel::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QString PipelineModel::whereClause(QVariantMap &binds, bool withOwnerFilter) const
{
    QString where = QStringLiteral("d.cl % 2 = 1");
    if (!m_userId.isEmpty()) {
        where += QStringLiteral(" AND (d.owner_id = :u OR d.customer_id IN (SELECT c.id FROM customers c "
                                "WHERE c.owner_id = :u AND c.cl % 2 = 1) OR d.customer_id IN (SELECT s.customer_id "
                                "FROM customer_shares s WHERE s.user_id = :u AND s.cl % 2 = 1))");
        binds.insert(QStringLiteral(":u"), m_userId);
    }
    if (withOwnerFilter && !m_ownerFilter.isEmpty()) {
        where += QStringLiteral(" AND d.owner_id = :owner");
        binds.insert(QStringLiteral(":owner"), m_ownerFilter);
    }
    if (m_period != AnyTime) {
        const auto range = periodRange(m_period, nowMs());
        where += QStringLiteral(" AND d.expected_close >= :close_from AND d.expected_close < :close_to");
        binds.insert(QStringLiteral(":close_from"), range.first);
        binds.insert(QStringLiteral(":close_to"), range.second);
    }
    return where;
}

void PipelineModel::reload()
{
    QVariantMap binds;
    const QString where = whereClause(binds, true);
    loadTotals(where, binds);
    loadDeals(where, binds);
}

void PipelineModel::loadTotals(const QString &where, const QVariantMap &binds)
{
    m_rows.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.stage, d.currency, count(*), sum(d.amount_minor) FROM deals d WHERE %1 "
                             "GROUP BY d.stage, d.currency ORDER BY d.currency")
                  .arg(where));
    bindAll(q, binds);
    QHash<QString, QVector<Group>> byStage;
    if (!q.exec()) {
        qCWarning(lcServices) << "pipeline:" << q.lastError().text();
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

void PipelineModel::loadDeals(const QString &where, const QVariantMap &binds)
{
    m_deals.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, d.title, d.customer_id, "
                             "(SELECT cu.display_name FROM customers cu WHERE cu.id = d.customer_id), d.stage, "
                             "d.amount_minor, d.currency, d.owner_id, (SELECT u.name FROM users u WHERE u.id = "
                             "d.owner_id), d.expected_close, d.probability FROM deals d WHERE %1 "
                             "ORDER BY d.created_at DESC, d.id DESC")
                  .arg(where));
    bindAll(q, binds);
    if (!q.exec()) {
        qCWarning(lcServices) << "pipeline deals:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        PipelineDeal d;
        d.id = q.value(0).toString();
        d.title = q.value(1).toString();
        d.customerId = q.value(2).toString();
        d.customerName = q.value(3).toString();
        d.stage = q.value(4).toString();
        d.amount = Money(q.value(5).toLongLong(), q.value(6).toString());
        d.ownerId = q.value(7).toString();
        d.ownerName = q.value(8).toString();
        d.expectedClose = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
        d.probability = q.value(10).isNull() ? -1 : q.value(10).toInt();
        m_deals.append(d);
    }
}

void PipelineModel::refresh()
{
    beginResetModel();
    m_table->beginResetModel();
    reload();
    m_table->endResetModel();
    endResetModel();
    Q_EMIT refreshed();
}

void PipelineModel::onChanged(const QString &entity, const QStringList &ids)
{
    Q_UNUSED(ids);
    if (entity == QStringLiteral("deal") || entity == QStringLiteral("customer") ||
        entity == QStringLiteral("customer_share") || entity == QStringLiteral("user"))
        refresh();
}

void PipelineModel::setOwnerFilter(const QString &ownerId)
{
    if (ownerId == m_ownerFilter)
        return;
    m_ownerFilter = ownerId;
    refresh();
}

void PipelineModel::setPeriod(Period period)
{
    if (period == m_period)
        return;
    m_period = period;
    refresh();
}

QVector<PipelineDeal> PipelineModel::deals(const QString &stage) const
{
    QVector<PipelineDeal> out;
    for (const PipelineDeal &d : m_deals) {
        if (d.stage == stage)
            out.append(d);
    }
    return out;
}

const PipelineDeal *PipelineModel::deal(const QString &dealId) const
{
    for (const PipelineDeal &d : m_deals) {
        if (d.id == dealId)
            return &d;
    }
    return nullptr;
}

QVector<QPair<QString, QString>> PipelineModel::owners() const
{
    QVariantMap binds;
    const QString where = whereClause(binds, false);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT d.owner_id, u.name FROM deals d LEFT JOIN users u ON u.id = d.owner_id "
                             "WHERE %1 AND d.owner_id IS NOT NULL ORDER BY u.name, d.owner_id")
                  .arg(where));
    bindAll(q, binds);
    QVector<QPair<QString, QString>> out;
    if (!q.exec()) {
        qCWarning(lcServices) << "pipeline owners:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Status PipelineModel::moveDeal(const QString &dealId, const QString &stage, const QString &reason)
{
    if (!m_ctx)
        return Error(ErrorCode::Usage, QStringLiteral("this pipeline is read-only (no service context)"));
    DealService deals(*m_ctx);
    return deals.moveStage(dealId, stage, reason);
}

QStringList PipelineModel::currencies(const QString &stage) const
{
    QStringList out;
    for (const Group &g : m_rows) {
        if (g.stage == stage && !g.currency.isEmpty())
            out.append(g.currency);
    }
    std::sort(out.begin(), out.end());
    return out;
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
    static const char *const names[ColumnCount] = {QT_TR_NOOP("Stage"), QT_TR_NOOP("Currency"), QT_TR_NOOP("Deals"),
                                                   QT_TR_NOOP("Total")};
    return tr(names[section]);
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

// --- PipelineDealTable ---

PipelineDealTable::PipelineDealTable(const PipelineModel *pipeline) : m_pipeline(pipeline) {}

int PipelineDealTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipeline->deals().size());
}

int PipelineDealTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PipelineDealTable::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

int PipelineDealTable::rowOf(const QString &dealId) const
{
    const QVector<PipelineDeal> &all = m_pipeline->deals();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).id == dealId)
            return i;
    }
    return -1;
}

QVariant PipelineDealTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PipelineDeal &d = m_pipeline->deals().at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return d.id;
    case StageRole:
        return d.stage;
    case TitleRole:
        return d.title;
    case CustomerRole:
        return d.customerName;
    case AmountTextRole:
        return d.amount.format(locale);
    case AmountMinorRole:
        return d.amount.minorUnits();
    case CurrencyRole:
        return d.amount.currency();
    case OwnerRole:
        return d.ownerName;
    case ExpectedCloseRole:
        return d.expectedClose;
    case SortRole:
        switch (index.column()) {
        case Stage:
            return int(PipelineModel::stages().indexOf(d.stage));
        case Amount:
            return d.amount.minorUnits();
        case ExpectedClose:
            return d.expectedClose;
        case Probability:
            return d.probability;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Probability)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Title:
            return d.title;
        case Customer:
            return d.customerName;
        case Stage:
            return d.stage;
        case Amount:
            return d.amount.format(locale);
        case Owner:
            return d.ownerName;
        case ExpectedClose:
            return d.expectedClose == 0
                       ? QString()
                       : locale.toString(QDateTime::fromMSecsSinceEpoch(d.expectedClose).date(), QLocale::ShortFormat);
        case Probability:
            return d.probability < 0 ? QString() : locale.toString(d.probability) + QLatin1Char('%');
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PipelineDealTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {QT_TR_NOOP("Title"),          QT_TR_NOOP("Customer"),
                                                   QT_TR_NOOP("Stage"),          QT_TR_NOOP("Amount"),
                                                   QT_TR_NOOP("Owner"),          QT_TR_NOOP("Expected close"),
                                                   QT_TR_NOOP("Probability")};
    return tr(names[section]);
}

} // namespace relasi
