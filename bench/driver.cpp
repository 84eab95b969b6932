// relasi-bench-driver: the QSQLCIPHER driver against the raw SQLCipher C API on the same work.
// Usage: relasi-bench-driver [rows]   (default 200000)
// Both paths write a temporary encrypted database (random raw key, 4096-byte cipher pages) with customer-like
// rows (id, name, email text, an int64 amount, a 64-byte blob) through one prepared INSERT in one
// transaction, then read every row back with a forward-only SELECT (best of 5 passes, alternating). Target: the Qt path at >= 0.7x raw.
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace relasi;

namespace {

constexpr char kCreate[] = "CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT, "
                           "amount INTEGER, photo BLOB)";
constexpr char kInsert[] = "INSERT INTO customers (id, name, email, amount, photo) VALUES (?, ?, ?, ?, ?)";
constexpr char kSelect[] = "SELECT id, name, email, amount, photo FROM customers";

struct Row {
    QString id, name, email;
    QByteArray id8, name8, email8; // the same text, UTF-8, for the raw path
    qint64 amount = 0;
    QByteArray photo;
};

std::vector<Row> makeRows(int count)
{
    static const char *const first[] = {"Budi", "Siti", "Agus", "Dewi", "Wayan", "Putri", "Hendra", "Nur"};
    static const char *const last[] = {"Santoso", "Rahayu", "Wijaya", "Lestari", "Saputra", "Hidayat"};
    std::vector<Row> rows(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Row &r = rows[size_t(i)];
        unsigned char uuid[16];
        randombytes_buf(uuid, sizeof uuid);
        r.id8 = QByteArray(reinterpret_cast<const char *>(uuid), sizeof uuid).toHex();
        r.name8 = QByteArray(first[i % 8]) + ' ' + last[(i / 8) % 6] + ' ' + QByteArray::number(i);
        r.email8 = r.name8.toLower().replace(' ', '.') + "@contoh.co.id";
        r.id = QString::fromLatin1(r.id8);
        r.name = QString::fromUtf8(r.name8);
        r.email = QString::fromUtf8(r.email8);
        r.amount = qint64(i) * 125000;
        r.photo = QByteArray(64, '\0');
        randombytes_buf(r.photo.data(), size_t(r.photo.size()));
    }
    return rows;
}

constexpr int kSelectPasses = 5;

double rate(qint64 rows, qint64 elapsedMs)
{
    return double(rows) * 1000.0 / double(std::max<qint64>(1, elapsedMs));
}

struct Figures {
    double insertRowsPerSecond = 0;
    double selectRowsPerSecond = 0;
    qint64 checksum = 0;
};

bool rawExec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "raw: %s: %s\n", sql, sqlite3_errmsg(db));
    return false;
}

