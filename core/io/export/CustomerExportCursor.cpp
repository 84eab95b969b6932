#include "io/export/CustomerExportCursor.h"

#include "services/Policy.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlResult>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace relasi {

namespace {

// The sqlite3_stmt behind a query of our driver (QSqlResult::handle), to read column text without the
// QVariant/QString the driver makes per value.
sqlite3_stmt *statementOf(const QSqlQuery &q)
{
    const QVariant h = q.result() ? q.result()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(h.constData());
}

QByteArrayView textAt(sqlite3_stmt *s, int column)
{
    const unsigned char *p = sqlite3_column_text(s, column);
    if (!p)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(p), sqlite3_column_bytes(s, column));
}

// SQLite's BINARY collation: memcmp, then the shorter first.
int compareText(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (n > 0) {
        if (const int r = std::memcmp(a.data(), b.data(), size_t(n)); r != 0)
            return r;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

void setBytes(QByteArray &to, QByteArrayView from)
{
    to.resize(from.size()); // within the capacity after the first rows
    if (!from.isEmpty())
        std::memcpy(to.data(), from.data(), size_t(from.size()));
}

ContactKind contactKindOf(QByteArrayView name)
{
    if (name.startsWith("p"))
        return ContactKind::Phone;
    if (name.startsWith("wh"))
        return ContactKind::WhatsApp;
    if (name.startsWith("we"))
        return ContactKind::Website;
    return ContactKind::Email;
}

QString str(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}

} // namespace

CustomerExportCursor::CustomerExportCursor(QSqlDatabase db, const Session &session, Fields fields)
    : m_db(std::move(db)), m_session(session), m_fields(fields)
{
    m_status = Status(ErrorCode::Invalid, QStringLiteral("the export cursor was not started"));
    m_customers.query = QSqlQuery(m_db);
    m_contactRows.query = QSqlQuery(m_db);
    m_addressRows.query = QSqlQuery(m_db);
    m_tagRows.query = QSqlQuery(m_db);
}

CustomerExportCursor::~CustomerExportCursor() = default;

Status CustomerExportCursor::open(Child &child, const QString &sql)
{
    child.query.setForwardOnly(true);
    if (!child.query.prepare(sql))
        return Database::errorFrom(child.query.lastError(), QStringLiteral("exporting customers"));
    if (sql.contains(QLatin1String(":scope_user")))
        child.query.bindValue(QStringLiteral(":scope_user"), m_session.userId);
    if (!child.query.exec())
        return Database::errorFrom(child.query.lastError(), QStringLiteral("exporting customers"));
    child.stmt = statementOf(child.query);
    if (!child.stmt)
        return Status(ErrorCode::Other, QStringLiteral("exporting customers: not a SQLCipher connection"));
    child.atEnd = false;
    return {};
}

Status CustomerExportCursor::start()
{
    // Columns a Table export does not show are read as NULL (the column numbers stay).
    const bool all = m_fields == Fields::All;
    auto col = [all](const char *name) { return QLatin1String(all ? name : "NULL"); };
    // The customers first: while it is open, the connection's read transaction (and so the snapshot) stays.
    // In docid order (a plain scan of the table: no index pages, no look-up per row); the children come in
    // customer-id order, which is the same for ids minted here (UUIDv7, increasing) — next() handles the rest.
    Status s = open(m_customers, QStringLiteral("SELECT c.id, %2, c.display_name, c.given_name, c.family_name, "
                                                "%3, c.company_name, %4, c.status, %5, c.notes, c.external_id, %6 "
                                                "FROM customers c WHERE c.cl % 2 = 1 AND %1 ORDER BY c.docid")
                                     .arg(Policy::customerVisibilitySql(m_session), col("c.kind"), col("c.company_id"),
                                          col("c.owner_id"), col("c.source"), col("c.docid")));
    // Children along their customer_id indexes (migration 9 made the contact points' one covering: no table reads).
    if (s)
        s = open(m_contactRows, QStringLiteral("SELECT customer_id, kind, raw, normalized, %1, is_primary, "
                                               "created_at, id FROM contact_points WHERE cl % 2 = 1 "
                                               "ORDER BY customer_id")
                                    .arg(col("label")));
    if (s)
        s = open(m_addressRows, QStringLiteral("SELECT customer_id, %1, street, city, %2, postal_code, "
                                               "country, created_at, id FROM addresses WHERE cl % 2 = 1 "
                                               "ORDER BY customer_id")
                                    .arg(col("label"), col("region")));
    if (s)
        s = open(m_tagRows, QStringLiteral("SELECT customer_id, tag FROM customer_tags WHERE cl % 2 = 1 "
                                           "ORDER BY customer_id, tag_key"));
    m_status = s;
    if (s) {
        // exec() stepped onto each first row; the first advance() consumes it.
        for (Child *c : {&m_contactRows, &m_addressRows, &m_tagRows})
            advance(*c);
    }
    return s;
}

void CustomerExportCursor::finish()
{
    for (Child *c : {&m_tagById, &m_addressById, &m_contactById, &m_tagRows, &m_addressRows, &m_contactRows,
                     &m_customers}) {
        c->query.finish();
        c->atEnd = true;
    }
}

bool CustomerExportCursor::advance(Child &child)
{
    if (child.atEnd)
        return false;
    if (child.query.next())
        return true;
    child.atEnd = true;
    if (child.query.lastError().isValid() && m_status.ok())
        m_status = Database::errorFrom(child.query.lastError(), QStringLiteral("exporting customers"));
    return false;
}

bool CustomerExportCursor::seek(Child &child, QByteArrayView id)
{
    while (!child.atEnd) {
        const int c = compareText(textAt(child.stmt, 0), id);
        if (c == 0)
            return true;
        if (c > 0)
            return false;
        advance(child); // a child of a deleted, hidden or missing customer
    }
    return false;
}

bool CustomerExportCursor::next()
{
    if (!m_status.ok() || !advance(m_customers))
        return false;
    const QByteArrayView id = column(Id);
    // A customer whose id is above every earlier one takes its children from the merged streams (they are
    // still ahead: every seek so far was for a smaller id). One below (stored after a larger id, e.g. synced
    // from another device) had its children stepped over already: they are read by id instead.
    const bool inOrder = !m_haveLastId || compareText(id, m_lastId) > 0;
    if (inOrder) {
        setBytes(m_lastId, id);
        m_haveLastId = true;
        if (!readContacts(m_contactRows, id, false) || !readAddresses(m_addressRows, id, false)
            || !readTags(m_tagRows, id, false))
            return false;
        return m_status.ok();
    }
    ++m_outOfOrder;
    const QString key = str(id);
    if (!lookUp(m_contactById, QStringLiteral("SELECT customer_id, kind, raw, normalized, %1, is_primary, "
                                              "created_at, id FROM contact_points WHERE customer_id = :cid AND "
                                              "cl % 2 = 1")
                                   .arg(m_fields == Fields::All ? QLatin1String("label") : QLatin1String("NULL")),
                key)
        || !readContacts(m_contactById, id, true))
        return false;
    if (!lookUp(m_addressById, QStringLiteral("SELECT customer_id, %1, street, city, %2, postal_code, country, "
                                              "created_at, id FROM addresses WHERE customer_id = :cid AND "
                                              "cl % 2 = 1")
                                   .arg(m_fields == Fields::All ? QLatin1String("label") : QLatin1String("NULL"),
                                        m_fields == Fields::All ? QLatin1String("region") : QLatin1String("NULL")),
                key)
        || !readAddresses(m_addressById, id, true))
        return false;
    if (!lookUp(m_tagById, QStringLiteral("SELECT customer_id, tag FROM customer_tags WHERE customer_id = :cid AND "
                                          "cl % 2 = 1 ORDER BY tag_key"),
                key)
        || !readTags(m_tagById, id, true))
        return false;
    return m_status.ok();
}

bool CustomerExportCursor::lookUp(Child &child, const QString &sql, const QString &customerId)
{
    if (!child.stmt) {
        child.query = QSqlQuery(m_db);
        child.query.setForwardOnly(true);
        if (!child.query.prepare(sql)) {
            m_status = Database::errorFrom(child.query.lastError(), QStringLiteral("exporting customers"));
            return false;
        }
    }
    child.query.bindValue(QStringLiteral(":cid"), customerId);
    if (!child.query.exec()) {
        m_status = Database::errorFrom(child.query.lastError(), QStringLiteral("exporting customers"));
        return false;
    }
    child.stmt = statementOf(child.query);
    if (!child.stmt) {
        m_status = Status(ErrorCode::Other, QStringLiteral("exporting customers: not a SQLCipher connection"));
        return false;
    }
    child.atEnd = false;
    advance(child); // onto the first row, if any
    return m_status.ok();
}

bool CustomerExportCursor::readContacts(Child &rows, QByteArrayView id, bool byId)
{
    m_contactCount = 0;
    for (bool on = byId ? !rows.atEnd : seek(rows, id); on;
         on = advance(rows) && compareText(textAt(rows.stmt, 0), id) == 0) {
        sqlite3_stmt *s = rows.stmt;
        if (size_t(m_contactCount) == m_contacts.size())
            m_contacts.emplace_back();
        Contact &c = m_contacts[size_t(m_contactCount++)];
        c.kind = contactKindOf(textAt(s, 1));
        setBytes(c.raw, textAt(s, 2));
        setBytes(c.normalized, textAt(s, 3));
        setBytes(c.label, textAt(s, 4));
        c.primary = sqlite3_column_int64(s, 5) != 0;
        c.createdAt = sqlite3_column_int64(s, 6);
        setBytes(c.id, textAt(s, 7));
    }
    if (m_contactCount > 1) {
        std::sort(m_contacts.begin(), m_contacts.begin() + m_contactCount, [](const Contact &a, const Contact &b) {
            if (a.primary != b.primary)
                return a.primary;
            if (a.createdAt != b.createdAt)
                return a.createdAt < b.createdAt;
            return compareText(a.id, b.id) < 0;
        });
    }
    return m_status.ok();
}

bool CustomerExportCursor::readAddresses(Child &rows, QByteArrayView id, bool byId)
{
    m_addressCount = 0;
    for (bool on = byId ? !rows.atEnd : seek(rows, id); on;
         on = advance(rows) && compareText(textAt(rows.stmt, 0), id) == 0) {
        sqlite3_stmt *s = rows.stmt;
        if (size_t(m_addressCount) == m_addresses.size())
            m_addresses.emplace_back();
        AddressRow &a = m_addresses[size_t(m_addressCount++)];
        setBytes(a.label, textAt(s, 1));
        setBytes(a.street, textAt(s, 2));
        setBytes(a.city, textAt(s, 3));
        setBytes(a.region, textAt(s, 4));
        setBytes(a.postalCode, textAt(s, 5));
        setBytes(a.country, textAt(s, 6));
        a.createdAt = sqlite3_column_int64(s, 7);
        setBytes(a.id, textAt(s, 8));
    }
    if (m_addressCount > 1) {
        std::sort(m_addresses.begin(), m_addresses.begin() + m_addressCount, [](const AddressRow &a, const AddressRow &b) {
            if (a.createdAt != b.createdAt)
                return a.createdAt < b.createdAt;
            return compareText(a.id, b.id) < 0;
        });
    }
    return m_status.ok();
}

bool CustomerExportCursor::readTags(Child &rows, QByteArrayView id, bool byId)
{
    m_tagCount = 0;
    for (bool on = byId ? !rows.atEnd : seek(rows, id); on;
         on = advance(rows) && compareText(textAt(rows.stmt, 0), id) == 0) {
        if (size_t(m_tagCount) == m_tags.size())
            m_tags.emplace_back();
        setBytes(m_tags[size_t(m_tagCount++)], textAt(rows.stmt, 1));
    }
    return m_status.ok();
}

QByteArrayView CustomerExportCursor::column(Column c) const
{
    return textAt(m_customers.stmt, int(c));
}

qint64 CustomerExportCursor::docid() const
{
    return sqlite3_column_int64(m_customers.stmt, int(ColumnCount));
}

Customer CustomerExportCursor::customer() const
{
    Customer c;
    c.id = str(column(Id));
    c.docid = docid();
    c.kind = customerKindFromName(str(column(Kind))).value_or(CustomerKind::Person);
    c.displayName = str(column(DisplayName));
    c.givenName = str(column(GivenName));
    c.familyName = str(column(FamilyName));
    c.companyId = str(column(CompanyId));
    c.companyName = str(column(CompanyName));
    c.ownerId = str(column(OwnerId));
    c.status = customerStatusFromName(str(column(StatusName))).value_or(CustomerStatus::Lead);
    c.source = str(column(Source));
    c.notes = str(column(Notes));
    c.externalId = str(column(ExternalId));
    c.contacts.reserve(m_contactCount);
    for (const Contact *p = contactsBegin(); p != contactsEnd(); ++p) {
        ContactPoint cp;
        cp.id = str(p->id);
        cp.kind = p->kind;
        cp.raw = str(p->raw);
        cp.normalized = str(p->normalized);
        cp.label = str(p->label);
        cp.primary = p->primary;
        c.contacts << cp;
    }
    c.addresses.reserve(m_addressCount);
    for (const AddressRow *a = addressesBegin(); a != addressesEnd(); ++a) {
        Address ad;
        ad.id = str(a->id);
        ad.label = str(a->label);
        ad.street = str(a->street);
        ad.city = str(a->city);
        ad.region = str(a->region);
        ad.postalCode = str(a->postalCode);
        ad.country = str(a->country);
        c.addresses << ad;
    }
    c.tags.reserve(m_tagCount);
    for (qsizetype i = 0; i < m_tagCount; ++i)
        c.tags << str(tag(i));
    return c;
}

} // namespace relasi
