#include "services/CustomerStore.h"

#include "storage/Database.h"
#include "storage/SqlCipherResult.h"
#include "text/TextNormalizer.h"

#include <QSqlError>

namespace relasi {

namespace {

// A text value for a NOT NULL column (the driver binds a null QString as SQL NULL).
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant msOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

Status execOrError(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return Database::errorFrom(q.lastError(), what);
    return {};
}

} // namespace

CustomerStore::CustomerStore(QSqlDatabase db) : m_db(std::move(db)) {}

QSqlQuery &CustomerStore::prepared(Stmt s, const char *sql)
{
    auto &slot = m_stmts[size_t(s)];
    if (!slot) {
        slot.emplace(m_db);
        slot->prepare(QString::fromUtf8(sql));
    }
    return *slot;
}

QVariantMap CustomerStore::columnsOf(const Customer &c)
{
    QVariantMap m;
    m.insert(QStringLiteral("kind"), customerKindName(c.kind));
    m.insert(QStringLiteral("display_name"), nn(c.displayName));
    m.insert(QStringLiteral("given_name"), nn(c.givenName));
    m.insert(QStringLiteral("family_name"), nn(c.familyName));
    m.insert(QStringLiteral("company_id"), textOrNull(c.companyId));
    m.insert(QStringLiteral("company_name"), nn(c.companyName));
    m.insert(QStringLiteral("owner_id"), textOrNull(c.ownerId));
    m.insert(QStringLiteral("status"), customerStatusName(c.status));
    m.insert(QStringLiteral("source"), nn(c.source));
    m.insert(QStringLiteral("notes"), nn(c.notes));
    m.insert(QStringLiteral("external_id"), textOrNull(c.externalId));
    m.insert(QStringLiteral("legal_hold"), qint64(c.legalHold ? 1 : 0));
    m.insert(QStringLiteral("last_contact_at"), msOrNull(c.lastContactAt));
    return m;
}

QVariantMap CustomerStore::columnsOf(const QString &customerId, const ContactPoint &p)
{
    QVariantMap m;
    m.insert(QStringLiteral("customer_id"), customerId);
    m.insert(QStringLiteral("kind"), contactKindName(p.kind));
    m.insert(QStringLiteral("raw"), nn(p.raw));
    m.insert(QStringLiteral("normalized"), nn(p.normalized));
    m.insert(QStringLiteral("label"), nn(p.label));
    m.insert(QStringLiteral("is_primary"), qint64(p.primary ? 1 : 0));
    return m;
}

QVariantMap CustomerStore::columnsOf(const QString &customerId, const Address &a)
{
    QVariantMap m;
    m.insert(QStringLiteral("customer_id"), customerId);
    m.insert(QStringLiteral("label"), nn(a.label));
    m.insert(QStringLiteral("street"), nn(a.street));
    m.insert(QStringLiteral("city"), nn(a.city));
    m.insert(QStringLiteral("region"), nn(a.region));
    m.insert(QStringLiteral("postal_code"), nn(a.postalCode));
    m.insert(QStringLiteral("country"), nn(a.country));
    return m;
}

QVariantMap CustomerStore::diff(const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.isNull() != it.value().isNull() || old.toString() != it.value().toString())
            out.insert(it.key(), it.value());
    }
    return out;
}

QString CustomerStore::selectColumns(const QString &alias)
{
    return QStringLiteral("%1.id, %1.docid, %1.kind, %1.display_name, %1.given_name, %1.family_name, %1.company_id, "
                          "%1.company_name, %1.owner_id, %1.status, %1.source, %1.notes, %1.external_id, "
                          "%1.legal_hold, %1.last_contact_at, %1.created_at, %1.updated_at, %1.cl")
        .arg(alias);
}

Result<Customer> CustomerStore::readRow(const QSqlQuery &q) const
{
    Customer c;
    c.id = q.value(0).toString();
    c.docid = q.value(1).toLongLong();
    c.kind = customerKindFromName(q.value(2).toString()).value_or(CustomerKind::Person);
    c.displayName = q.value(3).toString();
    c.givenName = q.value(4).toString();
    c.familyName = q.value(5).toString();
    c.companyId = q.value(6).toString();
    c.companyName = q.value(7).toString();
    c.ownerId = q.value(8).toString();
    c.status = customerStatusFromName(q.value(9).toString()).value_or(CustomerStatus::Lead);
    c.source = q.value(10).toString();
    c.notes = q.value(11).toString();
    c.externalId = q.value(12).toString();
    c.legalHold = q.value(13).toBool();
    c.lastContactAt = q.value(14).toLongLong();
    c.createdAt = q.value(15).toLongLong();
    c.updatedAt = q.value(16).toLongLong();
    c.cl = q.value(17).toLongLong();
    return c;
}

Result<std::optional<Customer>> CustomerStore::load(const QString &id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM customers c WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a customer"));
    if (!q.next())
        return std::optional<Customer>();
    auto c = readRow(q);
    q.finish();
    if (!c)
        return c.error();
    if (Status s = loadChildren(*c); !s)
        return s.error();
    return std::optional<Customer>(std::move(*c));
}

