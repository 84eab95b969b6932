// CustomerService: creating customers (one or a batch; the bulk path of imports and demo data).
#include "services/CustomerService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "services/AuditLog.h"
#include "services/ChangeJournal.h"
#include "services/CustomerValidator.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace relasi {

namespace {

const QString kCustomer = QStringLiteral("customer");
const QString kContact = QStringLiteral("contact_point");
const QString kAddress = QStringLiteral("address");
const QString kTag = QStringLiteral("customer_tag");

// The audit details of a created customer: {"addresses":n,"contacts":n,"fields":[…],"tags":n}, written as the
// canonical JSON AuditLog::canonicalJson() makes of the same object (the field list is the same for every
// customer: the columns of CustomerStore::columnsOf).
QString createdDetails(const Customer &c)
{
    static const QString fields = [] {
        QJsonObject o;
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(CustomerStore::columnsOf(Customer()).keys()));
        const QString json = AuditLog::canonicalJson(o); // {"fields":[…]}
        return json.mid(10, json.size() - 11);
    }();
    QString out;
    out.reserve(fields.size() + 48);
    out += QLatin1String("{\"addresses\":");
    out += QString::number(c.addresses.size());
    out += QLatin1String(",\"contacts\":");
    out += QString::number(c.contacts.size());
    out += QLatin1String(",\"fields\":");
    out += fields;
    out += QLatin1String(",\"tags\":");
    out += QString::number(c.tags.size());
    out += QLatin1Char('}');
    return out;
}

} // namespace

Result<PreparedCustomers> CustomerService::prepare(const QList<NewCustomer> &customers, const QString &region,
                                                   const QString &indexRegion)
{
    PreparedCustomers out;
    out.region = region;
    out.indexRegion = indexRegion;
    out.records = customers;
    out.indexRows.reserve(out.records.size());
    for (int i = 0; i < out.records.size(); ++i) {
        Customer &c = out.records[i];
        if (Status s = CustomerValidator::normalize(c, region); !s) {
            if (out.records.size() == 1)
                return s.error();
            return Error(ErrorCode::Invalid, QStringLiteral("record %1: %2").arg(i + 1).arg(s.error().message));
        }
        out.indexRows << SearchIndex::rowFor(c, indexRegion);
    }
    return out;
}

Result<QString> CustomerService::create(const NewCustomer &customer)
{
    auto ids = createMany(QList<NewCustomer>{customer});
    if (!ids)
        return ids.error();
    return ids->first();
}

// Permissions and owners of a batch (a denial is audited on its own, outside the write transaction). Fills
// in the acting user as the owner where none is given.
Status CustomerService::checkCreate(QList<Customer> &batch, Permission permission)
{
    const Session &me = m_ctx.session();
    QSet<QString> owners;
    bool checkedOthers = false;
    for (Customer &c : batch) {
        if (c.ownerId.isEmpty())
            c.ownerId = me.userId;
        const RecordScope scope{c.ownerId, false};
        if (Status s = Policy::check(me, permission, &scope); !s)
            return m_ctx.require(permission, kCustomer, {}, &scope);
        if (c.ownerId != me.userId && !checkedOthers) {
            if (Status s = m_ctx.require(Permission::ReassignOwner, kCustomer); !s)
                return s;
            checkedOthers = true;
        }
        owners.insert(c.ownerId);
    }
    if (batch.isEmpty())
        return m_ctx.require(permission, kCustomer);
    for (const QString &owner : std::as_const(owners)) {
        if (Status s = checkOwner(owner); !s)
            return s;
    }
    return {};
}

Result<QStringList> CustomerService::createMany(const QList<NewCustomer> &customers, const Progress &progress,
                                                Origin origin)
{
    const Permission permission = origin == Origin::Direct ? Permission::CreateRecords : Permission::ImportCsv;
    QList<Customer> batch = customers;
    if (Status s = checkCreate(batch, permission); !s)
        return s.error();
    if (batch.isEmpty())
        return QStringList();
    auto prepared = prepare(batch, m_ctx.defaultRegion(), SearchIndex::indexRegion(m_ctx.db()));
    if (!prepared)
        return prepared.error();
    return writeNew(*prepared, progress, origin);
}

