#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "services/Session.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

struct sqlite3_stmt;

namespace relasi {

// Streams the live customers a session may read (Policy::customerVisibilitySql: a sales rep sees the customers
// they own or that are shared with them), in the order they were stored (docid; the same as id order for ids
// minted by Relasi, UUIDv7), each with its live contact points, addresses and tags, for bulk export. Four
// forward-only SELECTs — customers by docid (a table scan), contact_points, addresses, customer_tags in
// customer-id order along covering indexes (migration 9) — are merged by customer id, so a record costs no query
// of its own; a customer stored after one with a larger id reads its children with three look-ups instead. Values
// are read as UTF-8 straight from SQLite (no QVariant, no QString): customer columns are views into the
// current row, children are copied into buffers the cursor reuses. Children are in the order CustomerStore
// reads them (contact points: primary first, then by creation; addresses by creation; tags by folded tag).
//
// Rows only, like CustomerStore: the caller checks Permission::BulkExport and writes the audit entry. All four
// statements run inside the connection's one read transaction while the customer query is open, so they see
// the same snapshot. Use from the thread that owns the connection.
class CustomerExportCursor
{
public:
    // Customer columns (text as stored; NULL reads as empty).
    enum Column {
        Id, Kind, DisplayName, GivenName, FamilyName, CompanyId, CompanyName, OwnerId, StatusName, Source, Notes,
        ExternalId, ColumnCount
    };

    struct Contact {
        ContactKind kind = ContactKind::Email;
        bool primary = false;
        qint64 createdAt = 0;
        QByteArray id, raw, normalized, label; // UTF-8
    };
    struct AddressRow {
        qint64 createdAt = 0;
        QByteArray id, label, street, city, region, postalCode, country; // UTF-8
    };

    // What the queries read. Table: only what CustomerCsvExporter's rows show (and the children's order); the
    // other customer columns (Kind, CompanyId, OwnerId, Source, docid), contact and address labels and the
    // address region read as empty, so SQLite converts fewer values.
    enum class Fields { All, Table };

    CustomerExportCursor(QSqlDatabase db, const Session &session, Fields fields = Fields::All);
    ~CustomerExportCursor();
    CustomerExportCursor(const CustomerExportCursor &) = delete;
    CustomerExportCursor &operator=(const CustomerExportCursor &) = delete;

    // Runs the four queries.
    Status start();
    // Moves to the next customer; false at the end or on an error (status() says which).
    bool next();
    Status status() const { return m_status; }
    // Customers so far whose children were read by id (stored after a customer with a larger id).
    qint64 outOfOrderCount() const { return m_outOfOrder; }
    // Ends the queries and so the read transaction (before the caller writes, e.g. its audit entry: a write
    // cannot start from a read snapshot that another connection has moved past).
    void finish();

    // The current customer (valid until next()).
    QByteArrayView column(Column c) const;
    qint64 docid() const;
    const Contact *contactsBegin() const { return m_contacts.data(); }
    const Contact *contactsEnd() const { return m_contacts.data() + m_contactCount; }
    const AddressRow *addressesBegin() const { return m_addresses.data(); }
    const AddressRow *addressesEnd() const { return m_addresses.data() + m_addressCount; }
    qsizetype tagCount() const { return m_tagCount; }
    QByteArrayView tag(qsizetype i) const { return m_tags.at(size_t(i)); }

    // The current customer as a domain value (for writers that take one, e.g. vCard). sharedWith stays empty.
    Customer customer() const;

private:
    struct Child {
        QSqlQuery query;
        sqlite3_stmt *stmt = nullptr;
        bool atEnd = true;
    };
    Status open(Child &child, const QString &sql);
    bool advance(Child &child);
    // Steps `child` past rows of customers before `id`; true when it is on a row of `id`.
    bool seek(Child &child, QByteArrayView id);
    // Runs a look-up by customer id (prepared on first use) and steps onto its first row.
    bool lookUp(Child &child, const QString &sql, const QString &customerId);
    // The current customer's children from `rows`: merged (seek to `id`), or every row of a look-up (byId).
    bool readContacts(Child &rows, QByteArrayView id, bool byId);
    bool readAddresses(Child &rows, QByteArrayView id, bool byId);
    bool readTags(Child &rows, QByteArrayView id, bool byId);

    QSqlDatabase m_db;
    Session m_session;
    Fields m_fields;
    Child m_customers;
    Child m_contactRows;
    Child m_addressRows;
    Child m_tagRows;
    Child m_contactById; // look-ups for a customer stored out of id order
    Child m_addressById;
    Child m_tagById;
    QByteArray m_lastId; // the largest id so far
    bool m_haveLastId = false;
    qint64 m_outOfOrder = 0;
    std::vector<Contact> m_contacts;
    qsizetype m_contactCount = 0;
    std::vector<AddressRow> m_addresses;
    qsizetype m_addressCount = 0;
    std::vector<QByteArray> m_tags;
    qsizetype m_tagCount = 0;
    Status m_status;
};

} // namespace relasi