Status CustomerStore::loadChildren(Customer &c)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, raw, normalized, label, is_primary FROM contact_points "
                             "WHERE customer_id = ? AND cl % 2 = 1 ORDER BY is_primary DESC, created_at, id"));
    q.addBindValue(c.id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading contact points"));
    c.contacts.clear();
    while (q.next()) {
        ContactPoint p;
        p.id = q.value(0).toString();
        p.kind = contactKindFromName(q.value(1).toString()).value_or(ContactKind::Email);
        p.raw = q.value(2).toString();
        p.normalized = q.value(3).toString();
        p.label = q.value(4).toString();
        p.primary = q.value(5).toBool();
        c.contacts << p;
    }
    q.prepare(QStringLiteral("SELECT id, label, street, city, region, postal_code, country FROM addresses "
                             "WHERE customer_id = ? AND cl % 2 = 1 ORDER BY created_at, id"));
    q.addBindValue(c.id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading addresses"));
    c.addresses.clear();
    while (q.next()) {
        Address a;
        a.id = q.value(0).toString();
        a.label = q.value(1).toString();
        a.street = q.value(2).toString();
        a.city = q.value(3).toString();
        a.region = q.value(4).toString();
        a.postalCode = q.value(5).toString();
        a.country = q.value(6).toString();
        c.addresses << a;
    }
    q.prepare(QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? AND cl % 2 = 1 ORDER BY tag_key"));
    q.addBindValue(c.id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading tags"));
    c.tags.clear();
    while (q.next())
        c.tags << q.value(0).toString();
    q.prepare(QStringLiteral("SELECT user_id FROM customer_shares WHERE customer_id = ? AND cl % 2 = 1 ORDER BY user_id"));
    q.addBindValue(c.id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading shares"));
    c.sharedWith.clear();
    while (q.next())
        c.sharedWith << q.value(0).toString();
    return {};
}

Status CustomerStore::insertSearchRow(qint64 docid, const SearchIndex::Row &row)
{
    auto &slot = m_stmts[size_t(InsertSearchRow)];
    if (!slot) {
        slot.emplace(m_db);
        slot->prepare(SearchIndex::insertSql());
    }
    return SearchIndex::insertNew(*slot, docid, row);
}

Status CustomerStore::insertCustomer(Customer &c, qint64 now, const QVariantMap &m)
{
    Q_UNUSED(m) // the same values as columnsOf(c), bound from c directly
    return insertCustomer(c, now);
}

// Binds the values of columnsOf(c) straight from c (no QVariantMap per row: the bulk create path).
Status CustomerStore::insertCustomer(Customer &c, qint64 now)
{
    QSqlQuery &q = prepared(InsertCustomer,
                            "INSERT INTO customers (id, kind, display_name, sort_key, given_name, family_name, "
                            "company_id, company_name, owner_id, status, source, notes, external_id, legal_hold, "
                            "last_contact_at, cl, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!SqlCipherResult::execPositional(
            q, {c.id, customerKindName(c.kind), nn(c.displayName), nn(TextNormalizer::fold(c.displayName)),
                nn(c.givenName), nn(c.familyName), textOrNull(c.companyId), nn(c.companyName), textOrNull(c.ownerId),
                customerStatusName(c.status), nn(c.source), nn(c.notes), textOrNull(c.externalId),
                qint64(c.legalHold ? 1 : 0), msOrNull(c.lastContactAt), c.cl, now, now}))
        return Database::errorFrom(q.lastError(), QStringLiteral("inserting a customer"));
    c.docid = q.lastInsertId().toLongLong();
    c.createdAt = c.updatedAt = now;
    return {};
}

Status CustomerStore::updateCustomer(const QString &id, const QVariantMap &columns, qint64 now)
{
    QVariantMap cols = columns;
    if (cols.contains(QStringLiteral("display_name")))
        cols.insert(QStringLiteral("sort_key"), TextNormalizer::fold(cols.value(QStringLiteral("display_name")).toString()));
    return updateChild(QStringLiteral("customers"), id, cols, now);
}

Status CustomerStore::setCustomerCl(const QString &id, qint64 cl, qint64 now)
{
    return setChildCl(QStringLiteral("customers"), id, cl, now);
}

Status CustomerStore::updateChild(const QString &table, const QString &id, const QVariantMap &columns, qint64 now)
{
    // Column names come from columnsOf() (never from input), table from this class.
    QStringList sets;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        sets << it.key() + QStringLiteral(" = ?");
    sets << QStringLiteral("updated_at = ?");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &v : columns)
        q.addBindValue(v);
    q.addBindValue(now);
    q.addBindValue(id);
    return execOrError(q, QStringLiteral("updating %1").arg(table));
}

Status CustomerStore::setChildCl(const QString &table, const QString &id, qint64 cl, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET cl = ?, updated_at = ? WHERE id = ?").arg(table));
    q.addBindValue(cl);
    q.addBindValue(now);
    q.addBindValue(id);
    return execOrError(q, QStringLiteral("updating %1").arg(table));
}

Status CustomerStore::deleteCustomerRows(const QString &id)
{
    QSqlQuery q(m_db);
    for (const char *sql : {"DELETE FROM contact_points WHERE customer_id = ?", "DELETE FROM addresses WHERE customer_id = ?",
                            "DELETE FROM customer_tags WHERE customer_id = ?",
                            "DELETE FROM customer_shares WHERE customer_id = ?", "DELETE FROM customers WHERE id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (Status s = execOrError(q, QStringLiteral("erasing a customer")); !s)
            return s;
    }
    return {};
}

Status CustomerStore::insertContact(const QString &customerId, const ContactPoint &p, qint64 now)
{
    QSqlQuery &q = prepared(InsertContact, "INSERT INTO contact_points (id, customer_id, kind, raw, normalized, label, "
                                           "is_primary, cl, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    if (!SqlCipherResult::execPositional(q, {p.id, customerId, contactKindName(p.kind), nn(p.raw), nn(p.normalized),
                                             nn(p.label), p.primary ? 1 : 0, now, now}))
        return Database::errorFrom(q.lastError(), QStringLiteral("inserting a contact point"));
    return {};
}

Status CustomerStore::insertAddress(const QString &customerId, const Address &a, qint64 now)
{
    QSqlQuery &q = prepared(InsertAddress, "INSERT INTO addresses (id, customer_id, label, street, city, region, "
                                           "postal_code, country, cl, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    if (!SqlCipherResult::execPositional(q, {a.id, customerId, nn(a.label), nn(a.street), nn(a.city), nn(a.region),
                                             nn(a.postalCode), nn(a.country), now, now}))
        return Database::errorFrom(q.lastError(), QStringLiteral("inserting an address"));
    return {};
}

