#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace relasi {

class SecureBytes;

// Opening SQLCipher connections with Relasi's settings (4 KiB cipher pages, WAL, secure_delete, foreign
// keys, busy timeout) and mapping SQLite failures to Relasi's error kinds. Every connection uses our own
// QSQLCIPHER driver; Qt's QSQLITE plugin is never loaded (see DESIGN.md §2).
class Database
{
public:
    enum class Mode { OpenExisting, Create };

    // A connection keyed with the raw 32-byte data key. The key is copied into the driver's guarded
    // memory only for the duration of open(). Errors: DatabaseDamaged (page authentication failed, not a
    // database, corrupt), NotFound (OpenExisting and no file), Io.
    static Result<QSqlDatabase> openKeyed(const QString &path, const QString &connectionName, const SecureBytes &key,
                                          Mode mode);
    // An unkeyed SQLite connection through the same driver (tests, the sync server's trial backend).
    static Result<QSqlDatabase> openPlain(const QString &path, const QString &connectionName);

    // Closes and removes a connection by name (safe if absent).
    static void close(const QString &connectionName);

    // Runs `sql` (no user input!) and maps failures. For pragmas and DDL.
    static Status exec(QSqlDatabase &db, const QString &sql);

    // Reads every page of the database through SQLCipher (each page is decrypted and its HMAC checked).
    // DatabaseDamaged with the first problem found.
    static Status verifyIntegrity(QSqlDatabase &db);

    // Cipher facts for `relasi-cli info`.
    static QString sqlcipherVersion(QSqlDatabase &db);
    static QString sqliteVersion(QSqlDatabase &db);
    static int cipherPageSize(QSqlDatabase &db);

    // Maps a SQLite extended result code (as in QSqlError::nativeErrorCode) to an error kind.
    static ErrorCode errorCodeForSqlite(int sqliteCode);
    static Error errorFrom(const class QSqlError &error, const QString &what);
};

} // namespace relasi
