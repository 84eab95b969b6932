#include "services/CustomerService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "search/SearchIndex.h"
#include "services/CustomerValidator.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

const QString kCustomer = QStringLiteral("customer");
const QString kContact = QStringLiteral("contact_point");
const QString kAddress = QStringLiteral("address");
const QString kTag = QStringLiteral("customer_tag");
const QString kShare = QStringLiteral("customer_share");

QString setRecordId(const QString &customerId, const QString &key)
{
    return customerId + QLatin1Char('/') + key;
}

RecordScope scopeOf(const Customer &c, const QString &userId)
{
    return RecordScope{c.ownerId, c.sharedWith.contains(userId)};
}

} // namespace

CustomerService::CustomerService(ServiceContext &ctx) : m_ctx(ctx), m_store(ctx.db()) {}

Result<Customer> CustomerService::loadForWrite(const QString &customerId, Permission permission, bool mustBeAlive)
{
    auto found = m_store.load(customerId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, QStringLiteral("no customer with id %1").arg(customerId));
    Customer c = std::move(**found);
    const RecordScope scope = scopeOf(c, m_ctx.session().userId);
    if (Status s = m_ctx.require(permission, kCustomer, customerId, &scope); !s)
        return s.error();
    if (mustBeAlive && c.isDeleted())
        return Error(ErrorCode::NotFound, QStringLiteral("customer %1 is deleted").arg(customerId));
    return c;
}

Status CustomerService::checkOwner(const QString &ownerId)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT active FROM users WHERE id = ?"));
    q.addBindValue(ownerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a user"));
    if (!q.next() || !q.value(0).toBool())
        return Error(ErrorCode::NotFound, QStringLiteral("owner: no active user with id %1").arg(ownerId));
    return {};
}

Status CustomerService::linkCompany(Customer &c)
{
    if (c.companyId.isEmpty())
        return {};
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT display_name, kind, cl FROM customers WHERE id = ?"));
    q.addBindValue(c.companyId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a company"));
    if (!q.next() || q.value(1).toString() != QLatin1String("company") || q.value(2).toLongLong() % 2 == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("company: no company with id %1").arg(c.companyId));
    if (c.companyId == c.id)
        return Error(ErrorCode::Invalid, QStringLiteral("company: a company cannot belong to itself"));
    c.companyName = q.value(0).toString();
    return {};
}

Status CustomerService::writeTags(const QString &customerId, const QStringList &before, const QStringList &after,
                                  qint64 now, QStringList *added, QStringList *removed)
{
    QHash<QString, QString> old;
    for (const QString &t : before)
        old.insert(CustomerValidator::tagKey(t), t);
    QSet<QString> keep;
    for (const QString &t : after) {
        const QString key = CustomerValidator::tagKey(t);
        keep.insert(key);
        if (old.value(key) == t)
            continue; // unchanged
        auto cl = m_store.tagCl(customerId, key);
        if (!cl)
            return cl.error();
        const QString recordId = setRecordId(customerId, key);
        if (old.contains(key)) { // same tag, typed differently: only the shown text changes
            if (Status s = m_store.writeTag(customerId, key, t, *cl, now); !s)
                return s;
            QVariantMap f{{QStringLiteral("tag"), t}};
            if (auto j = m_ctx.journal().upsert(kTag, recordId, customerId, f); !j)
                return j.error();
            continue;
        }
        const qint64 newCl = *cl == 0 ? 1 : ChangeJournal::restoredCl(*cl);
        if (Status s = m_store.writeTag(customerId, key, t, newCl, now, *cl == 0); !s)
            return s;
        QVariantMap f{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("tag"), t}};
        if (auto j = m_ctx.journal().upsert(kTag, recordId, customerId, f, *cl == 0); !j)
            return j.error();
        if (*cl != 0) {
            if (auto j = m_ctx.journal().setCausalLength(kTag, recordId, customerId, newCl); !j)
                return j.error();
        }
        if (added)
            *added << t;
    }
    for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
        if (keep.contains(it.key()))
            continue;
        auto cl = m_store.tagCl(customerId, it.key());
        if (!cl)
            return cl.error();
        const qint64 newCl = ChangeJournal::deletedCl(*cl);
        if (Status s = m_store.writeTag(customerId, it.key(), it.value(), newCl, now); !s)
            return s;
        if (auto j = m_ctx.journal().setCausalLength(kTag, setRecordId(customerId, it.key()), customerId, newCl); !j)
            return j.error();
        if (removed)
            *removed << it.value();
    }
    return {};
}

