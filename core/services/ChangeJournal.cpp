#include "services/ChangeJournal.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/SqlCipherResult.h"
#include "sync/Hlc.h"

#include <QLocale>
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

// Payloads are written as JSON text directly (no QJsonObject: it cost a third of a batch create). The
// output is what QJsonDocument::Compact writes for the same object: keys in the order given (callers pass
// QVariantMap, sorted like QJsonObject), strings escaped as JSON requires, integers as numbers.
void appendJsonString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += QLatin1String("\\u00");
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xf]);
            } else {
                out += ch;
            }
        }
    }
    out += QLatin1Char('"');
}

void appendJsonValue(QString &out, const QVariant &v)
{
    if (v.isNull()) {
        // A null QString is written as "" by the services' column maps; only an untyped value is null.
        if (v.typeId() == QMetaType::QString)
            out += QLatin1String("\"\"");
        else
            out += QLatin1String("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::UShort:
        out += QString::number(v.toULongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out += QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    default:
        appendJsonString(out, v.toString());
    }
}

// {"field": {"value": v, "hlc": "n"}, …} (the stamp as text: JSON numbers lose 64-bit precision).
QString fieldsPayload(const QVariantMap &fields, qint64 hlc)
{
    const QString stamp = QString::number(hlc);
    QString out;
    out.reserve(int(fields.size()) * 48);
    out += QLatin1Char('{');
    bool first = true;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        appendJsonString(out, it.key());
        out += QLatin1String(":{\"hlc\":\"");
        out += stamp;
        out += QLatin1String("\",\"value\":");
        appendJsonValue(out, it.value());
        out += QLatin1Char('}');
    }
    out += QLatin1Char('}');
    return out;
}
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
                                             const QString &scopeId, const QString &payload, qint64 hlc)
{
    if (m_txId.isEmpty())
        beginTransaction(); // a write outside WriteTransaction still gets a transaction id
    QSqlQuery &q = prepared(AppendOutbox,
                            "INSERT INTO outbox (mutation_id, tx_id, entity, record_id, scope_id, op, payload, hlc, "
                            "device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!SqlCipherResult::execPositional(q, {Uuid::v7(m_clock), m_txId, entity, recordId,
                                             scopeId.isEmpty() ? QVariant() : QVariant(scopeId), opName(op), payload,
                                             hlc, m_deviceId, m_clock.nowMs()}))
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
    if (!SqlCipherResult::execPositional(insert, {entity, recordId, field, hlc, m_deviceId}))
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
    } else {
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (Status s = stamp(entity, recordId, it.key(), hlc, false); !s)
                return s.error();
        }
    }
    return appendMutation(Op::Upsert, entity, recordId, scopeId, fieldsPayload(fields, hlc), hlc);
}

Result<qint64> ChangeJournal::created(const QString &entity, const QString &recordId, const QString &scopeId,
                                      const QList<RecordRef> &children)
{
    const qint64 hlc = m_hlc.tick();
    if (Status s = stamp(entity, recordId, allFields(), hlc, true); !s)
        return s.error();
    QStringList with;
    for (const RecordRef &r : children) {
        if (Status s = stamp(r.entity, r.recordId, allFields(), hlc, true); !s)
            return s.error();
        if (!with.contains(r.entity))
            with << r.entity;
    }
    with.sort();
    QString payload = QStringLiteral("{\"*\":{\"hlc\":\"") + QString::number(hlc) + QStringLiteral("\"}");
    if (!with.isEmpty()) {
        payload += QLatin1String(",\"with\":[");
        for (int i = 0; i < with.size(); ++i) {
            if (i > 0)
                payload += QLatin1Char(',');
            appendJsonString(payload, with.at(i));
        }
        payload += QLatin1Char(']');
    }
    payload += QLatin1Char('}');
    return appendMutation(Op::Upsert, entity, recordId, scopeId, payload, hlc);
}

bool ChangeJournal::isCreatedByReference(const QString &payload)
{
    return payload.startsWith(QLatin1String("{\"*\":"));
}

Result<qint64> ChangeJournal::setCausalLength(const QString &entity, const QString &recordId, const QString &scopeId,
                                              qint64 newCl)
{
    const qint64 hlc = m_hlc.tick();
    if (Status s = stamp(entity, recordId, QStringLiteral("cl"), hlc, false); !s)
        return s.error();
    return appendMutation(isAlive(newCl) ? Op::Restore : Op::Delete, entity, recordId, scopeId,
                          fieldsPayload(QVariantMap{{QStringLiteral("cl"), newCl}}, hlc), hlc);
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
    return appendMutation(Op::Erase, entity, recordId, scopeId, QStringLiteral("{}"), hlc);
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
