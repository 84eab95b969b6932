#pragma once

#include "common/Result.h"
#include "privacy/ErasurePreview.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace relasi {

class ServiceContext;
class WriteTransaction;

// Erasure and anonymisation of one customer's personal data (owner only: Permission::EraseData; a denial
// is audited). Both are refused with Conflict while the customer is under legal hold (LegalHold).
//
// erase(): the customer and everything that belongs to them — contact points, addresses, tags, shares,
// communication logs, tasks, deals with their items and payments, consent history — are deleted. Every
// deleted record leaves an id-only erasure marker in the change journal (DESIGN §7: it beats every
// concurrent or later edit of that id, so sync can never bring the data back).
//
// anonymize(): deals (amounts, stages, dates), deal items and payments stay for the books; the customer row
// stays with its status, owner and dates, renamed "Anonymised customer <short id>"; its contact points,
// addresses, tags, shares, logs, tasks and consents are erased as above; notes, source, external id and the
// company link are cleared; deal titles become "Deal <short id>", lost reasons are cleared and payment
// references are masked (last four characters kept).
//
// Both, in one transaction: remove the customer's search-index row and merge the index (ResidueCleaner);
// replace the personal values in every earlier outbox mutation of the records concerned (sent ones too: an
// erased record's mutations keep an empty payload, an anonymised one's carry the anonymised values); drop
// their sync conflicts; append one audit entry ("erase" / "anonymize", customer id and counts only). After
// the commit the WAL is checkpointed and truncated and the file is vacuumed when many pages are free.
// Earlier audit entries never hold personal values (AuditLog: field names, counts and ids only).
class ErasureService
{
public:
    explicit ErasureService(ServiceContext &ctx);

    // Counts per kind of record and what would happen to each. NotFound; PermissionDenied.
    Result<ErasurePreview> preview(const QString &customerId, ErasurePreview::Mode mode);

    Result<ErasureReport> erase(const QString &customerId);
    Result<ErasureReport> anonymize(const QString &customerId);

    // For RetentionService, inside its open WriteTransaction, after it checked EraseData: the same work
    // without a permission check, a commit, the index merge or the checkpoint (the caller does those once).
    Result<ErasureReport> anonymizeInTransaction(const QString &customerId, WriteTransaction &tx);
    // Erases one record with an id column (marker, outbox scrubbed, conflicts dropped, row deleted).
    Status eraseRowInTransaction(const QString &entity, const QString &table, const QString &recordId,
                                 const QString &scopeId, ErasureReport &report);
    // After a commit: vacuum when due, truncating WAL checkpoint (fills report.vacuumed / walTruncated).
    Status finish(ErasureReport &report);

    // The displayed name an anonymised customer gets, and the deal title.
    static QString anonymisedName(const QString &customerId);
    static QString anonymisedDealTitle(const QString &dealId);
    // "••••1234": every character but the last four masked (all of them when shorter than eight).
    static QString maskReference(const QString &reference);
    // The customers.source value that marks an anonymised customer (RetentionService skips them).
    static QString anonymisedSource() { return QStringLiteral("anonymised"); }
    // The entity of the id-only marker that erases a customer's whole tag set (record id: the customer id):
    // it beats every "customer_tag" mutation of that customer stamped before it. Tags get no marker of their
    // own because a tag's record id ("customer/tag key") holds the tag text.
    static QString tagSetEntity() { return QStringLiteral("customer_tag_set"); }

private:
    struct Scope;
    Result<Scope> collect(const QString &customerId);
    Result<ErasureReport> run(const QString &customerId, ErasurePreview::Mode mode);
    Result<ErasureReport> apply(const QString &customerId, ErasurePreview::Mode mode, WriteTransaction &tx,
                                bool optimizeIndex);
    ErasurePreview previewOf(const Scope &scope, ErasurePreview::Mode mode) const;
    Status eraseRecord(const QString &entity, const QString &table, const QString &keyColumn, const QString &recordId,
                       const QString &scopeId, ErasureReport &report);
    Status eraseSetMember(const QString &entity, const QString &table, const QString &keyColumn,
                          const QString &customerId, const QString &key, ErasureReport &report);
    Status dropImportItems(const QStringList &recordIds);
    Status eraseTags(const QString &customerId, const QStringList &tagKeys, ErasureReport &report);
    Status rewriteRecord(const QString &entity, const QString &table, const QString &recordId, const QString &scopeId,
                         const QVariantMap &fields, qint64 beforeSeq, ErasureReport &report);
    // Earlier outbox mutations of a record: replacements empty = payload emptied; else the named fields'
    // values are replaced (their stamps kept).
    Result<qint64> scrubOutbox(const QString &entity, const QString &recordId, const QVariantMap &replacements,
                               qint64 beforeSeq);
    Status dropConflicts(const QString &entity, const QString &recordId);
    Result<qint64> lastOutboxSeq();

    ServiceContext &m_ctx;
};

} // namespace relasi