Status CustomerService::update(const Customer &customer)
{
    auto loaded = loadForWrite(customer.id, Permission::EditRecords, true);
    if (!loaded)
        return loaded.error();
    const Customer old = *loaded;
    Customer c = customer;
    c.legalHold = old.legalHold; // only LegalHold (the owner, audited) sets or clears a hold
    if (c.ownerId.isEmpty())
        c.ownerId = old.ownerId;
    if (c.ownerId != old.ownerId) {
        if (Status s = m_ctx.require(Permission::ReassignOwner, kCustomer, c.id); !s)
            return s;
        if (Status s = checkOwner(c.ownerId); !s)
            return s;
    }
    if (Status s = CustomerValidator::normalize(c, m_ctx.defaultRegion()); !s)
        return s;
    if (c.companyId.isEmpty() && !old.companyId.isEmpty() && c.companyName == old.companyName)
        c.companyName.clear(); // leaving the company
    if (Status s = linkCompany(c); !s)
        return s;

    const QVariantMap changed = CustomerStore::diff(CustomerStore::columnsOf(old), CustomerStore::columnsOf(c));
    // Children: matched by id.
    QHash<QString, ContactPoint> oldContacts;
    for (const ContactPoint &p : old.contacts)
        oldContacts.insert(p.id, p);
    QHash<QString, Address> oldAddresses;
    for (const Address &a : old.addresses)
        oldAddresses.insert(a.id, a);

    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    const qint64 now = m_ctx.clock().nowMs();
    ChangeJournal &journal = m_ctx.journal();
    int contactsAdded = 0, contactsChanged = 0, contactsRemoved = 0, addressesChanged = 0;
    QSet<QString> seen;
    for (ContactPoint &p : c.contacts) {
        if (!p.id.isEmpty() && oldContacts.contains(p.id)) {
            seen.insert(p.id);
            const QVariantMap d = CustomerStore::diff(CustomerStore::columnsOf(c.id, oldContacts.value(p.id)),
                                                      CustomerStore::columnsOf(c.id, p));
            if (d.isEmpty())
                continue;
            if (Status s = m_store.updateChild(QStringLiteral("contact_points"), p.id, d, now); !s)
                return s;
            if (auto j = journal.upsert(kContact, p.id, c.id, d); !j)
                return j.error();
            ++contactsChanged;
            continue;
        }
        p.id = Uuid::v7(m_ctx.clock());
        if (Status s = m_store.insertContact(c.id, p, now); !s)
            return s;
        if (auto j = journal.upsert(kContact, p.id, c.id, CustomerStore::columnsOf(c.id, p)); !j)
            return j.error();
        ++contactsAdded;
    }
    for (const ContactPoint &p : old.contacts) {
        if (seen.contains(p.id))
            continue;
        if (Status s = m_store.setChildCl(QStringLiteral("contact_points"), p.id, 2, now); !s)
            return s;
        if (auto j = journal.setCausalLength(kContact, p.id, c.id, 2); !j)
            return j.error();
        ++contactsRemoved;
    }
    seen.clear();
    for (Address &a : c.addresses) {
        if (!a.id.isEmpty() && oldAddresses.contains(a.id)) {
            seen.insert(a.id);
            const QVariantMap d = CustomerStore::diff(CustomerStore::columnsOf(c.id, oldAddresses.value(a.id)),
                                                      CustomerStore::columnsOf(c.id, a));
            if (d.isEmpty())
                continue;
            if (Status s = m_store.updateChild(QStringLiteral("addresses"), a.id, d, now); !s)
                return s;
            if (auto j = journal.upsert(kAddress, a.id, c.id, d); !j)
                return j.error();
        } else {
            a.id = Uuid::v7(m_ctx.clock());
            if (Status s = m_store.insertAddress(c.id, a, now); !s)
                return s;
            if (auto j = journal.upsert(kAddress, a.id, c.id, CustomerStore::columnsOf(c.id, a)); !j)
                return j.error();
        }
        ++addressesChanged;
    }
    for (const Address &a : old.addresses) {
        if (seen.contains(a.id))
            continue;
        if (Status s = m_store.setChildCl(QStringLiteral("addresses"), a.id, 2, now); !s)
            return s;
        if (auto j = journal.setCausalLength(kAddress, a.id, c.id, 2); !j)
            return j.error();
        ++addressesChanged;
    }
    QStringList tagsAdded, tagsRemoved;
    if (Status s = writeTags(c.id, old.tags, c.tags, now, &tagsAdded, &tagsRemoved); !s)
        return s;

    if (changed.isEmpty() && contactsAdded + contactsChanged + contactsRemoved + addressesChanged == 0 &&
        tagsAdded.isEmpty() && tagsRemoved.isEmpty() && old.tags == c.tags)
        return {}; // nothing to write: the transaction rolls back empty, no audit entry
    if (!changed.isEmpty()) {
        if (Status s = m_store.updateCustomer(c.id, changed, now); !s)
            return s;
        if (auto j = journal.upsert(kCustomer, c.id, c.id, changed); !j)
            return j.error();
    } else {
        if (Status s = m_store.updateCustomer(c.id, {}, now); !s) // updated_at only
            return s;
    }
    if (c.kind == CustomerKind::Company && changed.contains(QStringLiteral("display_name"))) {
        if (Status s = propagateCompanyName(c.id, c.displayName, tx, now); !s)
            return s;
    }
    if (Status s = SearchIndex::reindexCustomer(m_ctx.db(), c.id); !s)
        return s;
    QJsonObject details;
    details.insert(QStringLiteral("fields"), QJsonArray::fromStringList(changed.keys()));
    if (contactsAdded)
        details.insert(QStringLiteral("contacts_added"), contactsAdded);
    if (contactsChanged)
        details.insert(QStringLiteral("contacts_changed"), contactsChanged);
    if (contactsRemoved)
        details.insert(QStringLiteral("contacts_removed"), contactsRemoved);
    if (addressesChanged)
        details.insert(QStringLiteral("addresses_changed"), addressesChanged);
    if (!tagsAdded.isEmpty())
        details.insert(QStringLiteral("tags_added"), int(tagsAdded.size()));
    if (!tagsRemoved.isEmpty())
        details.insert(QStringLiteral("tags_removed"), int(tagsRemoved.size()));
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("update"), kCustomer, c.id, details); !a)
        return a.error();
    tx.touched(kCustomer, c.id);
    return tx.commit();
}

