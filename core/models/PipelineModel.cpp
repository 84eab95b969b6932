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
    refresh();
}

PipelineModel::PipelineModel(ServiceContext &ctx, QObject *parent) : PipelineModel(ctx, Reader(), parent) {}

PipelineModel::PipelineModel(ServiceContext &ctx, Reader reader, QObject *parent)
    : QAbstractTableModel(parent), m_db(ctx.db()), m_ctx(&ctx), m_clock(&ctx.clock()), m_reader(std::move(reader))
{
    if (ctx.session().role == Role::Sales)
        m_userId = ctx.session().userId;
    m_table = new PipelineDealTable(this);
    m_table->setParent(this);
    connect(&ctx.notifier(), &ChangeNotifier::changed, this, &PipelineModel::onChanged);
    refresh();
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

PipelineQuery PipelineModel::query() const
{
    PipelineQuery q;
    q.visibleToUserId = m_userId;
    q.ownerFilter = m_ownerFilter;
    if (m_period != AnyTime) {
        const auto range = periodRange(m_period, nowMs());
        q.closeFrom = range.first;
        q.closeTo = range.second;
    }
    q.limits = m_limits;
    return q;
}

namespace {

// The WHERE of every pipeline query over `deals d`. `cl % 2 = 1` is written as migration 8's partial
// index writes it, so the totals are summed in that index.
QString whereFor(const PipelineQuery &query, QVariantMap &binds, bool withOwnerFilter)
{
    QString where = QStringLiteral("d.cl % 2 = 1");
    if (!query.visibleToUserId.isEmpty()) {
        where += QStringLiteral(" AND (d.owner_id = :u OR d.customer_id IN (SELECT c.id FROM customers c "
                                "WHERE c.owner_id = :u AND c.cl % 2 = 1) OR d.customer_id IN (SELECT s.customer_id "
                                "FROM customer_shares s WHERE s.user_id = :u AND s.cl % 2 = 1))");
        binds.insert(QStringLiteral(":u"), query.visibleToUserId);
    }
    if (withOwnerFilter && !query.ownerFilter.isEmpty()) {
        where += QStringLiteral(" AND d.owner_id = :owner");
        binds.insert(QStringLiteral(":owner"), query.ownerFilter);
    }
    if (query.closeFrom != 0 || query.closeTo != 0) {
        where += QStringLiteral(" AND d.expected_close >= :close_from AND d.expected_close < :close_to");
        binds.insert(QStringLiteral(":close_from"), query.closeFrom);
        binds.insert(QStringLiteral(":close_to"), query.closeTo);
    }
    return where;
}

bool runQuery(QSqlQuery &q, const QString &sql, const QVariantMap &binds, QString &error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        error = q.lastError().text();
        return false;
    }
    bindAll(q, binds);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    return true;
}

bool isClosed(const QString &stage)
{
    return stage == QLatin1String("won") || stage == QLatin1String("lost");
}

} // namespace

