#pragma once

#include "models/CustomerListQuery.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QList>
#include <QSqlDatabase>
#include <QTimer>

namespace relasi {

// The customer list (DESIGN §1, §4) over any number of customers: rows are read in pages of
// CustomerListQuery::pageSize through keyset paging and kept in a small LRU of pages. The first rows show at
// once: opening (or re-sorting, filtering) counts for at most syncCountMs, and when the list is longer than
// that pass covers, rowCount() is the rows counted so far and grows (rowsInserted at the end) as counting
// goes on in idle slices, until it is exact (countComplete()); then the anchor table is built the same way.
// Sortable by name, last contact, created and owner; filters for status, owner and tag; a search text
// switches to CustomerSearch's ranked results (at most searchLimit), whose rows are read readSize at a time
// as they are shown. Entering, changing and leaving a search keeps the list's count and anchors: only a
// sort, a filter or a change of the data while searching starts them over. Connect ChangeNotifier::changed
// to onChanged().
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Company, Phone, Email, City, Status, Owner, LastContact, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // customers.id
        RawRole,                   // the stored value (E.164 phone, UTC ms, status code)
    };

    // visibleToUserId: a sales rep's id (own + shared customers only); empty = all customers.
    explicit CustomerListModel(QSqlDatabase db, const QString &visibleToUserId = QString(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Name, LastContact, Created and Owner sort; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setStatusFilter(const QString &status);
    void setOwnerFilter(const QString &ownerId);
    void setTagFilter(const QString &tag);
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_searchText.trimmed().isEmpty(); }
    static constexpr int searchLimit = 200;
    // Times the list was counted from its start (opening, sorting, filtering, changes); tests use it to see
    // that a search does not recount the list.
    int listLoads() const { return m_listLoads; }

    // Finishes the count now (rowsInserted for the rows it adds) instead of in idle slices.
    void finishCountNow();
    bool countComplete() const { return m_query.countComplete(); }
    // Rows per counting step and the time the first pass may take (tests use small values).
    void setCountSteps(int chunkRows, int syncMs);
    static constexpr int syncCountMs = 40;
    // Finishes the count, then builds the anchor table now instead of in idle slices (benchmarks, tests).
    void buildAnchorsNow();
    bool anchorsComplete() const { return m_query.anchorsComplete(); }
    // The last database error (the model shows no rows for a failed read).
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void onChanged(const QString &entity, const QStringList &ids);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Page {
        qint64 firstRow = 0;
        QVector<CustomerRow> rows;
    };

    // Sort or filter changed: the search (if any) again, the list from scratch (now or when the search ends).
    void reload();
    void reloadList();
    void runSearch();
    void clearPages();
    const CustomerRow *rowAt(int row) const;
    void scheduleAnchors();
    void buildAnchorSlice();
    bool countSlice(int budgetMs);
    void reportError(const Error &error) const;
    int columnSortKey(int column, CustomerListQuery::SortKey *key) const;

    QSqlDatabase m_db;
    mutable CustomerListQuery m_query;
    CustomerListQuery::Filter m_filter;
    CustomerListQuery::SortKey m_sortKey = CustomerListQuery::SortKey::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QString m_searchText;
    QList<qint64> m_searchDocids;               // the search's rows, best first (passing the filters)
    mutable QMap<int, QVector<CustomerRow>> m_searchBlocks; // by block (readSize rows), read when shown
    bool m_listStale = true;                    // the list must be counted again when the search ends
    int m_listLoads = 0;
    qint64 m_count = 0;
    QString m_region;
    int m_syncCountMs = syncCountMs;

    mutable QMap<qint64, Page> m_pages; // by first row
    mutable qint64 m_lastPage = -1;     // first row of the page read last (fast path)
    mutable QList<qint64> m_lru;
    static constexpr int maxPages = 128; // of CustomerListQuery::readSize rows
    mutable QString m_lastError;
    QTimer m_anchorTimer;
};

} // namespace relasi