Status CustomerService::propagateCompanyName(const QString &companyId, const QString &name, WriteTransaction &tx,
                                             qint64 now)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE company_id = ? AND cl % 2 = 1"));
    q.addBindValue(companyId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a company's people"));
    QStringList people;
    while (q.next())
        people << q.value(0).toString();
    const QVariantMap f{{QStringLiteral("company_name"), name}};
    for (const QString &id : std::as_const(people)) {
        if (Status s = m_store.updateCustomer(id, f, now); !s)
            return s;
        if (auto j = m_ctx.journal().upsert(kCustomer, id, id, f); !j)
            return j.error();
        if (Status s = SearchIndex::reindexCustomer(m_ctx.db(), id); !s)
            return s;
        tx.touched(kCustomer, id);
    }
    return {};
}

Status CustomerService::reassign(const QString &customerId, const QString &newOwnerId)
{
    auto c = loadForWrite(customerId, Permission::ReadRecords, true);
    if (!c)
        return c.error();
    if (Status s = m_ctx.require(Permission::ReassignOwner, kCustomer, customerId); !s)
        return s;
    Customer changed = *c;
    changed.ownerId = newOwnerId;
    return update(changed);
}

Status CustomerService::setCl(const QString &customerId, qint64 cl, const QString &action)
{
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    if (Status s = m_store.setCustomerCl(customerId, cl, m_ctx.clock().nowMs()); !s)
        return s;
    if (auto j = m_ctx.journal().setCausalLength(kCustomer, customerId, customerId, cl); !j)
        return j.error();
    Status indexed = ChangeJournal::isAlive(cl) ? SearchIndex::reindexCustomer(m_ctx.db(), customerId)
                                                : SearchIndex::removeCustomer(m_ctx.db(), customerId);
    if (!indexed)
        return indexed;
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, action, kCustomer, customerId); !a)
        return a.error();
    tx.touched(kCustomer, customerId);
    return tx.commit();
}

Status CustomerService::remove(const QString &customerId)
{
    auto c = loadForWrite(customerId, Permission::DeleteRecords, true);
    if (!c)
        return c.error();
    return setCl(customerId, ChangeJournal::deletedCl(c->cl), QStringLiteral("delete"));
}

Status CustomerService::restore(const QString &customerId)
{
    auto c = loadForWrite(customerId, Permission::DeleteRecords, false);
    if (!c)
        return c.error();
    if (!c->isDeleted())
        return {};
    return setCl(customerId, ChangeJournal::restoredCl(c->cl), QStringLiteral("restore"));
}

Status CustomerService::share(const QString &customerId, const QString &userId)
{
    return writeShare(customerId, userId, true);
}

Status CustomerService::unshare(const QString &customerId, const QString &userId)
{
    return writeShare(customerId, userId, false);
}

Status CustomerService::writeShare(const QString &customerId, const QString &userId, bool shared)
{
    auto c = loadForWrite(customerId, Permission::EditRecords, true);
    if (!c)
        return c.error();
    if (shared) {
        if (Status s = checkOwner(userId); !s)
            return Error(ErrorCode::NotFound, QStringLiteral("user: no active user with id %1").arg(userId));
    }
    auto cl = m_store.shareCl(customerId, userId);
    if (!cl)
        return cl.error();
    if (ChangeJournal::isAlive(*cl) == shared)
        return {};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    const qint64 newCl = shared ? (*cl == 0 ? 1 : ChangeJournal::restoredCl(*cl)) : ChangeJournal::deletedCl(*cl);
    if (Status s = m_store.writeShare(customerId, userId, newCl, m_ctx.clock().nowMs()); !s)
        return s;
    const QString recordId = setRecordId(customerId, userId);
    if (*cl == 0) {
        QVariantMap f{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("user_id"), userId}};
        if (auto j = m_ctx.journal().upsert(kShare, recordId, customerId, f, true); !j)
            return j.error();
    } else if (auto j = m_ctx.journal().setCausalLength(kShare, recordId, customerId, newCl); !j) {
        return j.error();
    }
    QJsonObject details;
    details.insert(QStringLiteral("user_id"), userId);
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, shared ? QStringLiteral("share") : QStringLiteral("unshare"),
                                      kCustomer, customerId, details);
        !a)
        return a.error();
    tx.touched(kCustomer, customerId);
    return tx.commit();
}

} // namespace relasi
