#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace relasi {

class Clock;

// One entry of the audit trail (DESIGN §6).
struct AuditEntry {
    qint64 seq = 0;
    qint64 at = 0;       // UTC ms
    QString userId;      // empty for events without a signed-in user (failed sign-in)
    QString action;      // "create", "update", "delete", "restore", "erase", "permission_denied", "sign_in", …
    QString entity;      // "customer", "user", "business_profile", … (may be empty)
    QString entityId;
    QJsonObject details; // field names and counts, never personal values
    QString prevHash;    // hex
    QString hash;        // hex
};

struct AuditFilter {
    QString userId;
    QString action;
    QString entity;
    QString entityId;
    qint64 fromMs = 0;      // inclusive; 0: no bound
    qint64 toMs = 0;        // exclusive; 0: no bound
    qint64 beforeSeq = 0;   // for paging backwards; 0: from the newest
    int limit = 200;
};

// The result of checking the chain. ok, or the first broken entry and why.
struct AuditVerify {
    enum class Problem { None, Edited, Removed, Reordered };
    bool ok = true;
    qint64 entries = 0;     // entries checked
    qint64 brokenSeq = 0;   // the first entry that does not fit (for Removed: the missing seq)
    Problem problem = Problem::None;
    QString reason;         // technical detail
};

QString auditProblemName(AuditVerify::Problem p); // "none", "edited", "removed", "reordered"

// Append-only, SHA-256 chained audit log in the audit_log table:
//   hash = SHA-256(prev_hash ‖ seq ‖ at ‖ user_id ‖ action ‖ entity ‖ entity_id ‖ details)
// where every part is encoded as a 4-byte big-endian length followed by its UTF-8 bytes (seq and at as
// decimal text), prev_hash of the first entry is 64 zeros, and details is compact JSON with sorted keys.
// The newest seq and hash are also kept in workspace_meta ("audit_head"), so cutting entries off the end is
// detected too. Inside a WriteTransaction append() joins it (the entry commits or rolls back with the
// change it describes); otherwise it commits on its own (e.g. permission_denied, failed sign-in).
class AuditLog
{
public:
    AuditLog(QSqlDatabase db, const Clock &clock);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    Result<qint64> append(const QString &userId, const QString &action, const QString &entity = {},
                          const QString &entityId = {}, const QJsonObject &details = {});
    // The same with details already as canonicalJson() would write them (compact, keys sorted): for bulk
    // writers that make the same shape of details for every entry without a QJsonObject.
    Result<qint64> appendCanonical(const QString &userId, const QString &action, const QString &entity,
                                   const QString &entityId, const QString &details);

    Result<AuditVerify> verify() const;

    // Newest first. (Permission to read is checked by the caller: Policy, Permission::ReadAudit.)
    Result<QList<AuditEntry>> list(const AuditFilter &filter = {}) const;

    // Transaction bracket, called by WriteTransaction: inside it append() joins the open transaction,
    // keeps the chain head in memory and records it in workspace_meta once, at finishTransaction().
    void beginTransaction();
    Status finishTransaction();
    void abortTransaction();
    // After a rollback to a savepoint inside the transaction (a nested WriteTransaction): the entries after
    // it are gone, so the chain head kept in memory is read again from the table.
    void reloadHead();

    static QString computeHash(const QString &prevHash, qint64 seq, qint64 at, const QString &userId,
                               const QString &action, const QString &entity, const QString &entityId,
                               const QString &detailsJson);
    static QString genesisHash();
    static QString canonicalJson(const QJsonObject &details);

private:
    Result<qint64> appendInOpenTransaction(const QString &userId, const QString &action, const QString &entity,
                                           const QString &entityId, const QString &json);
    Status writeHead();
    Status readHead();

    QSqlDatabase m_db;
    const Clock &m_clock;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once
    std::unique_ptr<QSqlQuery> m_updateHead;
    bool m_inTransaction = false;
    bool m_headKnown = false;
    bool m_headDirty = false;
    qint64 m_headSeq = 0;
    QString m_headHash;
};

} // namespace relasi
