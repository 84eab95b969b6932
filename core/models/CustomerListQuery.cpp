#include "models/CustomerListQuery.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "text/TextNormalizer.h"

#include <QCollator>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relasi {

bool CustomerRow::operator==(const CustomerRow &o) const
{
    return docid == o.docid && id == o.id && name == o.name && company == o.company && phone == o.phone &&
           email == o.email && city == o.city && status == o.status && ownerId == o.ownerId &&
           ownerName == o.ownerName && lastContactAt == o.lastContactAt && createdAt == o.createdAt;
}

namespace {

template<typename S>
S makeSegmentOf(const QString &where, const QString &key)
{
    S s;
    s.where = where;
    s.key = key;
    return s;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

CustomerListQuery::CustomerListQuery(QSqlDatabase db) : m_db(std::move(db)) {}

QString CustomerListQuery::rowSelect()
{
    return QStringLiteral(
        "SELECT c.docid, c.id, c.display_name, c.company_name, "
        "(SELECT p.normalized FROM contact_points p WHERE p.customer_id = c.id AND p.kind IN ('phone', 'whatsapp') "
        "AND p.cl % 2 = 1 ORDER BY p.is_primary DESC, p.kind = 'phone' DESC, p.created_at LIMIT 1), "
        "(SELECT p.normalized FROM contact_points p WHERE p.customer_id = c.id AND p.kind = 'email' "
        "AND p.cl % 2 = 1 ORDER BY p.is_primary DESC, p.created_at LIMIT 1), "
        "(SELECT a.city FROM addresses a WHERE a.customer_id = c.id AND a.cl % 2 = 1 ORDER BY a.created_at LIMIT 1), "
        "c.status, c.owner_id, (SELECT u.name FROM users u WHERE u.id = c.owner_id), c.last_contact_at, c.created_at "
        "FROM customers c");
}

CustomerRow CustomerListQuery::rowFrom(const QSqlQuery &q)
{
    CustomerRow row;
    row.docid = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.name = q.value(2).toString();
    row.company = q.value(3).toString();
    row.phone = q.value(4).toString();
    row.email = q.value(5).toString();
    row.city = q.value(6).toString();
    row.status = q.value(7).toString();
    row.ownerId = q.value(8).toString();
    row.ownerName = q.value(9).toString();
    row.lastContactAt = q.value(10).isNull() ? QVariant() : QVariant(q.value(10).toLongLong());
    row.createdAt = q.value(11).toLongLong();
    return row;
}

QString CustomerListQuery::baseWhere(const Segment *ordered) const
{
    // +col keeps SQLite off a filter's index while it walks the sort key's; by name, the status and owner
    // indexes are in name order too (and cover the count).
    const QString plus = ordered ? QStringLiteral("+") : QString();
    const QString plusEq = ordered && ordered->key != QLatin1String("c.sort_key") ? plus : QString();
    QString where = QStringLiteral("c.cl % 2 = 1");
    if (!m_filter.status.isEmpty())
        where += QStringLiteral(" AND ") + plusEq + QStringLiteral("c.status = ?");
    if (!m_filter.ownerId.isEmpty())
        where += QStringLiteral(" AND ") + plusEq + QStringLiteral("c.owner_id = ?");
    if (!m_filter.tag.isEmpty())
        where += QStringLiteral(" AND ") + plus +
                 QStringLiteral("c.id IN (SELECT t.customer_id FROM customer_tags t WHERE t.tag_key = ? AND t.cl % 2 = 1)");
    if (!m_filter.visibleToUserId.isEmpty())
        where += QStringLiteral(" AND (") + plus + QStringLiteral("c.owner_id = ? OR ") + plus +
                 QStringLiteral("c.id IN (SELECT s.customer_id FROM customer_shares s WHERE s.user_id = ? AND "
                                "s.cl % 2 = 1))");
    return where;
}

QVariantList CustomerListQuery::baseBinds() const
{
    QVariantList binds;
    if (!m_filter.status.isEmpty())
        binds << m_filter.status;
    if (!m_filter.ownerId.isEmpty())
        binds << m_filter.ownerId;
    if (!m_filter.tag.isEmpty())
        binds << TextNormalizer::fold(m_filter.tag.trimmed());
    if (!m_filter.visibleToUserId.isEmpty())
        binds << m_filter.visibleToUserId << m_filter.visibleToUserId;
    return binds;
}

QString CustomerListQuery::orderBy(const Segment &s) const
{
    const QString dir = m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (s.key.isEmpty())
        return QStringLiteral(" ORDER BY c.docid") + dir;
    return QStringLiteral(" ORDER BY ") + s.key + dir + QStringLiteral(", c.docid") + dir;
}

QString CustomerListQuery::fromAnchor(const Segment &s) const
{
    const bool asc = m_order == Qt::AscendingOrder;
    if (s.key.isEmpty())
        return asc ? QStringLiteral(" AND c.docid >= ?") : QStringLiteral(" AND c.docid <= ?");
    // The first comparison alone bounds the index range; the second refines it among equal keys.
    return asc ? QStringLiteral(" AND %1 >= ? AND (%1 > ? OR c.docid >= ?)").arg(s.key)
               : QStringLiteral(" AND %1 <= ? AND (%1 < ? OR c.docid <= ?)").arg(s.key);
}

void CustomerListQuery::bindSegment(QSqlQuery &q, const Segment &s, bool from, const QVariant &key, qint64 docid) const
{
    bindAll(q, baseBinds());
    bindAll(q, s.binds);
    if (!from)
        return;
    if (!s.key.isEmpty()) {
        q.addBindValue(key);
        q.addBindValue(key);
    }
    q.addBindValue(docid);
}

Status CustomerListQuery::reset(SortKey key, Qt::SortOrder order, const Filter &filter)
{
    m_sortKey = key;
    m_order = order;
    m_filter = filter;
    return buildSegments();
}

Status CustomerListQuery::resetProgressive(SortKey key, Qt::SortOrder order, const Filter &filter, int budgetMs)
{
    m_sortKey = key;
    m_order = order;
    m_filter = filter;
    if (Status s = buildSegments(false); !s)
        return s;
    auto done = countMore(qMax(0, budgetMs));
    return done ? Status() : Status(done.error());
}

bool CustomerListQuery::countComplete() const
{
    return std::all_of(m_segments.cbegin(), m_segments.cend(), [](const Segment &s) { return s.counted; });
}

void CustomerListQuery::placeSegments()
{
    // Rows are known up to the end of the first segment still being counted; later segments have no place yet.
    qint64 first = 0;
    bool open = false;
    for (Segment &s : m_segments) {
        s.firstRow = first;
        if (open)
            continue;
        first += s.count;
        open = !s.counted;
    }
    m_total = first;
}

Status CustomerListQuery::countStep(Segment &s)
{
    const QString where = QStringLiteral(" FROM customers c WHERE ") + baseWhere(&s) +
                          (s.where.isEmpty() ? QString() : QStringLiteral(" AND ") + s.where) +
                          (s.countStarted ? fromAnchor(s) : QString());
    auto bindPosition = [&](QSqlQuery &q) { bindSegment(q, s, s.countStarted, s.countKey, s.countDocid); };
    // The row `step` rows on: if there is one, the step is full and counting goes on from it.
    const qint64 step = qBound(qint64(qMin(firstCountStep, m_countChunk)), s.count, qint64(m_countChunk));
    const QString keySelect = s.key.isEmpty() ? QStringLiteral("NULL") : s.key;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + keySelect + QStringLiteral(", c.docid") + where + orderBy(s) +
              QStringLiteral(" LIMIT 1 OFFSET %1").arg(step));
    bindPosition(q);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("counting customers"));
    if (q.next()) {
        s.count += step;
        s.countKey = q.value(0);
        s.countDocid = q.value(1).toLongLong();
        s.countStarted = true;
        s.chunkKeys << s.countKey;
        s.chunkDocids << s.countDocid;
        s.chunkRows << s.count;
        return {};
    }
    q.finish();
    QSqlQuery rest(m_db);
    rest.setForwardOnly(true);
    rest.prepare(QStringLiteral("SELECT count(*)") + where);
    bindPosition(rest);
    if (!rest.exec() || !rest.next())
        return Database::errorFrom(rest.lastError(), QStringLiteral("counting customers"));
    s.count += rest.value(0).toLongLong();
    s.counted = true;
    return {};
}

