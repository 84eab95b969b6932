// CustomerService, continued: reading, export and erasure (split from CustomerService.cpp for length).
#include "services/CustomerService.h"

#include "common/Clock.h"
#include "search/SearchIndex.h"
#include "services/CustomerValidator.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
const QString kCustomer = QStringLiteral("customer");

// Child tables whose rows are the customer's personal data and go with an erasure: (table, entity).
struct ChildTable {
    const char *table;
    const char *entity;
};
constexpr ChildTable kErasedChildren[] = {
    {"contact_points", "contact_point"}, {"addresses", "address"}, {"interactions", "interaction"}, {"tasks", "task"}};
} // namespace

Result<Customer> CustomerService::get(const QString &customerId)
{
    return loadForWrite(customerId, Permission::ReadRecords, false);
}

Result<QList<Customer>> CustomerService::list(const CustomerFilter &f)
{
    if (Status s = m_ctx.require(Permission::ReadRecords, kCustomer); !s)
        return s.error();
    const Session &me = m_ctx.session();
    QString sql = QStringLiteral("SELECT ") + CustomerStore::selectColumns() + QStringLiteral(" FROM customers c WHERE ") +
                  Policy::customerVisibilitySql(me);
    if (!f.includeDeleted)
        sql += QStringLiteral(" AND c.cl % 2 = 1");
    if (!f.status.isEmpty())
        sql += QStringLiteral(" AND c.status = :status");
    if (!f.ownerId.isEmpty())
        sql += QStringLiteral(" AND c.owner_id = :owner");
    if (!f.tag.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND "
                              "t.tag_key = :tag AND t.cl % 2 = 1)");
    switch (f.sort) {
    case CustomerFilter::Sort::Name:
        sql += QStringLiteral(" ORDER BY c.sort_key, c.docid");
        break;
    case CustomerFilter::Sort::Created:
        sql += QStringLiteral(" ORDER BY c.created_at DESC, c.docid DESC");
        break;
    case CustomerFilter::Sort::LastContact:
        sql += QStringLiteral(" ORDER BY c.last_contact_at DESC, c.docid DESC");
        break;
    }
    sql += QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery q(m_ctx.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (me.role == Role::Sales)
        q.bindValue(QStringLiteral(":scope_user"), me.userId);
    if (!f.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), f.status);
    if (!f.ownerId.isEmpty())
        q.bindValue(QStringLiteral(":owner"), f.ownerId);
    if (!f.tag.isEmpty())
        q.bindValue(QStringLiteral(":tag"), CustomerValidator::tagKey(f.tag));
    q.bindValue(QStringLiteral(":limit"), f.limit > 0 ? f.limit : 100);
    q.bindValue(QStringLiteral(":offset"), qMax(0, f.offset));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("listing customers"));
    QList<Customer> out;
    while (q.next()) {
        auto c = m_store.readRow(q);
        if (!c)
            return c.error();
        out << *c;
    }
    q.finish();
    for (Customer &c : out) {
        if (Status s = m_store.loadChildren(c); !s)
            return s.error();
    }
    return out;
}

Status CustomerService::exportAll(const std::function<bool(const Customer &)> &visit)
{
    if (Status s = m_ctx.require(Permission::BulkExport, kCustomer); !s)
        return s;
    QSqlQuery q(m_ctx.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + CustomerStore::selectColumns() +
                QStringLiteral(" FROM customers c WHERE c.cl % 2 = 1 ORDER BY c.docid")))
        return Database::errorFrom(q.lastError(), QStringLiteral("exporting customers"));
    int count = 0;
    bool stopped = false;
    while (q.next()) {
        auto c = m_store.readRow(q);
        if (!c)
            return c.error();
        if (Status s = m_store.loadChildren(*c); !s)
            return s;
        ++count;
        if (!visit(*c)) {
            stopped = true;
            break;
        }
    }
    q.finish();
    QJsonObject details;
    details.insert(QStringLiteral("count"), count);
    details.insert(QStringLiteral("complete"), !stopped);
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("export"), kCustomer, {}, details); !a)
        return a.error();
    return {};
}

Status CustomerService::erase(const QString &customerId)
{
    if (Status s = m_ctx.require(Permission::EraseData, kCustomer, customerId); !s)
        return s;
    auto found = m_store.load(customerId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, QStringLiteral("no customer with id %1").arg(customerId));
    if ((*found)->legalHold)
        return Error(ErrorCode::Conflict, QStringLiteral("customer %1 is under legal hold").arg(customerId));

    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    ChangeJournal &journal = m_ctx.journal();
    QSqlQuery q(m_ctx.db());
    QJsonObject details;
    // Every child row, live or deleted, leaves an erasure marker of its own.
    for (const ChildTable &t : kErasedChildren) {
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE customer_id = ?").arg(QLatin1String(t.table)));
        q.addBindValue(customerId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading rows to erase"));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (const QString &id : std::as_const(ids)) {
            if (auto j = journal.erase(QLatin1String(t.entity), id, customerId); !j)
                return j.error();
        }
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE customer_id = ?").arg(QLatin1String(t.table)));
        q.addBindValue(customerId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("erasing rows"));
        if (!ids.isEmpty())
            details.insert(QLatin1String(t.table), int(ids.size()));
    }
    // Tags and shares: set members keyed "customer/key".
    for (const auto &[table, entity, key] : {std::tuple{"customer_tags", "customer_tag", "tag_key"},
                                             std::tuple{"customer_shares", "customer_share", "user_id"}}) {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE customer_id = ?").arg(QLatin1String(key), QLatin1String(table)));
        q.addBindValue(customerId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading rows to erase"));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        for (const QString &k : std::as_const(keys)) {
            if (auto j = journal.erase(QLatin1String(entity), customerId + QLatin1Char('/') + k, customerId); !j)
                return j.error();
        }
    }
    if (Status s = SearchIndex::removeCustomer(m_ctx.db(), customerId); !s)
        return s;
    if (Status s = m_store.deleteCustomerRows(customerId); !s)
        return s;
    if (auto j = journal.erase(kCustomer, customerId, customerId); !j)
        return j.error();
    // People of an erased company keep their record but lose the link and the copied name.
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE company_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a company's people"));
    QStringList people;
    while (q.next())
        people << q.value(0).toString();
    const QVariantMap unlink{{QStringLiteral("company_id"), QVariant()}, {QStringLiteral("company_name"), QString()}};
    for (const QString &id : std::as_const(people)) {
        if (Status s = m_store.updateCustomer(id, unlink, m_ctx.clock().nowMs()); !s)
            return s;
        if (auto j = journal.upsert(kCustomer, id, id, unlink); !j)
            return j.error();
        if (Status s = SearchIndex::reindexCustomer(m_ctx.db(), id); !s)
            return s;
        tx.touched(kCustomer, id);
    }
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("erase"), kCustomer, customerId, details);
        !a)
        return a.error();
    tx.touched(kCustomer, customerId);
    return tx.commit();
}

} // namespace relasi
