#include "services/ChangeJournal.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "sync/Hlc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>

#include <array>
#include <optional>

namespace relasi {

struct ChangeJournal::Statements {
    std::array<std::optional<QSqlQuery>, 10> q;
};

namespace {
// Stamps are written with a plain INSERT or UPDATE, never INSERT OR REPLACE: a REPLACE needs a statement
// journal, and SQLCipher encrypts every page copied into it (it made batch creates several times slower).
enum Stmt {
    InsertStamp, AppendOutbox, SaveHlc, Erasure, DropStamps, DropUnsent, ReadStamp, ReadLast, UpdateStamp, InsertHlc
};
} // namespace

ChangeJournal::ChangeJournal(QSqlDatabase db, Hlc &hlc, const Clock &clock, QString deviceId)
    : m_db(std::move(db)), m_hlc(hlc), m_clock(clock), m_deviceId(std::move(deviceId)),
      m_stmts(std::make_unique<Statements>())
{
}

ChangeJournal::~ChangeJournal() = default;

QSqlQuery &ChangeJournal::prepared(int index, const char *sql)
{
    auto &slot = m_stmts->q[size_t(index)];
    if (!slot) {
        slot.emplace(m_db);
        slot->prepare(QString::fromUtf8(sql));
    }
    return *slot;
}

QString ChangeJournal::opName(Op op)
{
    switch (op) {
    case Op::Upsert:
        return QStringLiteral("upsert");
    case Op::Delete:
        return QStringLiteral("delete");
    case Op::Restore:
        return QStringLiteral("restore");
    case Op::Erase:
        return QStringLiteral("erase");
    }
    return QStringLiteral("upsert");
}

Result<qint64> ChangeJournal::loadLastHlc(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'hlc_last'")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the HLC"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

void ChangeJournal::beginTransaction()
{
    m_txId = Uuid::v7(m_clock);
    // Another connection (a worker, another session) may have stamped since this clock last did: catch up
    // with the persisted stamp so stamps stay unique and increasing across connections.
    QSqlQuery &q = prepared(ReadLast, "SELECT value FROM workspace_meta WHERE key = 'hlc_last'");
    if (q.exec() && q.next()) {
        const qint64 persisted = q.value(0).toLongLong();
        if (persisted > m_hlc.last())
            m_hlc.receive(persisted);
    }
    q.finish();
}

Status ChangeJournal::finishTransaction()
{
    // UPDATE, and INSERT only the first time (no INSERT OR REPLACE: see the note on stamps above).
    QSqlQuery &q = prepared(SaveHlc, "UPDATE workspace_meta SET value = ? WHERE key = 'hlc_last'");
    q.bindValue(0, QString::number(m_hlc.last()));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("saving the HLC"));
    if (q.numRowsAffected() == 0) {
        QSqlQuery &insert = prepared(InsertHlc, "INSERT INTO workspace_meta (key, value) VALUES ('hlc_last', ?)");
        insert.bindValue(0, QString::number(m_hlc.last()));
        if (!insert.exec())
            return Database::errorFrom(insert.lastError(), QStringLiteral("saving the HLC"));
    }
    m_txId.clear();
    return {};
}

Result<qint64> ChangeJournal::appendMutation(Op op, const QString &entity, const QString &recordId,
                                             const QString &scopeId, const QByteArray &payload, qint64 hlc)
{
    if (m_txId.isEmpty())
        beginTransaction(); // a write outside WriteTransaction still gets a transaction id
    QSqlQuery &q = prepared(AppendOutbox,
                            "INSERT INTO outbox (mutation_id, tx_id, entity, record_id, scope_id, op, payload, hlc, "
                            "device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, Uuid::v7(m_clock));
    q.bindValue(1, m_txId);
    q.bindValue(2, entity);
    q.bindValue(3, recordId);
    q.bindValue(4, scopeId.isEmpty() ? QVariant() : QVariant(scopeId));
    q.bindValue(5, opName(op));
    q.bindValue(6, QString::fromUtf8(payload));
    q.bindValue(7, hlc);
    q.bindValue(8, m_deviceId);
    q.bindValue(9, m_clock.nowMs());
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("appending to the outbox"));
    return hlc;
}

Status ChangeJournal::stamp(const QString &entity, const QString &recordId, const QString &field, qint64 hlc,
                            bool newRecord)
{
    if (!newRecord) {
        QSqlQuery &update = prepared(UpdateStamp, "UPDATE field_clock SET hlc = ?, device_id = ? WHERE entity = ? AND "
                                                  "record_id = ? AND field = ?");
        update.bindValue(0, hlc);
        update.bindValue(1, m_deviceId);
        update.bindValue(2, entity);
        update.bindValue(3, recordId);
        update.bindValue(4, field);
        if (!update.exec())
            return Database::errorFrom(update.lastError(), QStringLiteral("stamping %1.%2").arg(entity, field));
        if (update.numRowsAffected() > 0)
            return {};
    }
    QSqlQuery &insert = prepared(InsertStamp, "INSERT INTO field_clock (entity, record_id, field, hlc, device_id) "
                                              "VALUES (?, ?, ?, ?, ?)");
    insert.bindValue(0, entity);
    insert.bindValue(1, recordId);
    insert.bindValue(2, field);
    insert.bindValue(3, hlc);
    insert.bindValue(4, m_deviceId);
    if (!insert.exec())
        return Database::errorFrom(insert.lastError(), QStringLiteral("stamping %1.%2").arg(entity, field));
    return {};
}

Result<qint64> ChangeJournal::upsert(const QString &entity, const QString &recordId, const QString &scopeId,
                                     const QVariantMap &fields, bool newRecord)
{
    if (fields.isEmpty())
        return qint64(0);
    const qint64 hlc = m_hlc.tick();
    // A new record's fields all carry the same stamp: one record-wide row ('*') stands for all of them.
    if (newRecord) {
        if (Status s = stamp(entity, recordId, allFields(), hlc, true); !s)
            return s.error();
    }
    QJsonObject payload;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!newRecord) {
            if (Status s = stamp(entity, recordId, it.key(), hlc, false); !s)
                return s.error();
        }
        QJsonObject f;
        f.insert(QStringLiteral("value"), QJsonValue::fromVariant(it.value()));
        f.insert(QStringLiteral("hlc"), QString::number(hlc)); // as text: JSON numbers lose 64-bit precision
        payload.insert(it.key(), f);
    }
    return appendMutation(Op::Upsert, entity, recordId, scopeId, QJsonDocument(payload).toJson(QJsonDocument::Compact),
                          hlc);
}