Result<bool> CustomerListQuery::countMore(int budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    bool first = true;
    for (Segment &s : m_segments) {
        while (!s.counted) {
            if (!first && budgetMs >= 0 && timer.elapsed() >= budgetMs) {
                placeSegments();
                return false;
            }
            first = false;
            if (Status st = countStep(s); !st) {
                placeSegments();
                return st.error();
            }
        }
    }
    placeSegments();
    return true;
}

Status CustomerListQuery::buildSegments(bool count)
{
    m_segments.clear();
    m_total = 0;
    switch (m_sortKey) {
    case SortKey::Name:
        m_segments.append(makeSegmentOf<Segment>(QString(), QStringLiteral("c.sort_key")));
        break;
    case SortKey::Created:
        m_segments.append(makeSegmentOf<Segment>(QString(), QStringLiteral("c.created_at")));
        break;
    case SortKey::LastContact:
        // Never-contacted customers come last in either direction.
        m_segments.append(makeSegmentOf<Segment>(QStringLiteral("c.last_contact_at IS NOT NULL"), QStringLiteral("c.last_contact_at")));
        m_segments.append(makeSegmentOf<Segment>(QStringLiteral("c.last_contact_at IS NULL"), QString()));
        break;
    case SortKey::Owner:
        if (Status st = buildOwnerSegments(); !st)
            return st;
        break;
    }
    if (!count) {
        placeSegments();
        return {};
    }
    qint64 first = 0;
    for (Segment &s : m_segments) {
        Status counted = countSegment(s);
        if (!counted)
            return counted;
        s.counted = true;
        s.firstRow = first;
        first += s.count;
    }
    m_total = first;
    return {};
}

