#include "services/AuditLog.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SqlCipherResult.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace relasi {

QString auditProblemName(AuditVerify::Problem p)
{
    switch (p) {
    case AuditVerify::Problem::None:
        return QStringLiteral("none");
    case AuditVerify::Problem::Edited:
        return QStringLiteral("edited");
    case AuditVerify::Problem::Removed:
        return QStringLiteral("removed");
    case AuditVerify::Problem::Reordered:
        return QStringLiteral("reordered");
    }
    return QStringLiteral("none");
}

namespace {

QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void addPart(QCryptographicHash &h, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    uchar len[4];
    qToBigEndian<quint32>(quint32(bytes.size()), len);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(len), 4));
    h.addData(bytes);
}

const QString kHeadKey = QStringLiteral("audit_head");

} // namespace

AuditLog::AuditLog(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

AuditLog::~AuditLog() = default;

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::canonicalJson(const QJsonObject &details)
{
    // QJsonObject keeps keys sorted, so Compact output is canonical for a given object.
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QString AuditLog::computeHash(const QString &prevHash, qint64 seq, qint64 at, const QString &userId,
                              const QString &action, const QString &entity, const QString &entityId,
                              const QString &detailsJson)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addPart(h, prevHash);
    addPart(h, QString::number(seq));
    addPart(h, QString::number(at));
    addPart(h, userId);
    addPart(h, action);
    addPart(h, entity);
    addPart(h, entityId);
    addPart(h, detailsJson);
    return QString::fromLatin1(h.result().toHex());
}

void AuditLog::beginTransaction()
{
    m_inTransaction = true;
    m_headKnown = false;
    m_headDirty = false;
}

Status AuditLog::finishTransaction()
{
    Status s = m_headDirty ? writeHead() : Status();
    m_inTransaction = false;
    m_headKnown = false;
    m_headDirty = false;
    return s;
}

void AuditLog::abortTransaction()
{
    m_inTransaction = false;
    m_headKnown = false;
    m_headDirty = false;
}

Status AuditLog::readHead()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the audit chain head"));
    m_headSeq = 0;
    m_headHash = genesisHash();
    if (q.next()) {
        m_headSeq = q.value(0).toLongLong();
        m_headHash = q.value(1).toString();
    }
    q.finish();
    m_headKnown = true;
    return {};
}

void AuditLog::reloadHead()
{
    if (!m_inTransaction || !m_headKnown)
        return;
    if (Status s = readHead(); !s) {
        qCWarning(lcServices) << "audit: re-reading the chain head failed:" << s.error().message;
        m_headKnown = false;
    }
}

Status AuditLog::writeHead()
{
    // Prepared once; UPDATE, and INSERT only the first time (an INSERT OR REPLACE needs a statement journal,
    // which SQLCipher encrypts: a cost paid by every small transaction).
    const QString head = QStringLiteral("%1:%2").arg(m_headSeq).arg(m_headHash);
    if (!m_updateHead) {
        m_updateHead = std::make_unique<QSqlQuery>(m_db);
        m_updateHead->prepare(QStringLiteral("UPDATE workspace_meta SET value = ? WHERE key = ?"));
    }
    m_updateHead->bindValue(0, head);
    m_updateHead->bindValue(1, kHeadKey);
    if (!m_updateHead->exec())
        return Database::errorFrom(m_updateHead->lastError(), QStringLiteral("recording the audit chain head"));
    if (m_updateHead->numRowsAffected() == 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?)"));
        q.addBindValue(kHeadKey);
        q.addBindValue(head);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("recording the audit chain head"));
    }
    m_headDirty = false;
    return {};
}

