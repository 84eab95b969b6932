#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace relasi {

class Clock;
class Hlc;

// What sync needs of every local write (DESIGN §7), written by the services in the same transaction as
// the change:
//  - field_clock: the HLC and device of the last write of each field of each record (per-field LWW). A
//    record created in one mutation gets one record-wide row, field '*', instead of one row per field;
//    later edits add per-field rows that override it. A field's stamp is its own row if present, else the
//    '*' row (fieldHlc() does this);
//  - outbox: one mutation per record per change — mutation id (UUIDv7, minted now), the transaction's id,
//    entity, record id, scope (the customer the record belongs to), op, and a payload JSON object
//    {"field": {"hlc": "n", "value": v}, …} holding only the fields that changed; except a customer created
//    with its contact points, addresses and tags: one mutation by reference for all of them (created());
//  - causal length (the record's cl column, kept by the service): delete and restore are mutations whose
//    payload is {"cl": {"value": n, "hlc": h}}; odd = alive, even = deleted, larger wins;
//  - erasures: id-only markers; erase() also drops the record's field stamps and any unsent outbox
//    mutation of it (they carry the personal values being erased).
// The HLC's last stamp is persisted in workspace_meta ("hlc_last") by finishTransaction(), so stamps stay
// monotonic across restarts whatever the wall clock does. Not thread-safe: one per connection.
class ChangeJournal
{
public:
    enum class Op { Upsert, Delete, Restore, Erase };

    ChangeJournal(QSqlDatabase db, Hlc &hlc, const Clock &clock, QString deviceId);
    ~ChangeJournal();

    // The highest stamp this database has issued (for constructing the Hlc).
    static Result<qint64> loadLastHlc(QSqlDatabase &db);

    // Transaction bracket (WriteTransaction calls these): mints the tx id / persists the HLC.
    void beginTransaction();
    Status finishTransaction();
    QString transactionId() const { return m_txId; }

    // Stamps every field in `fields` with one new HLC and appends one upsert mutation. Values must be
    // JSON-representable (null, bool, integers, strings). Returns the stamp. No-op (returns 0) when fields
    // is empty. newRecord: the record was created in this transaction (no stamps exist yet; faster).
    Result<qint64> upsert(const QString &entity, const QString &recordId, const QString &scopeId,
                          const QVariantMap &fields, bool newRecord = false);

    // A record of another entity created together with the one of created() (a customer's contact points,
    // addresses and tags).
    struct RecordRef {
        QString entity;
        QString recordId;
    };
    // A record created in this transaction, together with its children, journalled by reference: one new
    // stamp, one record-wide stamp row ('*') for the record and for each child, and ONE upsert mutation
    // for the whole aggregate whose payload carries no values:
    //   {"*": {"hlc": "<stamp>"}, "with": ["<child entity>", …]}
    // It stands for an upsert of every synced column of the record and of each child record of a "with"
    // entity whose '*' stamp is <stamp>, values read from their rows at push time, each field with its
    // stamp as fieldHlc() gives it (a later edit has its own, newer stamp and mutation). A row gone by then
    // was erased: its erase mutation follows. No personal value is ever copied into the outbox this way.
    Result<qint64> created(const QString &entity, const QString &recordId, const QString &scopeId,
                           const QList<RecordRef> &children = {});
    // Whether an outbox payload is a created() one (values to be read from the rows).
    static bool isCreatedByReference(const QString &payload);
    // Causal-length change (newCl even: delete, odd: restore).
    Result<qint64> setCausalLength(const QString &entity, const QString &recordId, const QString &scopeId,
                                   qint64 newCl);
    // Erasure marker + erase mutation; drops the record's field stamps and unsent mutations.
    Result<qint64> erase(const QString &entity, const QString &recordId, const QString &scopeId);

    // The field name of the record-wide stamp row.
    static QString allFields() { return QStringLiteral("*"); }
    // The stamp of one field (its own row, else the record-wide row; 0 when never stamped).
    Result<qint64> fieldHlc(const QString &entity, const QString &recordId, const QString &field);
    static bool isErased(QSqlDatabase &db, const QString &entity, const QString &recordId);

    static QString opName(Op op);
    static bool isAlive(qint64 cl) { return cl % 2 == 1; }
    // Causal length after a delete / restore of a record at cl (no change if already in that state).
    static qint64 deletedCl(qint64 cl) { return isAlive(cl) ? cl + 1 : cl; }
    static qint64 restoredCl(qint64 cl) { return isAlive(cl) ? cl : cl + 1; }
    // Merge rule for causal lengths arriving from elsewhere: the larger wins over any field edit.
    static qint64 mergeCl(qint64 local, qint64 remote) { return local > remote ? local : remote; }

    const QString &deviceId() const { return m_deviceId; }

private:
    Result<qint64> appendMutation(Op op, const QString &entity, const QString &recordId, const QString &scopeId,
                                  const QString &payload, qint64 hlc);
    QSqlQuery &prepared(int index, const char *sql);
    Status stamp(const QString &entity, const QString &recordId, const QString &field, qint64 hlc, bool newRecord);

    QSqlDatabase m_db;
    Hlc &m_hlc;
    const Clock &m_clock;
    QString m_deviceId;
    QString m_txId;
    struct Statements;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace relasi