Status CustomerListQuery::buildOwnerSegments()
{
    // The owners with live customers, one index seek each (not a scan of every row), then by name.
    struct Owner {
        QVariant id;
        QString name;
    };
    QList<Owner> owners;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!m_filter.ownerId.isEmpty()) {
        owners.append(Owner{m_filter.ownerId, QString()});
    } else {
        const QString next = QStringLiteral("SELECT c.owner_id FROM customers c WHERE c.cl % 2 = 1 AND c.owner_id %1 ? "
                                            "ORDER BY c.owner_id LIMIT 1");
        q.prepare(next.arg(QStringLiteral(">=")));
        QVariant last = QStringLiteral("");
        owners.append(Owner{QVariant(QMetaType::fromType<QString>()), QString()}); // no owner (dropped if empty)
        while (true) {
            if (owners.size() == 2)
                q.prepare(next.arg(QLatin1Char('>')));
            q.addBindValue(last);
            if (!q.exec())
                return Database::errorFrom(q.lastError(), QStringLiteral("reading the customers' owners"));
            if (!q.next())
                break;
            last = q.value(0);
            owners.append(Owner{last, QString()});
            q.finish();
        }
        q.finish();
        if (!q.exec(QStringLiteral("SELECT 1 FROM customers c WHERE c.cl % 2 = 1 AND c.owner_id IS NULL LIMIT 1")))
            return Database::errorFrom(q.lastError(), QStringLiteral("reading the customers' owners"));
        if (!q.next())
            owners.removeFirst();
        q.finish();
    }
    QHash<QString, QString> nameOf;
    if (q.exec(QStringLiteral("SELECT id, name FROM users"))) {
        while (q.next())
            nameOf.insert(q.value(0).toString(), q.value(1).toString());
    }
    for (Owner &o : owners)
        o.name = o.id.isNull() ? QString() : nameOf.value(o.id.toString(), o.id.toString());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const bool asc = m_order == Qt::AscendingOrder;
    std::stable_sort(owners.begin(), owners.end(), [&](const Owner &a, const Owner &b) {
        if (a.id.isNull() != b.id.isNull())
            return b.id.isNull(); // no owner last
        const int c = collator.compare(a.name, b.name);
        if (c != 0)
            return asc ? c < 0 : c > 0;
        return asc ? a.id.toString() < b.id.toString() : a.id.toString() > b.id.toString();
    });
    for (const Owner &o : owners) {
        Segment s;
        s.key = QStringLiteral("c.sort_key");
        if (o.id.isNull()) {
            s.where = QStringLiteral("c.owner_id IS NULL");
        } else {
            s.where = QStringLiteral("c.owner_id = ?");
            s.binds << o.id;
        }
        m_segments.append(s);
    }
    return {};
}

Status CustomerListQuery::countSegment(Segment &s)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM customers c WHERE ") + baseWhere() +
              (s.where.isEmpty() ? QString() : QStringLiteral(" AND ") + s.where));
    bindAll(q, baseBinds());
    bindAll(q, s.binds);
    if (!q.exec() || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("counting customers"));
    s.count = q.value(0).toLongLong();
    return {};
}