Result<qint64> AuditLog::appendInOpenTransaction(const QString &userId, const QString &action, const QString &entity,
                                                 const QString &entityId, const QString &json)
{
    if (!m_headKnown) {
        if (Status s = readHead(); !s)
            return s.error();
    }
    const qint64 seq = m_headSeq + 1;
    const qint64 at = m_clock.nowMs();
    const QString hash = computeHash(m_headHash, seq, at, userId, action, entity, entityId, json);
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        m_insert->prepare(QStringLiteral("INSERT INTO audit_log (seq, at, user_id, action, entity, entity_id, "
                                         "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &ins = *m_insert;
    if (!SqlCipherResult::execPositional(ins, {seq, at, nn(userId), nn(action), nn(entity), nn(entityId), json,
                                               m_headHash, hash})) {
        m_headKnown = false;
        return Database::errorFrom(ins.lastError(), QStringLiteral("appending to the audit log"));
    }
    m_headSeq = seq;
    m_headHash = hash;
    m_headDirty = true;
    return seq;
}

Result<qint64> AuditLog::append(const QString &userId, const QString &action, const QString &entity,
                                const QString &entityId, const QJsonObject &details)
{
    return appendCanonical(userId, action, entity, entityId, canonicalJson(details));
}

Result<qint64> AuditLog::appendCanonical(const QString &userId, const QString &action, const QString &entity,
                                         const QString &entityId, const QString &details)
{
    if (m_inTransaction)
        return appendInOpenTransaction(userId, action, entity, entityId, details);

    // On its own: one short transaction of its own, so the read of the chain head and the append are atomic.
    QSqlQuery tx(m_db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::errorFrom(tx.lastError(), QStringLiteral("starting an audit entry"));
    m_headKnown = false;
    auto seq = appendInOpenTransaction(userId, action, entity, entityId, details);
    Status s = seq ? writeHead() : Status(seq.error());
    if (s && !tx.exec(QStringLiteral("COMMIT")))
        s = Database::errorFrom(tx.lastError(), QStringLiteral("committing an audit entry"));
    m_headKnown = false;
    m_headDirty = false;
    if (!s) {
        QSqlQuery r(m_db);
        r.exec(QStringLiteral("ROLLBACK"));
        return s.error();
    }
    return seq;
}

Result<AuditVerify> AuditLog::verify() const
{
    AuditVerify out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Every stored hash, to tell an entry moved elsewhere in the chain (reordered) from a gap (removed).
    QHash<QString, qint64> seqOfHash;
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the audit log"));
    while (q.next())
        seqOfHash.insert(q.value(1).toString(), q.value(0).toLongLong());
    q.finish();

    auto broken = [&out](qint64 seq, AuditVerify::Problem p, const QString &why) {
        out.ok = false;
        out.brokenSeq = seq;
        out.problem = p;
        out.reason = why;
    };

    if (!q.exec(QStringLiteral("SELECT seq, at, user_id, action, entity, entity_id, details, prev_hash, hash "
                               "FROM audit_log ORDER BY seq")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the audit log"));
    qint64 lastSeq = 0;
    QString lastHash = genesisHash();
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString prev = q.value(7).toString();
        const QString stored = q.value(8).toString();
        ++out.entries;
        if (prev != lastHash) {
            if (seq != lastSeq + 1 && seqOfHash.value(prev, -1) == -1) {
                broken(lastSeq + 1, AuditVerify::Problem::Removed,
                       QStringLiteral("entries %1..%2 are missing").arg(lastSeq + 1).arg(seq - 1));
            } else if (seqOfHash.contains(prev) && seqOfHash.value(prev) != lastSeq) {
                broken(seq, AuditVerify::Problem::Reordered,
                       QStringLiteral("entry %1 follows entry %2 in the chain, not entry %3")
                           .arg(seq)
                           .arg(seqOfHash.value(prev))
                           .arg(lastSeq));
            } else if (seq != lastSeq + 1) {
                broken(lastSeq + 1, AuditVerify::Problem::Removed,
                       QStringLiteral("entries %1..%2 are missing").arg(lastSeq + 1).arg(seq - 1));
            } else {
                // The previous entry's stored hash was rewritten, or this link was.
                broken(seq == 1 ? 1 : lastSeq, AuditVerify::Problem::Edited,
                       QStringLiteral("entry %1 does not link to entry %2").arg(seq).arg(lastSeq));
            }
            return out;
        }
        const QString recomputed = computeHash(prev, seq, q.value(1).toLongLong(), q.value(2).toString(),
                                               q.value(3).toString(), q.value(4).toString(),
                                               q.value(5).toString(), q.value(6).toString());
        if (recomputed != stored) {
            broken(seq, AuditVerify::Problem::Edited, QStringLiteral("entry %1 does not match its hash").arg(seq));
            return out;
        }
        lastSeq = seq;
        lastHash = stored;
    }
    q.finish();

    // The recorded head catches entries cut off the end of the chain.
    if (!q.exec(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'audit_head'")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the audit chain head"));
    if (q.next()) {
        const QString head = q.value(0).toString();
        const qint64 headSeq = head.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QString headHash = head.section(QLatin1Char(':'), 1);
        if (headSeq > lastSeq) {
            broken(lastSeq + 1, AuditVerify::Problem::Removed,
                   QStringLiteral("entries %1..%2 at the end are missing").arg(lastSeq + 1).arg(headSeq));
        } else if (headSeq != lastSeq || headHash != lastHash) {
            broken(headSeq, AuditVerify::Problem::Edited,
                   QStringLiteral("the chain head does not match entry %1").arg(headSeq));
        }
    } else if (lastSeq > 0) {
        broken(lastSeq, AuditVerify::Problem::Edited, QStringLiteral("the chain head record is missing"));
    }
    return out;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &f) const
{
    QString sql = QStringLiteral("SELECT seq, at, user_id, action, entity, entity_id, details, prev_hash, hash "
                                 "FROM audit_log WHERE 1");
    QVariantList binds;
    auto add = [&](const QString &cond, const QVariant &v) {
        sql += QStringLiteral(" AND ") + cond;
        binds << v;
    };
    if (!f.userId.isEmpty())
        add(QStringLiteral("user_id = ?"), f.userId);
    if (!f.action.isEmpty())
        add(QStringLiteral("action = ?"), f.action);
    if (!f.entity.isEmpty())
        add(QStringLiteral("entity = ?"), f.entity);
    if (!f.entityId.isEmpty())
        add(QStringLiteral("entity_id = ?"), f.entityId);
    if (f.fromMs > 0)
        add(QStringLiteral("at >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("at < ?"), f.toMs);
    if (f.beforeSeq > 0)
        add(QStringLiteral("seq < ?"), f.beforeSeq);
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << (f.limit > 0 ? f.limit : 200);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("listing the audit log"));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.userId = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.prevHash = q.value(7).toString();
        e.hash = q.value(8).toString();
        out << e;
    }
    return out;
}

} // namespace relasi