// Raw path: opens and keys the database, inserts every row; the handle stays open for the SELECT passes.
sqlite3 *insertRaw(const QString &path, const QByteArray &keyHex, const std::vector<Row> &rows, Figures *out)
{
    sqlite3 *db = nullptr;
    // The same open flags as QSQLCIPHER (one thread per connection), so only the Qt layer differs.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    const QByteArray keyPragma = "PRAGMA key = \"x'" + keyHex + "'\"";
    bool ok = rawExec(db, keyPragma.constData()) && rawExec(db, "PRAGMA cipher_page_size = 4096")
              && rawExec(db, kCreate);
    sqlite3_stmt *stmt = nullptr;
    QElapsedTimer timer;
    timer.start();
    ok = ok && rawExec(db, "BEGIN") && sqlite3_prepare_v2(db, kInsert, -1, &stmt, nullptr) == SQLITE_OK;
    for (size_t i = 0; ok && i < rows.size(); ++i) {
        const Row &r = rows[i];
        sqlite3_bind_text(stmt, 1, r.id8.constData(), int(r.id8.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, r.name8.constData(), int(r.name8.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, r.email8.constData(), int(r.email8.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 4, r.amount);
        sqlite3_bind_blob(stmt, 5, r.photo.constData(), int(r.photo.size()), SQLITE_STATIC);
        ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    ok = ok && rawExec(db, "COMMIT");
    out->insertRowsPerSecond = rate(qint64(rows.size()), timer.elapsed());
    if (!ok) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    return db;
}

// One forward-only pass over every row; returns the row count (-1 on failure).
qint64 selectRaw(sqlite3 *db, Figures *out)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, kSelect, -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    out->checksum = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < 3; ++c) {
            sqlite3_column_text(stmt, c);
            out->checksum += sqlite3_column_bytes(stmt, c);
        }
        out->checksum += sqlite3_column_int64(stmt, 3) % 7;
        sqlite3_column_blob(stmt, 4);
        out->checksum += sqlite3_column_bytes(stmt, 4);
        ++count;
    }
    sqlite3_finalize(stmt);
    out->selectRowsPerSecond = std::max(out->selectRowsPerSecond, rate(count, timer.elapsed()));
    return count;
}

bool insertQt(QSqlDatabase &db, const std::vector<Row> &rows, Figures *out)
{
    QSqlQuery q(db);
    bool ok = q.exec(QString::fromLatin1(kCreate));
    QElapsedTimer timer;
    timer.start();
    ok = ok && db.transaction() && q.prepare(QString::fromLatin1(kInsert));
    for (size_t i = 0; ok && i < rows.size(); ++i) {
        const Row &r = rows[i];
        q.bindValue(0, r.id);
        q.bindValue(1, r.name);
        q.bindValue(2, r.email);
        q.bindValue(3, r.amount);
        q.bindValue(4, r.photo);
        ok = q.exec();
    }
    ok = ok && db.commit();
    if (!ok)
        std::fprintf(stderr, "qt: insert: %s\n", qPrintable(q.lastError().text()));
    out->insertRowsPerSecond = rate(qint64(rows.size()), timer.elapsed());
    return ok;
}

qint64 selectQt(QSqlDatabase &db, Figures *out)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    out->checksum = 0;
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (!s.exec(QString::fromLatin1(kSelect)))
        return -1;
    while (s.next()) {
        for (int c = 0; c < 3; ++c)
            out->checksum += s.value(c).toString().size();
        out->checksum += s.value(3).toLongLong() % 7;
        out->checksum += s.value(4).toByteArray().size();
        ++count;
    }
    out->selectRowsPerSecond = std::max(out->selectRowsPerSecond, rate(count, timer.elapsed()));
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rowCount = 200000;
    if (argc > 1)
        rowCount = std::max(1, QByteArray(argv[1]).toInt());
    if (sodium_init() < 0)
        return 1;

    QTemporaryDir dir;
    unsigned char key[32];
    randombytes_buf(key, sizeof key);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, key, sizeof key);
    const std::vector<Row> rows = makeRows(rowCount);

    Figures raw;
    Figures qt;
    bool ok = false;
    const QString connection = QStringLiteral("bench-driver");
    sqlite3 *rawDb = insertRaw(dir.filePath(QStringLiteral("raw.db")), QByteArray(hex), rows, &raw);
    {
        auto *driver = new SqlCipherDriver();
        driver->setRawKey(key, sizeof key);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("qt.db")));
        if (!db.open())
            std::fprintf(stderr, "qt: open: %s\n", qPrintable(db.lastError().text()));
        ok = rawDb && db.isOpen() && insertQt(db, rows, &qt);
        // The SELECT passes alternate between the paths so both see the same machine load; best pass counts.
        for (int pass = 0; ok && pass < kSelectPasses; ++pass) {
            ok = selectRaw(rawDb, &raw) == rowCount && selectQt(db, &qt) == rowCount;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    sqlite3_close_v2(rawDb);
    sodium_memzero(key, sizeof key);
    sodium_memzero(hex, sizeof hex);
    if (!ok) {
        std::fprintf(stderr, "benchmark failed\n");
        return 1;
    }

    std::printf("QSQLCIPHER vs raw SQLCipher %s, %d rows, encrypted, 4096-byte pages\n",
                qPrintable(SqlCipherDriver::sqlcipherVersion()), rowCount);
    std::printf("%-22s %14s %14s\n", "path", "insert rows/s", "select rows/s");
    std::printf("%-22s %14.0f %14.0f\n", "raw sqlite3 C API", raw.insertRowsPerSecond, raw.selectRowsPerSecond);
    std::printf("%-22s %14.0f %14.0f\n", "QSqlQuery/QSQLCIPHER", qt.insertRowsPerSecond, qt.selectRowsPerSecond);
    std::printf("%-22s %13.2fx %13.2fx   (target >= 0.70x)\n", "ratio Qt / raw",
                qt.insertRowsPerSecond / raw.insertRowsPerSecond, qt.selectRowsPerSecond / raw.selectRowsPerSecond);
    return raw.checksum == qt.checksum ? 0 : 2;
}
