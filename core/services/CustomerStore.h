#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "search/SearchIndex.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <array>
#include <optional>

namespace relasi {

// The SQL of CustomerService (one place for its statements, prepared once per instance). Rows only: no
// permission checks, journal or audit — CustomerService does those. Column maps use the column names,
// which are also the field names in field_clock and the outbox.
class CustomerStore
{
public:
    explicit CustomerStore(QSqlDatabase db);

    // The whole record (alive contact points, addresses, tags and shares); nullopt when absent.
    Result<std::optional<Customer>> load(const QString &id);
    // Children for a list of customers already read (one query per child table and customer).
    Status loadChildren(Customer &c);
    Result<Customer> readRow(const QSqlQuery &q) const;
    static QString selectColumns(const QString &alias = QStringLiteral("c"));

    // customers row: every column of columnsOf(c) plus id, sort_key, cl, timestamps. Sets c.docid.
    Status insertCustomer(Customer &c, qint64 now);
    // The same with columnsOf(c) already made by the caller.
    Status insertCustomer(Customer &c, qint64 now, const QVariantMap &columns);
    // The search index row of a customer created in this transaction (see SearchIndex::insertNew).
    Status insertSearchRow(qint64 docid, const SearchIndex::Row &row);
    Status updateCustomer(const QString &id, const QVariantMap &columns, qint64 now);
    Status setCustomerCl(const QString &id, qint64 cl, qint64 now);
    Status deleteCustomerRows(const QString &id); // physical delete of the record and its children (erase)

    Status insertContact(const QString &customerId, const ContactPoint &p, qint64 now);
    Status insertAddress(const QString &customerId, const Address &a, qint64 now);
    Status updateChild(const QString &table, const QString &id, const QVariantMap &columns, qint64 now);
    Status setChildCl(const QString &table, const QString &id, qint64 cl, qint64 now);

    // Causal-length set rows (customer_tags, customer_shares). cl of the stored row, 0 when absent.
    Result<qint64> tagCl(const QString &customerId, const QString &tagKey);
    // isNew: no row for (customerId, tagKey) exists (tagCl() returned 0); it is then inserted with cl 1.
    Status writeTag(const QString &customerId, const QString &tagKey, const QString &tag, qint64 cl, qint64 now,
                    bool isNew = false);
    Result<qint64> shareCl(const QString &customerId, const QString &userId);
    Status writeShare(const QString &customerId, const QString &userId, qint64 cl, qint64 now);

    static QVariantMap columnsOf(const Customer &c);
    static QVariantMap columnsOf(const QString &customerId, const ContactPoint &p);
    static QVariantMap columnsOf(const QString &customerId, const Address &a);
    // Entries of `after` that differ from `before`.
    static QVariantMap diff(const QVariantMap &before, const QVariantMap &after);

private:
    enum Stmt {
        InsertCustomer, InsertContact, InsertAddress, TagCl, WriteTag, UpdateTag, ShareCl, WriteShare, UpdateShare,
        InsertSearchRow, StmtCount
    };
    QSqlQuery &prepared(Stmt s, const char *sql);
    Status insertTag(const QString &customerId, const QString &tagKey, const QString &tag, qint64 now);

    QSqlDatabase m_db;
    std::array<std::optional<QSqlQuery>, StmtCount> m_stmts;
};

} // namespace relasi
