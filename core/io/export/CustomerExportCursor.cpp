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
    to.resize(0); // keeps the capacity
    to.append(from.data(), from.size());
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

CustomerExportCursor::CustomerExportCursor(QSqlDatabase db, const Session &session)
    : m_db(std::move(db)), m_session(session)
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
    // The customers first: while it is open, the connection's read transaction (and so the snapshot) stays.
    Status s = open(m_customers, QStringLiteral("SELECT c.id, c.kind, c.display_name, c.given_name, c.family_name, "
                                                "c.company_id, c.company_name, c.owner_id, c.status, c.source, "
                                                "c.notes, c.external_id, c.docid FROM customers c WHERE c.cl % 2 = 1 "
                                                "AND %1 ORDER BY c.id")
                                     .arg(Policy::customerVisibilitySql(m_session)));
    if (s)
        s = open(m_contactRows, QStringLiteral("SELECT customer_id, kind, raw, normalized, label, is_primary, "
                                               "created_at, id FROM contact_points WHERE cl % 2 = 1 "
                                               "ORDER BY customer_id"));
    if (s)
        s = open(m_addressRows, QStringLiteral("SELECT customer_id, label, street, city, region, postal_code, "
                                               "country, created_at, id FROM addresses WHERE cl % 2 = 1 "
                                               "ORDER BY customer_id"));
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
    for (Child *c : {&m_tagRows, &m_addressRows, &m_contactRows, &m_customers}) {
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
    if (!readContacts(id) || !readAddresses(id) || !readTags(id))
        return false;
    return m_status.ok();
}

bool CustomerExportCursor::readContacts(QByteArrayView id)
{
    m_contactCount = 0;
    for (bool on = seek(m_contactRows, id); on; on = advance(m_contactRows) && compareText(textAt(m_contactRows.stmt, 0), id) == 0) {
        sqlite3_stmt *s = m_contactRows.stmt;
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

bool CustomerExportCursor::readAddresses(QByteArrayView id)
{
    m_addressCount = 0;
    for (bool on = seek(m_addressRows, id); on; on = advance(m_addressRows) && compareText(textAt(m_addressRows.stmt, 0), id) == 0) {
        sqlite3_stmt *s = m_addressRows.stmt;
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

bool CustomerExportCursor::readTags(QByteArrayView id)
{
    m_tagCount = 0;
    for (bool on = seek(m_tagRows, id); on; on = advance(m_tagRows) && compareText(textAt(m_tagRows.stmt, 0), id) == 0) {
        if (size_t(m_tagCount) == m_tags.size())
            m_tags.emplace_back();
        setBytes(m_tags[size_t(m_tagCount++)], textAt(m_tagRows.stmt, 1));
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
