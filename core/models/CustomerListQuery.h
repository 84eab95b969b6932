#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

namespace relasi {

// One row of the customer list.
struct CustomerRow {
    qint64 docid = 0;
    QString id;
    QString name;
    QString company;
    QString phone; // E.164
    QString email;
    QString city;
    QString status;
    QString ownerId;
    QString ownerName;
    QVariant lastContactAt; // UTC ms or null
    qint64 createdAt = 0;

    bool operator==(const CustomerRow &o) const;
};

// Keyset paging over the live customers for CustomerListModel: the list is a concatenation of segments
// (e.g. one per owner when sorted by owner, or contacted / never contacted), each ordered by an indexed
// key and the docid. A sparse anchor table (the key of every pageSize-th row) turns "row N" into an
// index-only skip of fewer than pageSize entries and one range read of readSize rows, whatever N is. Never
// loads all rows. Counting, skipping and the anchors read only the list's indexes (migration 7 put cl and
// docid in them), never table rows. Not thread-safe.
class CustomerListQuery
{
public:
    enum class SortKey { Name, LastContact, Created, Owner };

    struct Filter {
        QString status;          // lead/prospect/customer/inactive, empty = any
        QString ownerId;         // empty = any
        QString tag;             // as typed (matched folded), empty = any
        QString visibleToUserId; // sales rep: own + shared only; empty = all
    };

    // Rows between two anchors.
    static constexpr int pageSize = 200;
    // Rows read (with their contact points, address and owner) per pageAt().
    static constexpr int readSize = 50;
    // Rows per step of the progressive count (one keyset range read of this many index entries).
    static constexpr int countChunk = 10000;
    static constexpr int firstCountStep = 1000;

    explicit CustomerListQuery(QSqlDatabase db);

    // Sets sort and filter and recounts (exact counts, one indexed count per segment).
    Status reset(SortKey key, Qt::SortOrder order, const Filter &filter);
    // Sets sort and filter and counts for about budgetMs (at least one chunk of rows): count() is then the
    // number of rows known so far, a prefix of the list that never moves while counting continues with
    // countMore(). (An exact count of a million live rows reads every table row: SQLite 3.15 checks the
    // partial indexes' "cl % 2 = 1" on the table, which took 0.6–1.5 s before the first rows showed.)
    Status resetProgressive(SortKey key, Qt::SortOrder order, const Filter &filter, int budgetMs);
    // Counts on for about budgetMs (< 0: to the end); true when the count is exact.
    Result<bool> countMore(int budgetMs);
    bool countComplete() const;
    // Rows per counting step; smaller values let tests exercise the progressive count on small data.
    void setCountChunk(int rows) { m_countChunk = qMax(1, rows); }
    // Sets the filter without counting (search mode reads only rowsFor()).
    void setFilter(const Filter &filter) { m_filter = filter; }
    // Recounts; true if every segment kept its size. Anchors are dropped either way (keys may have moved).
    // budgetMs >= 0: gives up after about that long (at least one chunk) and returns false, leaving a
    // progressive count under way (see resetProgressive).
    Result<bool> recount(int budgetMs = -1);

    // The exact number of rows once countComplete(); before that, the rows counted so far.
    qint64 count() const { return m_total; }
    // readSize rows starting at the block that holds `row` (fewer at a segment's end); *firstRow is set to
    // the block's first row.
    Result<QVector<CustomerRow>> pageAt(qint64 row, qint64 *firstRow);
    // Builds anchors for about budgetMs; true when every anchor is built.
    Result<bool> buildAnchors(int budgetMs);
    bool anchorsComplete() const;

    // The rows of the given customers (live, passing the filter), in the given order.
    Result<QVector<CustomerRow>> rowsFor(const QList<qint64> &docids);
    // The given customers that pass the status / owner / tag filter, in the given order (all of them, read
    // from no table, when no such filter is set).
    Result<QList<qint64>> passingFilter(const QList<qint64> &docids);

    // The SELECT list and FROM of a row (shared with the tests' reference queries).
    static QString rowSelect();

private:
    struct Segment {
        QString where;         // extra condition (bound values in binds)
        QVariantList binds;    // positional values for `where`
        QString key;           // indexed key column; empty = docid only
        qint64 count = 0;         // rows counted so far (all of them when counted)
        bool counted = false;
        bool countStarted = false; // countKey/countDocid hold the first row not yet counted
        QVariant countKey;
        qint64 countDocid = 0;
        qint64 firstRow = 0;
        QVector<QVariant> chunkKeys;  // key of the rows where counting steps ended (found while counting)
        QVector<qint64> chunkDocids;
        QVector<qint64> chunkRows;    // their positions in the segment
        QVector<QVariant> anchorKeys; // key of rows 0, pageSize, 2*pageSize, …
        QVector<qint64> anchorDocids;
        bool anchorsDone = false;
    };

    Status buildSegments(bool count = true);
    // One segment per owner (and one for no owner), in the order of the owners' names.
    Status buildOwnerSegments();
    Status countSegment(Segment &s);
    // One step: counts rows of s from where its count stopped: as many as counted so far (at least
    // firstCountStep, at most m_countChunk), so a filter that must read table rows shows its first rows soon.
    Status countStep(Segment &s);
    void placeSegments();
    Status extendAnchors(Segment &s, int upToPage, qint64 deadlineMs);
    // The filter as SQL. For ordered scans by created / last contact the filter columns are written +col so
    // that SQLite keeps walking the sort key's index (instead of a filter index followed by sorting every
    // match per page); by name (sort_key), the status and owner indexes (col, sort_key, docid, cl) are in
    // the list's order already, so they are left for SQLite to use.
    QString baseWhere(const Segment *ordered = nullptr) const;
    QVariantList baseBinds() const;
    QString orderBy(const Segment &s) const;
    // Rows at or after (key, docid) in segment order.
    QString fromAnchor(const Segment &s) const;
    // Binds the filter's and the segment's values, then (key, docid) when `from` (a fromAnchor() query).
    void bindSegment(class QSqlQuery &q, const Segment &s, bool from, const QVariant &key, qint64 docid) const;
    static CustomerRow rowFrom(const class QSqlQuery &q);

    QSqlDatabase m_db;
    SortKey m_sortKey = SortKey::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    Filter m_filter;
    QList<Segment> m_segments;
    qint64 m_total = 0;
    int m_countChunk = countChunk;
};

} // namespace relasi
