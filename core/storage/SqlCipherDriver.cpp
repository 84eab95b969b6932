#include "storage/SqlCipherDriver.h"

#include "common/Logging.h"
#include "storage/SqlCipherResult.h"
#include "storage/SqlCipherSupport.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace relasi {

namespace {

constexpr size_t kRawKeyBytes = 32;
constexpr int kDefaultBusyTimeoutMs = 5000;
constexpr int kCipherPageSize = 4096;

// Runs sql and returns the first column of its first row as text (empty when there is no row).
// On failure returns false and leaves the code in *rc.
bool queryText(sqlite3 *db, const char *sql, QString *out, int *rc)
{
    sqlite3_stmt *stmt = nullptr;
    *rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (*rc != SQLITE_OK)
        return false;
    out->clear();
    int step = sqlite3_step(stmt);
    if (step == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        *out = QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0));
        step = SQLITE_DONE;
    }
    *rc = step == SQLITE_DONE ? SQLITE_OK : step;
    sqlite3_finalize(stmt);
    return *rc == SQLITE_OK;
}

QString quoted(const QString &identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

struct ColumnInfo {
    QString name;
    QString declaredType;
    bool notNull = false;
    QVariant defaultValue;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 if not part of it
};

} // namespace

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    wipeKey();
}

void SqlCipherDriver::setRawKey(const unsigned char *key, size_t length)
{
    wipeKey();
    m_keyRejected = true; // until the key is safely stored
    if (sodium_init() < 0) {
        qCWarning(lcStorage) << "libsodium failed to initialise; the database key was not stored";
        return;
    }
    if (!key || length != kRawKeyBytes) {
        qCWarning(lcStorage) << "refused a raw database key of" << length << "bytes (expected 32)";
        return;
    }
    m_key = static_cast<unsigned char *>(sodium_malloc(kRawKeyBytes));
    if (!m_key) {
        qCWarning(lcStorage) << "no guarded memory for the database key";
        return;
    }
    std::memcpy(m_key, key, kRawKeyBytes);
    sodium_mprotect_noaccess(m_key);
    m_keyRejected = false;
}

void SqlCipherDriver::clearKey()
{
    wipeKey();
    m_keyRejected = false;
}

bool SqlCipherDriver::hasKey() const
{
    return m_key != nullptr;
}

void SqlCipherDriver::wipeKey()
{
    if (m_key) {
        sodium_free(m_key); // zeroes the memory before releasing it, whatever its protection
        m_key = nullptr;
    }
}

