#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace relasi {

class Clock;
class ServiceContext;

// Failed sign-in attempts, kept outside the encrypted database until someone signs in (DESIGN §6: failed
// sign-ins are audited, but a wrong password cannot write into the database).
//
// record() adds one attempt to a small JSON side file in the workspace folder (relasi.signin-failures):
// when it happened, which interface ("cli", "gui") and a random attempt id; never an e-mail address, a
// password or anything else that identifies who tried. It is written atomically (QSaveFile) under a lock
// file, and bounded: the newest maxKept attempts are kept, older ones only counted.
//
// flushToAudit() runs once a session has started: it appends one "sign_in_failed" audit entry per kept
// attempt (details: attempted_at, via, count 1, attempt id) and, when attempts were dropped, one more with
// their count, all in one transaction; only then does it delete the file. A crash in between leaves the
// file; the next flush skips attempt ids that are already in the audit trail, so nothing is lost or
// doubled. The file is not protected by the encryption: see docs/security.md for what it can prove.
class SignInAttempts
{
public:
    static constexpr int maxKept = 1000;

    struct Attempt {
        QString id; // random (UUIDv7), to recognise an attempt already audited
        qint64 atMs = 0; // UTC ms
        QString via; // "cli" or "gui"
    };
    struct Pending {
        QList<Attempt> attempts; // oldest first
        qint64 dropped = 0; // older attempts beyond maxKept, counted only
    };

    static QString filePath(const QString &directory);

    // Io when the file cannot be written (the folder is read-only, the lock is held too long).
    static Status record(const QString &directory, const QString &via, const Clock &clock);
    // What is waiting; empty when there is no file. Invalid for a file that is not ours (it is then left
    // in place for a person to look at, and flushToAudit reports it).
    static Result<Pending> pending(const QString &directory);
    // The number of audit entries appended (0 when nothing was waiting).
    static Result<int> flushToAudit(const QString &directory, ServiceContext &ctx);
};

} // namespace relasi