Result<bool> CustomerListQuery::recount(int budgetMs)
{
    QList<qint64> before;
    for (const Segment &s : m_segments)
        before << s.count;
    if (budgetMs >= 0) {
        if (Status s = buildSegments(false); !s)
            return s.error();
        auto done = countMore(budgetMs);
        if (!done)
            return done.error();
        if (!*done)
            return false;
    } else if (Status s = buildSegments(); !s) {
        return s.error();
    }
    QList<qint64> after;
    for (const Segment &seg : m_segments)
        after << seg.count;
    return before == after;
}

Status CustomerListQuery::extendAnchors(Segment &s, int upToPage, qint64 deadlineMs)
{
    if (s.anchorsDone || s.anchorKeys.size() > upToPage)
        return {};
    const QString where = QStringLiteral(" FROM customers c WHERE ") + baseWhere(&s) +
                          (s.where.isEmpty() ? QString() : QStringLiteral(" AND ") + s.where);
    const QString keySelect = s.key.isEmpty() ? QStringLiteral("NULL") : s.key;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QElapsedTimer timer;
    timer.start();
    if (s.anchorKeys.isEmpty()) {
        q.prepare(QStringLiteral("SELECT ") + keySelect + QStringLiteral(", c.docid") + where + orderBy(s) +
                  QStringLiteral(" LIMIT 1"));
        bindAll(q, baseBinds());
        bindAll(q, s.binds);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading the first customer"));
        if (!q.next()) {
            s.anchorsDone = true;
            return {};
        }
        s.anchorKeys << q.value(0);
        s.anchorDocids << q.value(1).toLongLong();
    }
    // Each next anchor: skip pageSize rows from the previous one inside SQLite (only one row crosses to Qt).
    q.prepare(QStringLiteral("SELECT ") + keySelect + QStringLiteral(", c.docid") + where + fromAnchor(s) + orderBy(s) +
              QStringLiteral(" LIMIT 1 OFFSET %1").arg(pageSize));
    while (s.anchorKeys.size() <= upToPage) {
        if (deadlineMs >= 0 && timer.elapsed() >= deadlineMs)
            return {};
        bindAll(q, baseBinds());
        bindAll(q, s.binds);
        if (!s.key.isEmpty()) {
            q.addBindValue(s.anchorKeys.last());
            q.addBindValue(s.anchorKeys.last());
        }
        q.addBindValue(s.anchorDocids.last());
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("building the list's anchors"));
        if (!q.next()) {
            s.anchorsDone = true;
            return {};
        }
        s.anchorKeys << q.value(0);
        s.anchorDocids << q.value(1).toLongLong();
        q.finish();
    }
    return {};
}

Result<bool> CustomerListQuery::buildAnchors(int budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    for (Segment &s : m_segments) {
        if (s.anchorsDone)
            continue;
        const qint64 left = budgetMs - timer.elapsed();
        if (left <= 0)
            return false;
        Status st = extendAnchors(s, int(s.count / pageSize) + 1, left);
        if (!st)
            return st.error();
        if (!s.anchorsDone)
            return false;
    }
    return true;
}

bool CustomerListQuery::anchorsComplete() const
{
    return std::all_of(m_segments.cbegin(), m_segments.cend(), [](const Segment &s) { return s.anchorsDone; });
}