sqlite3 *SqlCipherDriver::nativeHandle() const
{
    return m_db;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

QString SqlCipherDriver::sqlcipherVersion()
{
    static const QString version = [] {
        sqlite3 *db = nullptr;
        QString text;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
            int rc = SQLITE_OK;
            queryText(db, "PRAGMA cipher_version", &text, &rc);
        }
        sqlite3_close_v2(db);
        // SQLCipher 4 reports e.g. "4.5.6 community".
        return text.section(QLatin1Char(' '), 0, 0);
    }();
    return version;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId:
    case BLOB:
    case Unicode:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::failOpen(const QString &what, int code)
{
    const QSqlError error = sqlcipher::makeError(m_db, what, QSqlError::ConnectionError, code);
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    wipeKey();
    setLastError(error);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password, const QString &host,
                           int port, const QString &connectOptions)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)
    if (isOpen())
        close();

    if (!password.isEmpty()) {
        wipeKey();
        setLastError(QSqlError(QStringLiteral("Error opening database"),
                               QStringLiteral("QSQLCIPHER takes a raw key through setRawKey(), not a password"),
                               QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        setOpenError(true);
        return false;
    }
    if (m_keyRejected) {
        setLastError(QSqlError(QStringLiteral("Error opening database"),
                               QStringLiteral("the raw database key was refused (it must be 32 bytes)"),
                               QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        setOpenError(true);
        return false;
    }

    // A Qt Sql connection is used only by the thread that opened it, so SQLite's per-connection mutex (taken
    // by every sqlite3_column_* call) is pure overhead.
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("QSQLITE_OPEN_READONLY")) {
            flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
        } else if (option == QLatin1String("QSQLITE_OPEN_URI")) {
            flags |= SQLITE_OPEN_URI;
        } else if (option.startsWith(QLatin1String("QSQLITE_BUSY_TIMEOUT"))) {
            bool ok = false;
            const int ms = option.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
            if (ok && ms >= 0)
                busyTimeoutMs = ms;
            else
                qCWarning(lcStorage) << "ignoring malformed connect option" << option;
        } else if (!option.isEmpty()) {
            qCWarning(lcStorage) << "ignoring unknown connect option" << option;
        }
    }

    const QByteArray path = db.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(QStringLiteral("Error opening database"), rc);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);

    if (m_key && !applyKey())
        return false;

    // Reading the schema proves the key (or, unkeyed, that this is a plain SQLite file).
    QString count;
    int verifyRc = SQLITE_OK;
    if (!queryText(m_db, "SELECT count(*) FROM sqlite_master", &count, &verifyRc))
        return failOpen(QStringLiteral("Unable to read the database (wrong key, or not a database)"), verifyRc);

    wipeKey();
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::applyKey()
{
    static constexpr char prefix[] = "PRAGMA key = \"x'";
    static constexpr char suffix[] = "'\"";
    const size_t prefixLength = sizeof(prefix) - 1;
    const size_t hexLength = kRawKeyBytes * 2;
    const size_t total = prefixLength + hexLength + sizeof(suffix); // suffix includes the terminating NUL

    auto *sql = static_cast<char *>(sodium_malloc(total));
    if (!sql)
        return failOpen(QStringLiteral("No guarded memory for the key pragma"), SQLITE_NOMEM);
    sodium_mprotect_readonly(m_key);
    std::memcpy(sql, prefix, prefixLength);
    sodium_bin2hex(sql + prefixLength, hexLength + 1, m_key, kRawKeyBytes);
    std::memcpy(sql + prefixLength + hexLength, suffix, sizeof(suffix));
    wipeKey();
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    sodium_free(sql);
    if (rc != SQLITE_OK)
        return failOpen(QStringLiteral("Unable to apply the database key"), rc);

    // A plain SQLite library ignores PRAGMA key: refuse rather than write an unencrypted file.
    QString version;
    int versionRc = SQLITE_OK;
    if (!queryText(m_db, "PRAGMA cipher_version", &version, &versionRc))
        return failOpen(QStringLiteral("Unable to read the SQLCipher version"), versionRc);
    if (version.isEmpty())
        return failOpen(QStringLiteral("Error opening database"), SQLITE_MISUSE);

    // Pin the settings so that a file moves between SQLCipher 3 and 4 unchanged.
    if (version.section(QLatin1Char('.'), 0, 0).toInt() >= 4) {
        const int compatRc = sqlite3_exec(m_db, "PRAGMA cipher_compatibility = 3", nullptr, nullptr, nullptr);
        if (compatRc != SQLITE_OK)
            return failOpen(QStringLiteral("Unable to set cipher_compatibility"), compatRc);
    }
    const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(kCipherPageSize);
    const int pageRc = sqlite3_exec(m_db, pageSize.constData(), nullptr, nullptr, nullptr);
    if (pageRc != SQLITE_OK)
        return failOpen(QStringLiteral("Unable to set cipher_page_size"), pageRc);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        for (SqlCipherResult *result : std::as_const(m_results))
            result->releaseStatement();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::registerResult(SqlCipherResult *result) const
{
    m_results.insert(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult *result) const
{
    m_results.remove(result);
}

bool SqlCipherDriver::runStatement(const char *sql, QSqlError::ErrorType type, const QString &what)
{
    if (!m_db) {
        setLastError(QSqlError(what, QStringLiteral("the database is not open"), type,
                               QString::number(SQLITE_MISUSE)));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqlcipher::makeError(m_db, what, type, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return runStatement("BEGIN", QSqlError::TransactionError, QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return runStatement("COMMIT", QSqlError::TransactionError, QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runStatement("ROLLBACK", QSqlError::TransactionError, QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    const auto collect = [&](const char *sql) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            names << QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0));
        }
        sqlite3_finalize(stmt);
    };
    if (type & QSql::Tables) {
        collect("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                "UNION ALL SELECT name FROM sqlite_temp_master WHERE type = 'table' ORDER BY 1");
    }
    if (type & QSql::Views) {
        collect("SELECT name FROM sqlite_master WHERE type = 'view' "
                "UNION ALL SELECT name FROM sqlite_temp_master WHERE type = 'view' ORDER BY 1");
    }
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
        collect("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\' "
                "ORDER BY 1");
    }
    return names;
}

namespace {

QList<ColumnInfo> tableInfo(sqlite3 *db, const QString &tableName, const QSqlDriver *driver)
{
    QList<ColumnInfo> columns;
    if (!db || tableName.isEmpty())
        return columns;
    QString schema;
    QString table = tableName;
    if (driver->isIdentifierEscaped(table, QSqlDriver::TableName)) {
        table = driver->stripDelimiters(table, QSqlDriver::TableName);
    } else if (table.contains(QLatin1Char('.'))) {
        schema = table.section(QLatin1Char('.'), 0, 0);
        table = table.section(QLatin1Char('.'), 1);
    }
    QString sql = QStringLiteral("PRAGMA ");
    if (!schema.isEmpty())
        sql += quoted(schema) + QLatin1Char('.');
    sql += QLatin1String("table_info(") + quoted(table) + QLatin1Char(')');

    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return columns;
    const auto text = [stmt](int column) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        return QString::fromUtf8(p, sqlite3_column_bytes(stmt, column));
    };
    // Columns of table_info: cid, name, type, notnull, dflt_value, pk.
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ColumnInfo c;
        c.name = text(1);
        c.declaredType = text(2);
        c.notNull = sqlite3_column_int(stmt, 3) != 0;
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            c.defaultValue = text(4);
        c.primaryKeyPosition = sqlite3_column_int(stmt, 5);
        columns << c;
    }
    sqlite3_finalize(stmt);
    return columns;
}

QSqlField fieldFor(const ColumnInfo &c, const QString &tableName, bool soleIntegerKey)
{
    const QByteArray type = c.declaredType.toUtf8();
    QSqlField field(c.name, sqlcipher::metaTypeForDeclaredType(type.constData()), tableName);
    field.setRequiredStatus(c.notNull ? QSqlField::Required : QSqlField::Optional);
    if (c.defaultValue.isValid())
        field.setDefaultValue(c.defaultValue);
    // An INTEGER PRIMARY KEY is the rowid: SQLite assigns it.
    field.setAutoValue(soleIntegerKey && c.primaryKeyPosition > 0);
    return field;
}

bool hasSoleIntegerKey(const QList<ColumnInfo> &columns)
{
    int keyColumns = 0;
    bool integer = false;
    for (const ColumnInfo &c : columns) {
        if (c.primaryKeyPosition > 0) {
            ++keyColumns;
            integer = c.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        }
    }
    return keyColumns == 1 && integer;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    const QList<ColumnInfo> columns = tableInfo(m_db, tableName, this);
    const bool integerKey = hasSoleIntegerKey(columns);
    for (const ColumnInfo &c : columns)
        rec.append(fieldFor(c, tableName, integerKey));
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QList<ColumnInfo> columns = tableInfo(m_db, tableName, this);
    const bool integerKey = hasSoleIntegerKey(columns);
    columns.erase(std::remove_if(columns.begin(), columns.end(),
                                 [](const ColumnInfo &c) { return c.primaryKeyPosition <= 0; }),
                  columns.end());
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo &a, const ColumnInfo &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    QSqlIndex index(tableName, columns.isEmpty() ? QString() : QStringLiteral("PRIMARY"));
    for (const ColumnInfo &c : std::as_const(columns))
        index.append(fieldFor(c, tableName, integerKey));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(QLatin1Char('.'))) {
        QStringList parts = identifier.split(QLatin1Char('.'));
        for (QString &part : parts) {
            if (!isIdentifierEscaped(part, type))
                part = quoted(part);
        }
        return parts.join(QLatin1Char('.'));
    }
    return quoted(identifier);
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (!field.isNull() && field.metaType().id() == QMetaType::QByteArray) {
        const QByteArray bytes = field.value().toByteArray();
        return QLatin1String("X'") + QString::fromLatin1(bytes.toHex()) + QLatin1Char('\'');
    }
    return QSqlDriver::formatValue(field, trimStrings);
}

} // namespace relasi
