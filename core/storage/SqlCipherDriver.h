#pragma once

#include <QMetaType>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

#include <cstddef>

struct sqlite3;
struct sqlite3_stmt;

// QVariant wrapping of the native handles (QSqlDriver::handle(), QSqlResult::handle()); the type names are
// "sqlite3*" and "sqlite3_stmt*", as with Qt's own SQLite driver.
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace relasi {

class SqlCipherResult;

inline constexpr char kSqlCipherDriverName[] = "QSQLCIPHER";

// Registers the QSQLCIPHER driver with QSqlDatabase so that QSqlDatabase::addDatabase("QSQLCIPHER") works
// (unkeyed databases: tests, the sync server's embedded backend). Idempotent and thread-safe.
void registerSqlCipherDriver();

// A Qt Sql driver over the system SQLCipher, written against the public QSqlDriver/QSqlResult API.
// Unkeyed, it opens plain SQLite files. Keyed (setRawKey before open), it applies the raw 256-bit key and
// pins the cipher settings so that files move between SQLCipher 3 and 4 (compatibility 3, 4096-byte pages).
// Connect options: QSQLITE_OPEN_READONLY, QSQLITE_OPEN_URI, QSQLITE_BUSY_TIMEOUT=<ms> (default 5000).
// Errors carry SQLite's extended result code as nativeErrorCode() and sqlite3_errmsg as databaseText().
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // A raw 32-byte data key applied at open() as PRAGMA key = "x'<64 hex>'". The key and the pragma text
    // live only in libsodium guarded memory and are wiped right after open() (success or failure) and by
    // clearKey(). A key of another length is refused: the next open() then fails instead of opening unkeyed.
    void setRawKey(const unsigned char *key, size_t length);
    void clearKey();
    bool hasKey() const;

    // The native connection handle (nullptr when closed). QSqlDriver::handle() returns it as a QVariant;
    // a non-virtual sqlite3 *handle() cannot coexist with that virtual, hence the name.
    sqlite3 *nativeHandle() const;

    // SQLCipher's version, e.g. "3.4.1" (empty if unknown). Asked once of a temporary in-memory database.
    static QString sqlcipherVersion();

    // QSqlDriver
    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    QVariant handle() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

private:
    friend class SqlCipherResult;

    bool applyKey();
    bool runStatement(const char *sql, QSqlError::ErrorType type, const QString &what);
    bool failOpen(const QString &what, int code = 0);
    void wipeKey();

    void registerResult(SqlCipherResult *result) const;
    void unregisterResult(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    unsigned char *m_key = nullptr; // sodium_malloc'd, 32 bytes, no access except while opening
    bool m_keyRejected = false;
    mutable QSet<SqlCipherResult *> m_results;
};

} // namespace relasi
