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

} // namespace relasi
