#include "workspace/SignInAttempts.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "services/AuditLog.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

namespace relasi {

namespace {

const char kFileName[] = "relasi.signin-failures";
const char kFormat[] = "relasi-signin-failures";
const int kLockWaitMs = 3000;
const QString kAction = QStringLiteral("sign_in_failed");

QString lockPath(const QString &directory)
{
    return SignInAttempts::filePath(directory) + QStringLiteral(".lock");
}

Error io(const QString &what)
{
    return Error(ErrorCode::Io, what);
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Reads the file (no lock taken: the caller holds it). A missing file is an empty Pending.
Result<SignInAttempts::Pending> readFile(const QString &path)
{
    SignInAttempts::Pending p;
    QFile f(path);
    if (!f.exists())
        return p;
    if (!f.open(QIODevice::ReadOnly))
        return io(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error(ErrorCode::Invalid, QStringLiteral("%1 is not a list of failed sign-ins").arg(path));
    p.dropped = root.value(QStringLiteral("dropped")).toInteger();
    const QJsonArray list = root.value(QStringLiteral("attempts")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SignInAttempts::Attempt a;
        a.id = o.value(QStringLiteral("id")).toString();
        a.atMs = o.value(QStringLiteral("at")).toInteger();
        a.via = o.value(QStringLiteral("via")).toString();
        if (a.id.isEmpty() || a.atMs <= 0)
            return Error(ErrorCode::Invalid, QStringLiteral("%1 holds a malformed attempt").arg(path));
        p.attempts << a;
    }
    return p;
}

Status writeFile(const QString &path, const SignInAttempts::Pending &p)
{
    QJsonArray list;
    for (const SignInAttempts::Attempt &a : p.attempts) {
        list.append(
            QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("at"), a.atMs}, {QStringLiteral("via"), a.via}});
    }
    const QJsonObject root {{QStringLiteral("format"), QLatin1String(kFormat)}, {QStringLiteral("version"), 1},
        {QStringLiteral("dropped"), p.dropped}, {QStringLiteral("attempts"), list}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return io(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return io(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

bool takeLock(QLockFile &lock)
{
    lock.setStaleLockTime(30000);
    return lock.tryLock(kLockWaitMs);
}

// Attempt ids already in the audit trail (from an earlier flush that was cut off before the delete).
Result<QSet<QString>> auditedIds(ServiceContext &ctx)
{
    AuditFilter f;
    f.action = kAction;
    f.limit = SignInAttempts::maxKept + 2;
    auto entries = ctx.audit().list(f);
    if (!entries)
        return entries.error();
    QSet<QString> ids;
    for (const AuditEntry &e : *entries) {
        const QString id = e.details.value(QStringLiteral("attempt")).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

} // namespace

QString SignInAttempts::filePath(const QString &directory)
{
    return QDir(directory).filePath(QLatin1String(kFileName));
}

Status SignInAttempts::record(const QString &directory, const QString &via, const Clock &clock)
{
    if (directory.isEmpty() || !QDir(directory).exists())
        return Error(ErrorCode::NotFound, QStringLiteral("no workspace folder %1").arg(directory));
    QLockFile lock(lockPath(directory));
    if (!takeLock(lock))
        return io(QStringLiteral("the failed sign-in list is locked by another process"));
    const QString path = filePath(directory);
    auto current = readFile(path);
    Pending p;
    if (current) {
        p = *current;
    } else {
        // Keep the evidence that something was there: count it as one dropped attempt and start afresh.
        qCWarning(lcWorkspace) << "replacing an unreadable failed sign-in list:" << current.error().message;
        p.dropped = 1;
    }
    Attempt a;
    a.id = Uuid::v7(clock);
    a.atMs = clock.nowMs();
    a.via = via;
    p.attempts << a;
    while (p.attempts.size() > maxKept) {
        p.attempts.removeFirst();
        ++p.dropped;
    }
    return writeFile(path, p);
}

Result<SignInAttempts::Pending> SignInAttempts::pending(const QString &directory)
{
    QLockFile lock(lockPath(directory));
    if (!takeLock(lock))
        return io(QStringLiteral("the failed sign-in list is locked by another process"));
    return readFile(filePath(directory));
}

Result<int> SignInAttempts::flushToAudit(const QString &directory, ServiceContext &ctx)
{
    const QString path = filePath(directory);
    if (!QFile::exists(path))
        return 0;
    QLockFile lock(lockPath(directory));
    if (!takeLock(lock))
        return io(QStringLiteral("the failed sign-in list is locked by another process"));
    auto p = readFile(path);
    if (!p && p.code() != ErrorCode::Invalid)
        return p.error();
    auto seen = auditedIds(ctx);
    if (!seen)
        return seen.error();

    int appended = 0;
    WriteTransaction tx(ctx);
    if (!tx.isActive())
        return tx.status().error();
    if (!p) {
        // Someone replaced the file with something else: say so in the trail instead of failing every sign-in.
        auto a = ctx.audit().append(QString(), kAction, QStringLiteral("workspace"), QString(),
            QJsonObject {{QStringLiteral("unreadable_list"), true}});
        if (!a)
            return a.error();
        ++appended;
    } else {
        if (p->dropped > 0) {
            QJsonObject details {{QStringLiteral("count"), p->dropped}, {QStringLiteral("times_not_kept"), true}};
            if (!p->attempts.isEmpty())
                details.insert(QStringLiteral("attempted_before"), isoUtc(p->attempts.constFirst().atMs));
            auto a = ctx.audit().append(QString(), kAction, QStringLiteral("workspace"), QString(), details);
            if (!a)
                return a.error();
            ++appended;
        }
        for (const Attempt &attempt : p->attempts) {
            if (seen->contains(attempt.id))
                continue;
            auto a = ctx.audit().append(QString(), kAction, QStringLiteral("workspace"), QString(),
                QJsonObject {{QStringLiteral("attempted_at"), isoUtc(attempt.atMs)},
                    {QStringLiteral("via"), attempt.via}, {QStringLiteral("count"), 1},
                    {QStringLiteral("attempt"), attempt.id}});
            if (!a)
                return a.error();
            ++appended;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    // Only now that the entries are committed: a crash before this line leaves the file for the next flush.
    if (!QFile::remove(path))
        return io(QStringLiteral("cannot remove %1 after auditing it").arg(path));
    return appended;
}

} // namespace relasi