Result<qint64> CustomerStore::tagCl(const QString &customerId, const QString &tagKey)
{
    QSqlQuery &q = prepared(TagCl, "SELECT cl FROM customer_tags WHERE customer_id = ? AND tag_key = ?");
    q.bindValue(0, customerId);
    q.bindValue(1, tagKey);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a tag"));
    const qint64 cl = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return cl;
}

Status CustomerStore::writeTag(const QString &customerId, const QString &tagKey, const QString &tag, qint64 cl,
                               qint64 now, bool isNew)
{
    // Plain INSERT or UPDATE (an INSERT OR REPLACE would need a statement journal: see ChangeJournal).
    if (isNew)
        return insertTag(customerId, tagKey, tag, now);
    QSqlQuery &update = prepared(UpdateTag, "UPDATE customer_tags SET tag = ?, cl = ?, updated_at = ? "
                                            "WHERE customer_id = ? AND tag_key = ?");
    update.bindValue(0, nn(tag));
    update.bindValue(1, cl);
    update.bindValue(2, now);
    update.bindValue(3, customerId);
    update.bindValue(4, tagKey);
    if (Status s = execOrError(update, QStringLiteral("writing a tag")); !s)
        return s;
    if (update.numRowsAffected() > 0)
        return {};
    return insertTag(customerId, tagKey, tag, now);
}

Status CustomerStore::insertTag(const QString &customerId, const QString &tagKey, const QString &tag, qint64 now)
{
    QSqlQuery &q = prepared(WriteTag, "INSERT INTO customer_tags (customer_id, tag_key, tag, cl, created_at, "
                                      "updated_at) VALUES (?, ?, ?, 1, ?, ?)");
    q.bindValue(0, customerId);
    q.bindValue(1, tagKey);
    q.bindValue(2, nn(tag));
    q.bindValue(3, now);
    q.bindValue(4, now);
    return execOrError(q, QStringLiteral("writing a tag"));
}

Result<qint64> CustomerStore::shareCl(const QString &customerId, const QString &userId)
{
    QSqlQuery &q = prepared(ShareCl, "SELECT cl FROM customer_shares WHERE customer_id = ? AND user_id = ?");
    q.bindValue(0, customerId);
    q.bindValue(1, userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a share"));
    const qint64 cl = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return cl;
}

Status CustomerStore::writeShare(const QString &customerId, const QString &userId, qint64 cl, qint64 now)
{
    QSqlQuery &update = prepared(UpdateShare, "UPDATE customer_shares SET cl = ?, updated_at = ? "
                                              "WHERE customer_id = ? AND user_id = ?");
    update.bindValue(0, cl);
    update.bindValue(1, now);
    update.bindValue(2, customerId);
    update.bindValue(3, userId);
    if (Status s = execOrError(update, QStringLiteral("writing a share")); !s)
        return s;
    if (update.numRowsAffected() > 0)
        return {};
    QSqlQuery &q = prepared(WriteShare, "INSERT INTO customer_shares (customer_id, user_id, cl, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?)");
    q.bindValue(0, customerId);
    q.bindValue(1, userId);
    q.bindValue(2, cl);
    q.bindValue(3, now);
    q.bindValue(4, now);
    return execOrError(q, QStringLiteral("writing a share"));
}

} // namespace relasi