PipelineSnapshot PipelineModel::read(QSqlDatabase db, const PipelineQuery &query)
{
    PipelineSnapshot out;
    QVariantMap binds;
    const QString where = whereFor(query, binds, true);

    // Totals: one pass over the covering index, grouped in its order. SQLite's sum() of integers is an exact
    // 64-bit integer (it reports overflow, never rounds).
    {
        QSqlQuery q(db);
        if (runQuery(q,
                     QStringLiteral("SELECT d.stage, d.currency, count(*), sum(d.amount_minor) FROM deals d "
                                    "WHERE %1 GROUP BY d.stage, d.currency")
                         .arg(where),
                     binds, out.error)) {
            while (q.next())
                out.totals.append(PipelineTotal{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                                q.value(3).toLongLong()});
        } else {
            qCWarning(lcServices) << "pipeline totals:" << out.error;
        }
    }

    // The cards: a window per stage, read in the order of the (stage, expected_close) index.
    for (const QString &stage : stages()) {
        const int limit = query.limits.value(stage, windowSize);
        if (limit <= 0)
            continue;
        QVariantMap stageBinds = binds;
        stageBinds.insert(QStringLiteral(":stage"), stage);
        // Open stages: soonest expected close first, undated ones after; won and lost: latest first (SQLite
        // puts NULL last in a descending order).
        struct Part {
            QString where;
            QString order;
        };
        const QVector<Part> parts =
            isClosed(stage) ? QVector<Part>{{QString(), QStringLiteral("d.expected_close DESC, d.id DESC")}}
                            : QVector<Part>{{QStringLiteral(" AND d.expected_close IS NOT NULL"),
                                             QStringLiteral("d.expected_close, d.id")},
                                            {QStringLiteral(" AND d.expected_close IS NULL"), QStringLiteral("d.id")}};
        int left = limit;
        for (const Part &part : parts) {
            if (left <= 0)
                break;
            stageBinds.insert(QStringLiteral(":limit"), left);
            QSqlQuery q(db);
            const QString sql =
                QStringLiteral("SELECT d.id, d.title, d.customer_id, (SELECT cu.display_name FROM customers cu "
                               "WHERE cu.id = d.customer_id), d.stage, d.amount_minor, d.currency, d.owner_id, "
                               "(SELECT u.name FROM users u WHERE u.id = d.owner_id), d.expected_close, "
                               "d.probability FROM deals d WHERE %1 AND d.stage = :stage%2 ORDER BY %3 LIMIT :limit")
                    .arg(where, part.where, part.order);
            QString error;
            if (!runQuery(q, sql, stageBinds, error)) {
                qCWarning(lcServices) << "pipeline deals:" << error;
                out.error = error;
                break;
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
                out.deals.append(d);
                --left;
            }
        }
    }

    // Owners: each user who owns a deal passing the scope (an index probe per user, not a scan of deals).
    {
        QVariantMap ownerBinds;
        const QString ownerWhere = whereFor(query, ownerBinds, false);
        QSqlQuery q(db);
        QString error;
        if (runQuery(q,
                     QStringLiteral("SELECT u.id, u.name FROM users u WHERE EXISTS (SELECT 1 FROM deals d WHERE "
                                    "d.owner_id = u.id AND %1) ORDER BY u.name, u.id")
                         .arg(ownerWhere),
                     ownerBinds, error)) {
            while (q.next())
                out.owners.append({q.value(0).toString(), q.value(1).toString()});
        } else {
            qCWarning(lcServices) << "pipeline owners:" << error;
            out.error = error;
        }
    }
    return out;
}

void PipelineModel::setReader(Reader reader)
{
    m_reader = std::move(reader);
    refresh();
}

void PipelineModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PipelineModel::refresh()
{
    if (!m_reader) {
        apply(read(m_db, query()));
        return;
    }
    if (m_loading) {
        m_readAgain = true; // once the current read is back, with the filters as they are then
        return;
    }
    setLoading(true);
    m_reader(query(), [this](PipelineSnapshot snapshot) {
        if (m_readAgain) {
            m_readAgain = false;
            m_loading = false;
            refresh();
            return;
        }
        // Not loading any more when `refreshed` goes out, so its receivers see the read as finished.
        m_loading = false;
        apply(std::move(snapshot));
        Q_EMIT loadingChanged(false);
    });
}

void PipelineModel::apply(PipelineSnapshot snapshot)
{
    beginResetModel();
    m_table->beginResetModel();
    m_rows.clear();
    QHash<QString, QVector<PipelineTotal>> byStage;
    for (const PipelineTotal &t : std::as_const(snapshot.totals))
        byStage[t.stage].append(t);
    for (const QString &stage : stages()) {
        QVector<PipelineTotal> groups = byStage.value(stage);
        std::sort(groups.begin(), groups.end(),
                  [](const PipelineTotal &a, const PipelineTotal &b) { return a.currency < b.currency; });
        if (groups.isEmpty())
            m_rows.append(PipelineTotal{stage, QString(), 0, 0});
        else
            m_rows += groups;
    }
    m_deals = std::move(snapshot.deals);
    m_owners = std::move(snapshot.owners);
    m_error = std::move(snapshot.error);
    m_hasData = true;
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

qint64 PipelineModel::stageCount(const QString &stage) const
{
    qint64 n = 0;
    for (const PipelineTotal &g : m_rows) {
        if (g.stage == stage)
            n += g.count;
    }
    return n;
}

int PipelineModel::shownCount(const QString &stage) const
{
    int n = 0;
    for (const PipelineDeal &d : m_deals) {
        if (d.stage == stage)
            ++n;
    }
    return n;
}

void PipelineModel::showMore(const QString &stage)
{
    if (!stages().contains(stage))
        return;
    m_limits[stage] = qMax(m_limits.value(stage, windowSize), shownCount(stage)) + windowSize;
    refresh();
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
    for (const PipelineTotal &g : m_rows) {
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
    const PipelineTotal &g = m_rows.at(index.row());
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
    for (const PipelineTotal &g : m_rows) {
        if (g.stage == stage && g.currency == currency)
            return g.totalMinor;
    }
    return 0;
}

qint64 PipelineModel::count(const QString &stage, const QString &currency) const
{
    for (const PipelineTotal &g : m_rows) {
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