Result<QStringList> CustomerService::createMany(PreparedCustomers prepared, const Progress &progress, Origin origin)
{
    const Permission permission = origin == Origin::Direct ? Permission::CreateRecords : Permission::ImportCsv;
    if (prepared.indexRows.size() != prepared.records.size())
        return Error(ErrorCode::Usage, QStringLiteral("prepared customers: one index row per record expected"));
    if (Status s = checkCreate(prepared.records, permission); !s)
        return s.error();
    if (prepared.records.isEmpty())
        return QStringList();
    const QString indexRegion = SearchIndex::indexRegion(m_ctx.db());
    if (indexRegion != prepared.indexRegion) { // the business moved since the rows were built
        for (int i = 0; i < prepared.records.size(); ++i)
            prepared.indexRows[i] = SearchIndex::rowFor(prepared.records.at(i), indexRegion);
        prepared.indexRegion = indexRegion;
    }
    return writeNew(prepared, progress, origin);
}

Result<QStringList> CustomerService::writeNew(PreparedCustomers &prepared, const Progress &progress, Origin origin)
{
    QList<Customer> &batch = prepared.records;
    for (int i = 0; i < batch.size(); ++i) {
        Customer &c = batch[i];
        c.id = Uuid::v7(m_ctx.clock());
        if (c.companyId.isEmpty())
            continue;
        if (Status s = linkCompany(c); !s)
            return s.error();
        prepared.indexRows[i].company = SearchIndex::rowFor(c, prepared.indexRegion).company;
    }

    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    const qint64 now = m_ctx.clock().nowMs();
    // ImportRun: the importer writes one audit entry for the whole run (DESIGN §6: one entry per action).
    const QString action = origin == Origin::ImportRun ? QString()
        : origin == Origin::Import                     ? QStringLiteral("import")
                                                       : QStringLiteral("create");
    QStringList ids;
    ids.reserve(batch.size());
    const int total = int(batch.size());
    for (int i = 0; i < total; ++i) {
        if (Status s = insertNew(batch[i], prepared.indexRows.at(i), tx, now, action); !s)
            return s.error();
        ids << batch[i].id;
        if (progress && ((i + 1) % 256 == 0 || i + 1 == total) && !progress(i + 1, total))
            return Error(ErrorCode::Cancelled, QStringLiteral("cancelled after %1 of %2 customers").arg(i + 1).arg(total));
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

// Rows, journal, search index and audit of one new customer, inside tx. c is normalised and has its id.
// Every statement is prepared once per CustomerStore / ChangeJournal / AuditLog and reused across rows;
// nothing is read back (the customer is new: no tag rows, no index row exist yet). The journal gets one
// mutation for the whole customer by reference (ChangeJournal::created): no value is copied.
Status CustomerService::insertNew(Customer &c, const SearchIndex::Row &indexRow, WriteTransaction &tx, qint64 now,
                                  const QString &action)
{
    const QString &id = c.id;
    c.cl = 1;
    if (Status s = m_store.insertCustomer(c, now); !s)
        return s;
    QList<ChangeJournal::RecordRef> children;
    children.reserve(c.contacts.size() + c.addresses.size() + c.tags.size());
    for (ContactPoint &p : c.contacts) {
        p.id = Uuid::v7(m_ctx.clock());
        if (Status s = m_store.insertContact(id, p, now); !s)
            return s;
        children.append({kContact, p.id});
    }
    for (Address &a : c.addresses) {
        a.id = Uuid::v7(m_ctx.clock());
        if (Status s = m_store.insertAddress(id, a, now); !s)
            return s;
        children.append({kAddress, a.id});
    }
    for (const QString &t : std::as_const(c.tags)) { // already a folded set (CustomerValidator)
        const QString key = CustomerValidator::tagKey(t);
        if (Status s = m_store.writeTag(id, key, t, 1, now, true); !s)
            return s;
        children.append({kTag, id + QLatin1Char('/') + key});
    }
    if (auto j = m_ctx.journal().created(kCustomer, id, id, children); !j)
        return j.error();
    if (Status s = m_store.insertSearchRow(c.docid, indexRow); !s)
        return s;
    if (action.isEmpty())
        return {}; // ImportRun: audited and notified once by the importer
    if (auto a = m_ctx.audit().appendCanonical(m_ctx.session().userId, action, kCustomer, id, createdDetails(c)); !a)
        return a.error();
    tx.touched(kCustomer, id);
    return {};
}

} // namespace relasi
