#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "search/SearchIndex.h"
#include "services/CustomerStore.h"
#include "services/Policy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace relasi {

class ServiceContext;
class WriteTransaction;

struct CustomerFilter {
    enum class Sort { Name, Created, LastContact };
    QString status;  // "lead", … ; empty: any
    QString ownerId; // empty: any
    QString tag;     // matched case- and diacritic-insensitively; empty: any
    bool includeDeleted = false;
    Sort sort = Sort::Name;
    int limit = 100;
    int offset = 0;
};

// New customers cleaned and checked by CustomerService::prepare() (CustomerValidator::normalize) with their
// search index rows built, ready for createMany(). Made without a database, so an importer can make the
// next batch on a worker thread while the writer stores the current one.
struct PreparedCustomers {
    QList<Customer> records;            // normalised; ids, docids and timestamps not yet set
    QList<SearchIndex::Row> indexRows;  // one per record, same order
    QString region;                     // phones were normalised in this region
    QString indexRegion;                // the index rows' phone digit forms are for this region
};

// Customers (persons and companies) with their contact points, addresses, tags, notes, status, owner,
// sharing and company membership. Every call checks the session's permission (Policy; denials are
// audited), writes rows, the search index (SearchIndex), the change journal and one audit entry per record
// in one transaction, then notifies ("customer", ids).
class CustomerService
{
public:
    // Import: needs Permission::ImportCsv (sales reps: into own only). ImportRun: the same inside a whole-file import
    // (CustomerImporter), which audits the run once and notifies once after its own commit: no per-record entries.
    enum class Origin { Direct, Import, ImportRun };
    using Progress = std::function<bool(int done, int total)>; // return false to cancel (Cancelled)

    explicit CustomerService(ServiceContext &ctx);

    // The new id. ownerId empty = the acting user; another owner needs ReassignOwner. Invalid (bad
    // e-mail/phone/website, card number in notes, no name), NotFound (unknown owner or company).
    Result<QString> create(const NewCustomer &customer);
    // All in one transaction (all or nothing); ids in input order. progress every 256 records and at the end.
    Result<QStringList> createMany(const QList<NewCustomer> &customers, const Progress &progress = {},
                                   Origin origin = Origin::Direct);
    // The same for records made by prepare() (the permission, owner and company checks still run here).
    Result<QStringList> createMany(PreparedCustomers prepared, const Progress &progress = {},
                                   Origin origin = Origin::Direct);
    // The pure half of createMany: normalises every record (Invalid: "record N: …" for a batch, the
    // validator's message for a single record) and builds its search index row. Thread-safe; no database.
    // region: for phone numbers (ServiceContext::defaultRegion()); indexRegion: SearchIndex::indexRegion().
    static Result<PreparedCustomers> prepare(const QList<NewCustomer> &customers, const QString &region,
                                             const QString &indexRegion);

    // Writes the fields that differ from the stored record (see Customer for how children are matched).
    // An owner change needs ReassignOwner. NotFound for a deleted record (restore it first).
    Status update(const Customer &customer);
    Status reassign(const QString &customerId, const QString &newOwnerId);
    // Causal-length delete / explicit restore (DeleteRecords).
    Status remove(const QString &customerId);
    Status restore(const QString &customerId);
    // Erasure and anonymisation of personal data live in core/privacy/ErasureService (owner only; preview,
    // legal hold, no trace left in index, journal, free pages or WAL).
    // Shares a record with (or withdraws it from) a user, typically a sales rep (EditRecords).
    Status share(const QString &customerId, const QString &userId);
    Status unshare(const QString &customerId, const QString &userId);

    // The whole record, deleted ones included (see Customer::isDeleted). NotFound; PermissionDenied for a
    // sales rep when the record is neither theirs nor shared with them.
    Result<Customer> get(const QString &customerId);
    // Records the session may read, whole (with contact points and tags).
    Result<QList<Customer>> list(const CustomerFilter &filter = {});
    // Every live record the session may read, one at a time (BulkExport; audited "export" with the count).
    // visit returns false to stop.
    Status exportAll(const std::function<bool(const Customer &)> &visit);

private:
    Result<Customer> loadForWrite(const QString &customerId, Permission permission, bool mustBeAlive);
    Status checkOwner(const QString &ownerId);
    Status linkCompany(Customer &c);
    Status checkCreate(QList<Customer> &batch, Permission permission);
    Result<QStringList> writeNew(PreparedCustomers &prepared, const Progress &progress, Origin origin);
    Status insertNew(Customer &c, const SearchIndex::Row &indexRow, WriteTransaction &tx, qint64 now,
                     const QString &action);
    Status writeTags(const QString &customerId, const QStringList &before, const QStringList &after, qint64 now,
                     QStringList *added, QStringList *removed);
    Status setCl(const QString &customerId, qint64 cl, const QString &action);
    Status writeShare(const QString &customerId, const QString &userId, bool shared);
    Status propagateCompanyName(const QString &companyId, const QString &name, WriteTransaction &tx, qint64 now);

    ServiceContext &m_ctx;
    CustomerStore m_store;
};

} // namespace relasi
