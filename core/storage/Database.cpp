#include "storage/Database.h"

#include "common/Logging.h"
#include "crypto/SecureBytes.h"
#include "storage/SqlCipherDriver.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

// SQLite primary result codes we tell apart.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteFull = 13;
constexpr int kSqliteReadOnly = 8;

Status applyConnectionSettings(QSqlDatabase &db)
{
    // WAL: readers never block the writer; secure_delete: freed pages are zeroed before reuse, so deleted
    // personal data does not linger; foreign keys for local-only tables (synced tables carry none, §7).
    const char *const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA secure_delete = ON",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -65536", // 64 MiB page cache
    };
    for (const char *p : pragmas) {
        Status s = Database::exec(db, QString::fromLatin1(p));
        if (!s)
            return s;
    }
    return {};
}

} // namespace

ErrorCode Database::errorCodeForSqlite(int code)
{
    switch (code & 0xff) {
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return ErrorCode::DatabaseDamaged;
    case kSqliteBusy:
    case kSqliteLocked:
        return ErrorCode::InUse;
    case kSqliteIoErr:
    case kSqliteFull:
    case kSqliteCantOpen:
    case kSqliteReadOnly:
        return ErrorCode::Io;
    default:
        return ErrorCode::Other;
    }
}

Error Database::errorFrom(const QSqlError &error, const QString &what)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const ErrorCode code = ok ? errorCodeForSqlite(native) : ErrorCode::Other;
    return Error(code, QStringLiteral("%1: %2 (SQLite %3)").arg(what, error.text(), error.nativeErrorCode()));
}

Status Database::exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return errorFrom(q.lastError(), sql.left(60));
    return {};
}

Result<QSqlDatabase> Database::openKeyed(const QString &path, const QString &connectionName, const SecureBytes &key,
                                         Mode mode)
{
    if (mode == Mode::OpenExisting && !QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, QStringLiteral("no database at %1").arg(path));
    if (key.size() != 32)
        return Error(ErrorCode::Other, QStringLiteral("the data key must be 32 bytes"));

    auto *driver = new SqlCipherDriver();
    driver->setRawKey(key.data(), key.size());
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        Error e = errorFrom(db.lastError(), QStringLiteral("opening the encrypted database"));
        if (e.code == ErrorCode::Other)
            e.code = ErrorCode::Io;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return e;
    }
    driver->clearKey();
    Status s = applyConnectionSettings(db);
    if (!s) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return s.error();
    }
    return db;
}

Result<QSqlDatabase> Database::openPlain(const QString &path, const QString &connectionName)
{
    registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        Error e = errorFrom(db.lastError(), QStringLiteral("opening the database"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return e;
    }
    Status s = applyConnectionSettings(db);
    if (!s)
        return s.error();
    return db;
}

void Database::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Status Database::verifyIntegrity(QSqlDatabase &db)
{
    // SQLCipher 4 has cipher_integrity_check, which authenticates every page including free ones.
    // SQLCipher 3 lacks it; integrity_check reads (decrypts and authenticates) every b-tree page and the
    // freelist trunk pages, and a page whose HMAC fails surfaces as SQLITE_CORRUPT / NOTADB.
    const QString version = sqlcipherVersion(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (version.section(QLatin1Char('.'), 0, 0).toInt() >= 4) {
        if (!q.exec(QStringLiteral("PRAGMA cipher_integrity_check")))
            return Error(ErrorCode::DatabaseDamaged, q.lastError().text());
        if (q.next())
            return Error(ErrorCode::DatabaseDamaged, q.value(0).toString());
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        Error e = errorFrom(q.lastError(), QStringLiteral("integrity check"));
        e.code = ErrorCode::DatabaseDamaged;
        return e;
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q.lastError().isValid()) {
        Error e = errorFrom(q.lastError(), QStringLiteral("integrity check"));
        e.code = ErrorCode::DatabaseDamaged;
        return e;
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::DatabaseDamaged, problems.first());
    return {};
}

namespace {
QString scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toString();
    return {};
}
} // namespace

QString Database::sqlcipherVersion(QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("PRAGMA cipher_version"));
}

QString Database::sqliteVersion(QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT sqlite_version()"));
}

int Database::cipherPageSize(QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("PRAGMA cipher_page_size")).toInt();
}

} // namespace relasi
