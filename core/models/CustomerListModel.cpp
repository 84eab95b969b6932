#include "models/CustomerListModel.h"

#include "common/Logging.h"
#include "domain/PhoneNormalizer.h"
#include "search/CustomerSearch.h"

#include <QDateTime>
#include <QSqlQuery>

#include <limits>

namespace relasi {

namespace {

constexpr int kAnchorSliceMs = 8;
constexpr int kCountSliceMs = 12;

QVariant timeValue(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::LocalTime);
}

} // namespace

CustomerListModel::CustomerListModel(QSqlDatabase db, const QString &visibleToUserId, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_query(db)
{
    m_filter.visibleToUserId = visibleToUserId;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT country FROM business_profile WHERE id = 1")) && q.next())
        m_region = q.value(0).toString();
    if (m_region.isEmpty())
        m_region = QStringLiteral("ID");
    m_anchorTimer.setSingleShot(true);
    m_anchorTimer.setInterval(0);
    connect(&m_anchorTimer, &QTimer::timeout, this, &CustomerListModel::buildAnchorSlice);
    reload();
}

void CustomerListModel::reportError(const Error &error) const
{
    m_lastError = error.message;
    qCWarning(lcSearch) << "customer list:" << error.message;
}

void CustomerListModel::clearPages()
{
    m_pages.clear();
    m_lru.clear();
    m_lastPage = -1;
}

void CustomerListModel::reload()
{
    m_listStale = true;
    if (isSearching())
        runSearch();
    else
        reloadList();
}

void CustomerListModel::reloadList()
{
    clearPages();
    m_count = 0;
    m_listStale = false;
    ++m_listLoads;
    relasi::Status s = m_query.resetProgressive(m_sortKey, m_order, m_filter, m_syncCountMs);
    if (!s) {
        reportError(s.error());
        return;
    }
    m_count = m_query.count();
    scheduleAnchors();
}

void CustomerListModel::runSearch()
{
    // Only the ids, best first: a row's details are read when it is shown (rowAt), readSize at a time.
    m_searchDocids.clear();
    m_searchBlocks.clear();
    m_count = 0;
    m_query.setFilter(m_filter); // a changed filter has made the list stale already (reload)
    auto hits = CustomerSearch::search(m_db, m_searchText, searchLimit, m_filter.visibleToUserId, m_region);
    if (!hits) {
        reportError(hits.error());
        return;
    }
    QList<qint64> docids;
    docids.reserve(hits->size());
    for (const SearchHit &hit : *hits)
        docids << hit.rowId;
    auto passing = m_query.passingFilter(docids); // the status / owner / tag filters
    if (!passing) {
        reportError(passing.error());
        return;
    }
    m_searchDocids = *passing;
    m_count = m_searchDocids.size();
}

void CustomerListModel::setCountSteps(int chunkRows, int syncMs)
{
    m_query.setCountChunk(chunkRows);
    m_syncCountMs = qMax(0, syncMs);
}

void CustomerListModel::scheduleAnchors()
{
    if (!m_query.countComplete() || !m_query.anchorsComplete())
        m_anchorTimer.start();
}

bool CustomerListModel::countSlice(int budgetMs)
{
    auto done = m_query.countMore(budgetMs);
    if (!done) {
        reportError(done.error());
        return false;
    }
    const qint64 counted = m_query.count();
    if (counted > m_count) { // rows are only ever added at the end while counting
        beginInsertRows(QModelIndex(), int(m_count), int(counted - 1));
        m_count = counted;
        endInsertRows();
    }
    return true;
}

void CustomerListModel::finishCountNow()
{
    if (isSearching())
        return;
    if (!m_query.countComplete())
        countSlice(-1);
}

void CustomerListModel::buildAnchorSlice()
{
    if (isSearching())
        return; // resumed when the search ends (setSearchText)
    if (!m_query.countComplete()) {
        if (countSlice(kCountSliceMs))
            m_anchorTimer.start(); // more counting, then the anchors
        return;
    }
    auto done = m_query.buildAnchors(kAnchorSliceMs);
    if (!done) {
        reportError(done.error());
        return;
    }
    if (!*done)
        m_anchorTimer.start();
}

void CustomerListModel::buildAnchorsNow()
{
    m_anchorTimer.stop();
    finishCountNow();
    auto done = m_query.buildAnchors(std::numeric_limits<int>::max());
    if (!done)
        reportError(done.error());
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_count);
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerRow *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    if (isSearching()) {
        const int block = row / CustomerListQuery::readSize;
        auto found = m_searchBlocks.constFind(block);
        if (found == m_searchBlocks.constEnd()) {
            const QList<qint64> ids = m_searchDocids.mid(block * CustomerListQuery::readSize, CustomerListQuery::readSize);
            auto rows = m_query.rowsFor(ids);
            if (!rows) {
                reportError(rows.error());
                return nullptr;
            }
            // A customer deleted since the search leaves its row empty until the next change resets the list.
            QVector<CustomerRow> read(ids.size());
            for (const CustomerRow &r : *rows)
                read[int(ids.indexOf(r.docid))] = r;
            found = m_searchBlocks.insert(block, read);
        }
        const CustomerRow &r = found->at(row % CustomerListQuery::readSize);
        return r.docid != 0 ? &r : nullptr;
    }

    auto containing = [&](qint64 first) -> const CustomerRow * {
        auto it = m_pages.constFind(first);
        if (it != m_pages.constEnd() && row >= first && row < first + it->rows.size())
            return &it->rows.at(int(row - first));
        return nullptr;
    };
    if (const CustomerRow *fast = containing(m_lastPage))
        return fast;
    auto it = m_pages.upperBound(row);
    if (it != m_pages.begin()) {
        --it;
        if (const CustomerRow *cached = containing(it.key())) {
            m_lastPage = it.key();
            m_lru.removeOne(it.key());
            m_lru.append(it.key());
            return cached;
        }
    }
    qint64 first = 0;
    auto page = m_query.pageAt(row, &first);
    if (!page) {
        reportError(page.error());
        return nullptr;
    }
    if (row >= first + page->size())
        return nullptr;
    m_pages.insert(first, Page{first, *page});
    m_lru.removeOne(first);
    m_lru.append(first);
    while (m_lru.size() > maxPages)
        m_pages.remove(m_lru.takeFirst());
    m_lastPage = first;
    return &m_pages.find(first)->rows.at(int(row - first));
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const CustomerRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const bool raw = role == RawRole;
    switch (index.column()) {
    case Name:
        return r->name;
    case Company:
        return r->company;
    case Phone:
        if (raw || r->phone.isEmpty())
            return r->phone;
        return PhoneNormalizer::formatForDisplay(r->phone, m_region);
    case Email:
        return r->email;
    case City:
        return r->city;
    case Status:
        return r->status;
    case Owner:
        return raw ? QVariant(r->ownerId) : QVariant(r->ownerName);
    case LastContact:
        return raw ? r->lastContactAt : timeValue(r->lastContactAt);
    case Created:
        return raw ? QVariant(r->createdAt) : timeValue(r->createdAt);
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Translated with the app's catalogue (QtCore only); views may still show their own titles.
    static const char *const names[ColumnCount] = {
        QT_TR_NOOP("Name"),   QT_TR_NOOP("Company"), QT_TR_NOOP("Phone"),        QT_TR_NOOP("E-mail"),
        QT_TR_NOOP("City"),   QT_TR_NOOP("Status"),  QT_TR_NOOP("Owner"),        QT_TR_NOOP("Last contact"),
        QT_TR_NOOP("Created")};
    return tr(names[section]);
}

int CustomerListModel::columnSortKey(int column, CustomerListQuery::SortKey *key) const
{
    switch (column) {
    case Name:
        *key = CustomerListQuery::SortKey::Name;
        return 1;
    case LastContact:
        *key = CustomerListQuery::SortKey::LastContact;
        return 1;
    case Created:
        *key = CustomerListQuery::SortKey::Created;
        return 1;
    case Owner:
        *key = CustomerListQuery::SortKey::Owner;
        return 1;
    default:
        return 0;
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    CustomerListQuery::SortKey key;
    if (!columnSortKey(column, &key))
        return;
    if (key == m_sortKey && order == m_order)
        return;
    // A new order over possibly a million rows: persistent indexes cannot be followed cheaply, so reset.
    beginResetModel();
    m_sortKey = key;
    m_order = order;
    reload();
    endResetModel();
}

void CustomerListModel::setStatusFilter(const QString &status)
{
    if (status == m_filter.status)
        return;
    beginResetModel();
    m_filter.status = status;
    reload();
    endResetModel();
}

void CustomerListModel::setOwnerFilter(const QString &ownerId)
{
    if (ownerId == m_filter.ownerId)
        return;
    beginResetModel();
    m_filter.ownerId = ownerId;
    reload();
    endResetModel();
}

void CustomerListModel::setTagFilter(const QString &tag)
{
    if (tag == m_filter.tag)
        return;
    beginResetModel();
    m_filter.tag = tag;
    reload();
    endResetModel();
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const bool wasSearching = isSearching();
    m_searchText = text;
    if (!wasSearching && !isSearching())
        return; // blanks only: the same list
    // A reset of at most searchLimit rows; the list keeps its count and anchors for when the search ends.
    beginResetModel();
    if (isSearching()) {
        runSearch();
    } else if (m_listStale) {
        reloadList();
    } else {
        m_searchDocids.clear();
        m_searchBlocks.clear();
        m_count = m_query.count();
        scheduleAnchors();
    }
    endResetModel();
}

void CustomerListModel::onChanged(const QString &entity, const QStringList &ids)
{
    Q_UNUSED(ids);
    static const QStringList relevant{QStringLiteral("customer"), QStringLiteral("contact_point"),
                                      QStringLiteral("address"), QStringLiteral("customer_tag"),
                                      QStringLiteral("customer_share"), QStringLiteral("user")};
    if (!relevant.contains(entity))
        return;
    if (isSearching()) {
        beginResetModel();
        m_listStale = true; // counted again when the search ends
        runSearch();
        endResetModel();
        return;
    }
    // A count still under way, or one that takes longer than the first pass: start over progressively.
    auto sameCounts = m_query.countComplete() ? m_query.recount(m_syncCountMs) : Result<bool>(false);
    if (!sameCounts || !*sameCounts || m_query.count() != m_count) {
        // Rows came or went: positions are unknown, so the view starts over.
        beginResetModel();
        reload();
        endResetModel();
        return;
    }
    // Same number of rows: re-read the cached pages and report the rows that differ.
    const QMap<qint64, Page> old = m_pages;
    clearPages();
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            const int row = int(it.key() + i);
            const CustomerRow *now = rowAt(row);
            if (!now || !(*now == it->rows.at(i)))
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    scheduleAnchors();
}

} // namespace relasi