Result<QVector<CustomerRow>> CustomerListQuery::pageAt(qint64 row, qint64 *firstRow)
{
    if (row < 0 || row >= m_total)
        return Error(ErrorCode::Usage, QStringLiteral("row %1 out of range").arg(row));
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), row,
                               [](qint64 r, const Segment &s) { return r < s.firstRow; });
    Segment &s = *(it - 1);
    const qint64 blockFirst = (row - s.firstRow) / readSize * readSize; // in the segment
    const int page = int(blockFirst / pageSize);
    const auto changed = [] { return Error(ErrorCode::Conflict, QStringLiteral("the customer list changed underneath")); };

    // The nearest known position at or before the block: its anchor, an anchor built so far, a row the count
    // passed (at most m_countChunk rows apart), or the segment's start.
    qint64 base = 0;
    QVariant baseKey;
    qint64 baseDocid = 0;
    bool from = false;
    const auto use = [&](qint64 position, const QVariant &key, qint64 docid) {
        if (position <= blockFirst && (!from || position > base)) {
            base = position;
            baseKey = key;
            baseDocid = docid;
            from = true;
        }
    };
    if (!s.anchorKeys.isEmpty()) {
        const int a = qMin(page, int(s.anchorKeys.size()) - 1);
        use(qint64(a) * pageSize, s.anchorKeys.at(a), s.anchorDocids.at(a));
    }
    const auto passed = std::upper_bound(s.chunkRows.cbegin(), s.chunkRows.cend(), blockFirst);
    if (passed != s.chunkRows.cbegin()) {
        const int c = int(passed - s.chunkRows.cbegin()) - 1;
        use(s.chunkRows.at(c), s.chunkKeys.at(c), s.chunkDocids.at(c));
    }
    if (blockFirst - base >= m_countChunk) { // far from anything known: walk the anchors there (index only)
        if (Status st = extendAnchors(s, page, -1); !st)
            return st.error();
        if (s.anchorKeys.size() <= page)
            return changed();
        use(qint64(page) * pageSize, s.anchorKeys.at(page), s.anchorDocids.at(page));
    }
    const QString where = QStringLiteral(" WHERE ") + baseWhere(&s) +
                          (s.where.isEmpty() ? QString() : QStringLiteral(" AND ") + s.where);
    if (blockFirst > base) {
        // Skip inside the index only (no table row is read for the rows skipped), then read from the key found.
        QSqlQuery skip(m_db);
        skip.setForwardOnly(true);
        skip.prepare(QStringLiteral("SELECT ") + (s.key.isEmpty() ? QStringLiteral("NULL") : s.key) +
                     QStringLiteral(", c.docid FROM customers c") + where + (from ? fromAnchor(s) : QString()) +
                     orderBy(s) + QStringLiteral(" LIMIT 1 OFFSET %1").arg(blockFirst - base));
        bindSegment(skip, s, from, baseKey, baseDocid);
        if (!skip.exec())
            return Database::errorFrom(skip.lastError(), QStringLiteral("reading customers"));
        if (!skip.next())
            return changed();
        baseKey = skip.value(0);
        baseDocid = skip.value(1).toLongLong();
        from = true;
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(rowSelect() + where + (from ? fromAnchor(s) : QString()) + orderBy(s) +
              QStringLiteral(" LIMIT %1").arg(readSize));
    bindSegment(q, s, from, baseKey, baseDocid);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading customers"));
    QVector<CustomerRow> rows;
    rows.reserve(readSize);
    while (q.next())
        rows.append(rowFrom(q));
    // Never past the segment's counted end (the next segment's rows are not in this range anyway).
    const qint64 pageFirst = s.firstRow + blockFirst;
    if (pageFirst + rows.size() > s.firstRow + s.count)
        rows.resize(int(s.firstRow + s.count - pageFirst));
    if (firstRow)
        *firstRow = pageFirst;
    return rows;
}

Result<QList<qint64>> CustomerListQuery::passingFilter(const QList<qint64> &docids)
{
    if (docids.isEmpty() || (m_filter.status.isEmpty() && m_filter.ownerId.isEmpty() && m_filter.tag.isEmpty()))
        return docids; // search results are live and visible already
    QStringList marks;
    for (int i = 0; i < docids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.docid FROM customers c WHERE ") + baseWhere() +
              QStringLiteral(" AND c.docid IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    bindAll(q, baseBinds());
    for (qint64 d : docids)
        q.addBindValue(d);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("filtering found customers"));
    QSet<qint64> passing;
    while (q.next())
        passing.insert(q.value(0).toLongLong());
    QList<qint64> out;
    for (qint64 d : docids) {
        if (passing.contains(d))
            out << d;
    }
    return out;
}

Result<QVector<CustomerRow>> CustomerListQuery::rowsFor(const QList<qint64> &docids)
{
    QVector<CustomerRow> out;
    if (docids.isEmpty())
        return out;
    QStringList marks;
    for (int i = 0; i < docids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(rowSelect() + QStringLiteral(" WHERE ") + baseWhere() + QStringLiteral(" AND c.docid IN (") +
              marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    bindAll(q, baseBinds());
    for (qint64 d : docids)
        q.addBindValue(d);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading found customers"));
    QHash<qint64, CustomerRow> byDocid;
    while (q.next()) {
        CustomerRow row = rowFrom(q);
        byDocid.insert(row.docid, row);
    }
    for (qint64 d : docids) {
        auto found = byDocid.constFind(d);
        if (found != byDocid.constEnd())
            out.append(*found);
    }
    return out;
}

} // namespace relasi