Result<qint64> ChangeJournal::setCausalLength(const QString &entity, const QString &recordId, const QString &scopeId,
                                              qint64 newCl)
{
    const qint64 hlc = m_hlc.tick();
    if (Status s = stamp(entity, recordId, QStringLiteral("cl"), hlc, false); !s)
        return s.error();
    QJsonObject f;
    f.insert(QStringLiteral("value"), newCl);
    f.insert(QStringLiteral("hlc"), QString::number(hlc));
    QJsonObject payload;
    payload.insert(QStringLiteral("cl"), f);
    return appendMutation(isAlive(newCl) ? Op::Restore : Op::Delete, entity, recordId, scopeId,
                          QJsonDocument(payload).toJson(QJsonDocument::Compact), hlc);
}

Result<qint64> ChangeJournal::erase(const QString &entity, const QString &recordId, const QString &scopeId)
{
    const qint64 hlc = m_hlc.tick();
    QSqlQuery &drop = prepared(DropStamps, "DELETE FROM field_clock WHERE entity = ? AND record_id = ?");
    drop.bindValue(0, entity);
    drop.bindValue(1, recordId);
    if (!drop.exec())
        return Database::errorFrom(drop.lastError(), QStringLiteral("dropping field stamps"));
    QSqlQuery &unsent = prepared(DropUnsent,
                                 "DELETE FROM outbox WHERE entity = ? AND record_id = ? AND sent_at IS NULL");
    unsent.bindValue(0, entity);
    unsent.bindValue(1, recordId);
    if (!unsent.exec())
        return Database::errorFrom(unsent.lastError(), QStringLiteral("dropping unsent mutations"));
    QSqlQuery &mark = prepared(Erasure, "INSERT OR IGNORE INTO erasures (entity, record_id, hlc, device_id, "
                                        "erased_at) VALUES (?, ?, ?, ?, ?)");
    mark.bindValue(0, entity);
    mark.bindValue(1, recordId);
    mark.bindValue(2, hlc);
    mark.bindValue(3, m_deviceId);
    mark.bindValue(4, m_clock.nowMs());
    if (!mark.exec())
        return Database::errorFrom(mark.lastError(), QStringLiteral("writing the erasure marker"));
    return appendMutation(Op::Erase, entity, recordId, scopeId, QByteArrayLiteral("{}"), hlc);
}

Result<qint64> ChangeJournal::fieldHlc(const QString &entity, const QString &recordId, const QString &field)
{
    // The field's own row if it was written since the record was created, else the record-wide row.
    QSqlQuery &q = prepared(ReadStamp, "SELECT hlc FROM field_clock WHERE entity = ? AND record_id = ? AND "
                                       "field IN (?, '*') ORDER BY field = '*' LIMIT 1");
    q.bindValue(0, entity);
    q.bindValue(1, recordId);
    q.bindValue(2, field);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a field stamp"));
    const qint64 v = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return v;
}

bool ChangeJournal::isErased(QSqlDatabase &db, const QString &entity, const QString &recordId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM erasures WHERE entity = ? AND record_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    return q.exec() && q.next();
}

} // namespace relasi
