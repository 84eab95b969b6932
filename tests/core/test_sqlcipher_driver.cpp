// The QSQLCIPHER Qt Sql driver: types, binding, statements, transactions, streaming, models, keys, errors.
#include <catch2/catch.hpp>

#include "storage/SqlCipherDriver.h"
#include "support/TestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QSqlTableModel>
#include <QTemporaryDir>

#include <limits>
#include <memory>

using namespace relasi;

namespace {

QString nextConnectionName()
{
    static int counter = 0;
    return QStringLiteral("driver-test-%1").arg(++counter);
}

QByteArray testKey(char seed)
{
    QByteArray key(32, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(seed + i * 7);
    return key;
}

// A named connection that is closed and removed when it goes out of scope.
struct Connection {
    QString name = nextConnectionName();
    QSqlDatabase db;

    explicit Connection(const QString &path, const QString &options = QString())
    {
        registerSqlCipherDriver();
        db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
    }
    Connection(const QString &path, const QByteArray &key)
    {
        auto *driver = new SqlCipherDriver();
        driver->setRawKey(reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
        db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    SqlCipherDriver *driver() const { return static_cast<SqlCipherDriver *>(db.driver()); }
};

void run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(ok);
    REQUIRE(q.next());
    return q.value(0);
}

// Resident set size in KiB from /proc/self/status, -1 when unreadable.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

TEST_CASE("QSQLCIPHER round-trips every value type", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("types.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, b BLOB)"));

    const QByteArray withNuls("\0a\0b\xff\0", 6);
    const QList<QVariant> values = {
        QVariant(std::numeric_limits<qlonglong>::min()),
        QVariant(std::numeric_limits<qlonglong>::max()),
        QVariant(qlonglong(0)),
        QVariant(-1),
        QVariant(3.141592653589793),
        QVariant(-1.5e308),
        QVariant(4.9e-324),
        QVariant(QStringLiteral("Pelanggan baru: Budi Santoso, Jl. Merdeka No. 5 — Tanah Abang, Rp 1.250.000")),
        QVariant(QStringLiteral("张伟 李娜 山田太郎 김민준")),
        QVariant(QStringLiteral("👩‍💼🚀✨ emoji")),
        QVariant(QString(QLatin1String(""))),
        QVariant(withNuls),
        QVariant(QByteArray("", 0)),
    };
    auto idx = GENERATE(range(0, 13));
    const QVariant in = values.at(idx);
    const char *column = in.typeId() == QMetaType::Double           ? "d"
                         : in.typeId() == QMetaType::QString        ? "s"
                         : in.typeId() == QMetaType::QByteArray     ? "b"
                                                                    : "i";
    QSqlQuery q(c.db);
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t (%1) VALUES (?)").arg(QLatin1String(column))));
    q.addBindValue(in);
    REQUIRE(q.exec());
    const qlonglong id = q.lastInsertId().toLongLong();

    REQUIRE(q.prepare(QStringLiteral("SELECT %1, typeof(%1) FROM t WHERE id = ?").arg(QLatin1String(column))));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const QVariant out = q.value(0);
    CAPTURE(idx, out);
    REQUIRE_FALSE(q.isNull(0));
    switch (in.typeId()) {
    case QMetaType::Double:
        CHECK(out.typeId() == QMetaType::Double);
        CHECK(out.toDouble() == in.toDouble());
        CHECK(q.value(1).toString() == QLatin1String("real"));
        break;
    case QMetaType::QString:
        CHECK(out.typeId() == QMetaType::QString);
        CHECK(out.toString() == in.toString());
        CHECK_FALSE(out.toString().isNull());
        CHECK(q.value(1).toString() == QLatin1String("text"));
        break;
    case QMetaType::QByteArray:
        CHECK(out.typeId() == QMetaType::QByteArray);
        CHECK(out.toByteArray() == in.toByteArray());
        CHECK(out.toByteArray().size() == in.toByteArray().size());
        CHECK(q.value(1).toString() == QLatin1String("blob")); // an empty blob is a blob, not NULL
        break;
    default:
        CHECK(out.typeId() == QMetaType::LongLong);
        CHECK(out.toLongLong() == in.toLongLong());
        CHECK(q.value(1).toString() == QLatin1String("integer"));
        break;
    }
}

TEST_CASE("QSQLCIPHER binds NULLs, bools, unsigned and dates, and types NULL columns", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("nulls.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, d REAL, x)"));
    QSqlQuery q(c.db);
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)")));
    q.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QString());     // a null QString binds NULL
    q.addBindValue(QByteArray());  // a null QByteArray binds NULL
    q.addBindValue(QVariant());
    q.addBindValue(QVariant());
    REQUIRE(q.exec());

    REQUIRE(q.exec(QStringLiteral("SELECT i, s, b, d, x, typeof(b) FROM t")));
    REQUIRE(q.next());
    for (int i = 0; i < 5; ++i)
        CHECK(q.isNull(i));
    CHECK(q.value(0).metaType() == QMetaType(QMetaType::LongLong));
    CHECK(q.value(1).metaType() == QMetaType(QMetaType::QString));
    CHECK(q.value(2).metaType() == QMetaType(QMetaType::QByteArray));
    CHECK(q.value(3).metaType() == QMetaType(QMetaType::Double));
    CHECK(q.value(5).toString() == QLatin1String("null"));
    const QSqlRecord rec = q.record();
    REQUIRE(rec.count() == 6);
    CHECK(rec.fieldName(0) == QLatin1String("i"));
    CHECK(rec.field(1).metaType() == QMetaType(QMetaType::QString));

    QSqlQuery misc(c.db);
    REQUIRE(misc.prepare(QStringLiteral("SELECT ?, ?, ?, ?, ?")));
    misc.addBindValue(true);
    misc.addBindValue(std::numeric_limits<uint>::max());
    misc.addBindValue(qulonglong(std::numeric_limits<qlonglong>::max()));
    misc.addBindValue(QDate(2024, 2, 29));
    misc.addBindValue(QDateTime(QDate(2024, 2, 29), QTime(13, 5, 7, 250), Qt::UTC));
    REQUIRE(misc.exec());
    REQUIRE(misc.next());
    CHECK(misc.value(0).toLongLong() == 1);
    CHECK(misc.value(1).toLongLong() == qlonglong(std::numeric_limits<uint>::max()));
    CHECK(misc.value(2).toLongLong() == std::numeric_limits<qlonglong>::max());
    CHECK(misc.value(3).toString() == QLatin1String("2024-02-29"));
    CHECK(misc.value(4).toString() == QLatin1String("2024-02-29T13:05:07.250Z"));

    QSqlQuery tooBig(c.db);
    REQUIRE(tooBig.prepare(QStringLiteral("SELECT ?")));
    tooBig.addBindValue(qulonglong(std::numeric_limits<qlonglong>::max()) + 1);
    CHECK_FALSE(tooBig.exec());
    CHECK(tooBig.lastError().nativeErrorCode() == QLatin1String("20"));
}

TEST_CASE("QSQLCIPHER binds positional and named placeholders", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("bind.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE p (a INTEGER, b TEXT, c TEXT)"));
    QSqlQuery q(c.db);

    SECTION("positional, by addBindValue and by index")
    {
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, '?:not_a_placeholder')")));
        q.bindValue(1, QStringLiteral("second"));
        q.bindValue(0, 7);
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("SELECT a, b, c FROM p")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 7);
        CHECK(q.value(1).toString() == QLatin1String("second"));
        CHECK(q.value(2).toString() == QLatin1String("?:not_a_placeholder"));
    }
    SECTION("named, out of order and repeated")
    {
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO p VALUES (:num, :name, :name || '-' || :num)")));
        q.bindValue(QStringLiteral(":name"), QStringLiteral("Dewi"));
        q.bindValue(QStringLiteral(":num"), 42);
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("SELECT a, b, c FROM p")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 42);
        CHECK(q.value(1).toString() == QLatin1String("Dewi"));
        CHECK(q.value(2).toString() == QLatin1String("Dewi-42"));
    }
    SECTION("a missing value is an error, not a silent NULL")
    {
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?)")));
        q.addBindValue(1);
        CHECK_FALSE(q.exec());
        CHECK(q.lastError().nativeErrorCode() == QLatin1String("25"));
        CHECK(scalar(c.db, QStringLiteral("SELECT count(*) FROM p")).toInt() == 0);
    }
}

TEST_CASE("QSQLCIPHER reuses one prepared statement across 1000 execs", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("reuse.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE r (id INTEGER PRIMARY KEY, v TEXT)"));
    REQUIRE(c.db.transaction());
    QSqlQuery insert(c.db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO r (id, v) VALUES (:id, :v)")));
    const QVariant stmt = insert.result()->handle();
    REQUIRE(stmt.value<sqlite3_stmt *>() != nullptr);
    for (int i = 0; i < 1000; ++i) {
        insert.bindValue(QStringLiteral(":id"), i);
        insert.bindValue(QStringLiteral(":v"), QStringLiteral("value %1").arg(i));
        REQUIRE(insert.exec());
        REQUIRE(insert.result()->handle().value<sqlite3_stmt *>() == stmt.value<sqlite3_stmt *>());
    }
    REQUIRE(c.db.commit());

    QSqlQuery select(c.db);
    select.setForwardOnly(true);
    REQUIRE(select.prepare(QStringLiteral("SELECT v FROM r WHERE id = ?")));
    const auto *selectStmt = select.result()->handle().value<sqlite3_stmt *>();
    for (int i = 999; i >= 0; --i) {
        select.addBindValue(i);
        REQUIRE(select.exec());
        REQUIRE(select.next());
        REQUIRE(select.value(0).toString() == QStringLiteral("value %1").arg(i));
        REQUIRE(select.result()->handle().value<sqlite3_stmt *>() == selectStmt);
    }
}

TEST_CASE("QSQLCIPHER reports lastInsertId and numRowsAffected", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("ids.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)"));
    QSqlQuery q(c.db);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t (id, v) VALUES (41, 1)")));
    CHECK(q.lastInsertId().toLongLong() == 41);
    CHECK(q.numRowsAffected() == 1);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t (v) VALUES (2)")));
    CHECK(q.lastInsertId().toLongLong() == 42);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t (v) VALUES (3)")));
    REQUIRE(q.exec(QStringLiteral("UPDATE t SET v = v * 10 WHERE v >= 2")));
    CHECK(q.numRowsAffected() == 2);
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM t")));
    CHECK(q.numRowsAffected() == -1);
    CHECK(q.size() == -1);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM t")));
    CHECK(q.numRowsAffected() == 3);
}

TEST_CASE("QSQLCIPHER transactions commit and roll back", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("tx.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE t (v INTEGER)"));

    REQUIRE(c.db.transaction());
    run(c.db, QStringLiteral("INSERT INTO t VALUES (1)"));
    REQUIRE(c.db.rollback());
    CHECK(scalar(c.db, QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);

    REQUIRE(c.db.transaction());
    run(c.db, QStringLiteral("INSERT INTO t VALUES (2)"));
    REQUIRE(c.db.commit());
    CHECK(scalar(c.db, QStringLiteral("SELECT sum(v) FROM t")).toInt() == 2);

    // No transaction is active: a proper error, not a silent success.
    CHECK_FALSE(c.db.commit());
    CHECK(c.db.lastError().type() == QSqlError::TransactionError);
    CHECK(c.db.lastError().nativeErrorCode() == QLatin1String("1"));
    CHECK_FALSE(c.db.lastError().databaseText().isEmpty());
}

TEST_CASE("QSQLCIPHER inserts 100k rows in one transaction", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("bulk.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE bulk (id INTEGER PRIMARY KEY, name TEXT, amount INTEGER)"));
    REQUIRE(c.db.transaction());
    QSqlQuery q(c.db);
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO bulk (id, name, amount) VALUES (?, ?, ?)")));
    for (int i = 1; i <= 100000; ++i) {
        q.bindValue(0, i);
        q.bindValue(1, QStringLiteral("Pelanggan %1").arg(i));
        q.bindValue(2, qlonglong(i) * 1000);
        if (!q.exec())
            FAIL(q.lastError().text().toStdString());
    }
    REQUIRE(c.db.commit());
    CHECK(scalar(c.db, QStringLiteral("SELECT count(*) FROM bulk")).toLongLong() == 100000);
    CHECK(scalar(c.db, QStringLiteral("SELECT sum(amount) FROM bulk")).toLongLong() == 5000050000LL * 1000);
    CHECK(scalar(c.db, QStringLiteral("SELECT name FROM bulk WHERE id = 77777")).toString()
          == QLatin1String("Pelanggan 77777"));
}

TEST_CASE("QSQLCIPHER streams a 1M-row forward-only SELECT without buffering", "[driver]")
{
    if (residentKiB() < 0)
        RELASI_SKIP("VmRSS is not readable from /proc/self/status");
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("stream.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("PRAGMA synchronous = OFF"));
    run(c.db, QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT)"));
    run(c.db, QStringLiteral("INSERT INTO big (id, payload) "
                             "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000) "
                             "SELECT x, printf('%0100d', x) FROM n"));

    const qint64 before = residentKiB();
    qint64 peak = before;
    QSqlQuery q(c.db);
    q.setForwardOnly(true);
    REQUIRE(q.exec(QStringLiteral("SELECT id, payload FROM big")));
    qint64 rows = 0;
    qint64 idSum = 0;
    qint64 payloadChars = 0;
    while (q.next()) {
        idSum += q.value(0).toLongLong();
        payloadChars += q.value(1).toString().size();
        if (++rows % 100000 == 0)
            peak = std::max(peak, residentKiB());
    }
    REQUIRE_FALSE(q.lastError().isValid());
    CHECK(rows == 1000000);
    CHECK(idSum == 500000500000LL);
    CHECK(payloadChars == 100LL * 1000000);
    INFO("RSS before " << before << " KiB, peak " << peak << " KiB");
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed blocks in a quarantine (256 MiB by default), so RSS grows with every
    // freed QString whatever the driver does; the memory bound is checked by the uninstrumented build.
    WARN("SKIPPED under AddressSanitizer: RSS growth " << (peak - before) << " KiB is the allocator's quarantine");
#else
    CHECK(peak - before < 50 * 1024);
#endif
}

TEST_CASE("QSQLCIPHER scrollable results fetch lazily in any direction", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("scroll.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE s (v INTEGER)"));
    run(c.db, QStringLiteral("INSERT INTO s WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n "
                             "WHERE x < 99) SELECT x FROM n"));
    QSqlQuery q(c.db);
    REQUIRE_FALSE(q.isForwardOnly());
    REQUIRE(q.exec(QStringLiteral("SELECT v FROM s ORDER BY v")));
    REQUIRE(q.seek(50));
    CHECK(q.value(0).toInt() == 50);
    REQUIRE(q.previous());
    CHECK(q.value(0).toInt() == 49);
    REQUIRE(q.last());
    CHECK(q.at() == 99);
    CHECK(q.value(0).toInt() == 99);
    REQUIRE(q.first());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.seek(10));
    CHECK(q.value(0).toInt() == 10);
    CHECK_FALSE(q.seek(100));

    QSqlQuery f(c.db);
    f.setForwardOnly(true);
    REQUIRE(f.exec(QStringLiteral("SELECT v FROM s ORDER BY v")));
    REQUIRE(f.next());
    REQUIRE(f.seek(5)); // forward skips are allowed
    CHECK(f.value(0).toInt() == 5);
    REQUIRE(f.last());
    CHECK(f.value(0).toInt() == 99);
    CHECK_FALSE(f.next());
}

TEST_CASE("QSQLCIPHER supports a QSqlTableModel edit round trip", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("model.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT)"));
    run(c.db, QStringLiteral("INSERT INTO customers VALUES ('c1', 'Budi', 'Jakarta'), ('c2', 'Sri', 'Bandung'), "
                             "('c3', 'Agus', 'Medan')"));
    {
        QSqlTableModel model(nullptr, c.db);
        model.setTable(QStringLiteral("customers"));
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setSort(0, Qt::AscendingOrder);
        REQUIRE(model.select());
        REQUIRE(model.rowCount() == 3);
        const int nameColumn = model.fieldIndex(QStringLiteral("name"));
        REQUIRE(nameColumn == 1);
        REQUIRE(model.setData(model.index(1, nameColumn), QStringLiteral("Siti Rahayu")));
        REQUIRE(model.setData(model.index(2, 2), QStringLiteral("Surabaya")));
        INFO(model.lastError().text().toStdString());
        REQUIRE(model.submitAll());
    }
    QSqlQuery q(c.db);
    REQUIRE(q.exec(QStringLiteral("SELECT name, city FROM customers ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("Budi"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("Siti Rahayu"));
    REQUIRE(q.next());
    CHECK(q.value(1).toString() == QLatin1String("Surabaya"));

    QSqlTableModel reread(nullptr, c.db);
    reread.setTable(QStringLiteral("customers"));
    reread.setSort(0, Qt::AscendingOrder);
    REQUIRE(reread.select());
    CHECK(reread.data(reread.index(1, 1)).toString() == QLatin1String("Siti Rahayu"));
}

TEST_CASE("QSQLCIPHER lists tables and describes records and primary keys", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("meta.db")));
    REQUIRE(c.db.open());
    run(c.db, QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY, title TEXT NOT NULL, amount INTEGER "
                             "DEFAULT 0, payload BLOB, ratio REAL)"));
    run(c.db, QStringLiteral("CREATE TABLE deal_items (deal_id TEXT, line INTEGER, sku TEXT, "
                             "PRIMARY KEY (deal_id, line))"));
    run(c.db, QStringLiteral("CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT)"));
    run(c.db, QStringLiteral("CREATE VIEW big_deals AS SELECT * FROM deals WHERE amount > 100"));

    CHECK(c.db.tables(QSql::Tables) == QStringList({QStringLiteral("deal_items"), QStringLiteral("deals"),
                                                    QStringLiteral("seq")}));
    CHECK(c.db.tables(QSql::Views) == QStringList({QStringLiteral("big_deals")}));
    const QStringList system = c.db.tables(QSql::SystemTables);
    CHECK(system.contains(QStringLiteral("sqlite_master")));
    CHECK(system.contains(QStringLiteral("sqlite_sequence")));

    const QSqlRecord rec = c.db.record(QStringLiteral("deals"));
    REQUIRE(rec.count() == 5);
    CHECK(rec.fieldName(1) == QLatin1String("title"));
    CHECK(rec.field(0).metaType() == QMetaType(QMetaType::LongLong));
    CHECK(rec.field(0).isAutoValue());
    CHECK(rec.field(1).metaType() == QMetaType(QMetaType::QString));
    CHECK(rec.field(1).requiredStatus() == QSqlField::Required);
    CHECK(rec.field(2).defaultValue().toString() == QLatin1String("0"));
    CHECK(rec.field(3).metaType() == QMetaType(QMetaType::QByteArray));
    CHECK(rec.field(4).metaType() == QMetaType(QMetaType::Double));
    CHECK(c.db.record(QStringLiteral("no_such_table")).isEmpty());

    const QSqlIndex pk = c.db.primaryIndex(QStringLiteral("deal_items"));
    REQUIRE(pk.count() == 2);
    CHECK(pk.fieldName(0) == QLatin1String("deal_id"));
    CHECK(pk.fieldName(1) == QLatin1String("line"));
    CHECK(c.db.primaryIndex(QStringLiteral("deals")).fieldName(0) == QLatin1String("id"));

    const QSqlDriver *driver = c.db.driver();
    CHECK(driver->escapeIdentifier(QStringLiteral("we\"ird"), QSqlDriver::FieldName)
          == QLatin1String("\"we\"\"ird\""));
    CHECK(driver->escapeIdentifier(QStringLiteral("main.deals"), QSqlDriver::TableName)
          == QLatin1String("\"main\".\"deals\""));
    CHECK(driver->hasFeature(QSqlDriver::Transactions));
    CHECK(driver->hasFeature(QSqlDriver::NamedPlaceholders));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::QuerySize));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::BatchOperations));
}

TEST_CASE("QSQLCIPHER reports SQL errors with SQLite's native code", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("errors.db")));
    REQUIRE(c.db.open());
    QSqlQuery q(c.db);
    SECTION("syntax error")
    {
        CHECK_FALSE(q.exec(QStringLiteral("SELEC 1")));
        CHECK(q.lastError().type() == QSqlError::StatementError);
        CHECK(q.lastError().nativeErrorCode() == QLatin1String("1"));
        CHECK(q.lastError().databaseText().contains(QLatin1String("syntax error")));
        CHECK_FALSE(q.prepare(QStringLiteral("INSERT INTO nowhere VALUES (?)")));
        CHECK(q.lastError().nativeErrorCode() == QLatin1String("1"));
    }
    SECTION("constraint violation carries the extended code")
    {
        run(c.db, QStringLiteral("CREATE TABLE u (k TEXT UNIQUE)"));
        run(c.db, QStringLiteral("INSERT INTO u VALUES ('a')"));
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO u VALUES ('a')")));
        CHECK(q.lastError().nativeErrorCode() == QLatin1String("2067")); // SQLITE_CONSTRAINT_UNIQUE
    }
    SECTION("two statements at once are refused")
    {
        CHECK_FALSE(q.exec(QStringLiteral("CREATE TABLE a (x); CREATE TABLE b (x)")));
        CHECK(c.db.tables().isEmpty());
    }
}

TEST_CASE("QSQLCIPHER encrypts a keyed database and refuses a wrong key", "[driver]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.db"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));
    const QString marker = QStringLiteral("RELASI-MARKER-7f3a9c");
    const QByteArray key = testKey('k');
    {
        Connection c(path, key);
        REQUIRE(c.driver()->hasKey());
        INFO(c.db.lastError().text().toStdString());
        REQUIRE(c.db.open());
        CHECK_FALSE(c.driver()->hasKey()); // wiped right after open()
        CHECK(scalar(c.db, QStringLiteral("PRAGMA cipher_page_size")).toInt() == 4096);
        run(c.db, QStringLiteral("CREATE TABLE notes (body TEXT)"));
        QSqlQuery q(c.db);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO notes VALUES (?)")));
        q.addBindValue(marker);
        REQUIRE(q.exec());
    }
    {
        Connection plain(plainPath);
        REQUIRE(plain.db.open());
        run(plain.db, QStringLiteral("CREATE TABLE notes (body TEXT)"));
        run(plain.db, QStringLiteral("INSERT INTO notes VALUES ('%1')").arg(marker));
    }
    // The control shows the checks below can fail: an unkeyed file holds the header and the marker.
    const QByteArray plainBytes = test::readAll(plainPath);
    REQUIRE(plainBytes.startsWith("SQLite format 3"));
    REQUIRE(plainBytes.contains(marker.toUtf8()));
    const QByteArray bytes = test::readAll(path);
    REQUIRE(bytes.size() >= 4096);
    CHECK(bytes.size() % 4096 == 0);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains(marker.toUtf8()));

    SECTION("the right key reopens it")
    {
        Connection c(path, key);
        REQUIRE(c.db.open());
        CHECK(scalar(c.db, QStringLiteral("SELECT body FROM notes")).toString() == marker);
    }
    SECTION("a wrong key fails with SQLITE_NOTADB")
    {
        Connection c(path, testKey('w'));
        CHECK_FALSE(c.db.open());
        CHECK(c.db.lastError().type() == QSqlError::ConnectionError);
        CHECK(c.db.lastError().nativeErrorCode() == QLatin1String("26"));
        CHECK_FALSE(c.db.lastError().databaseText().isEmpty());
        CHECK_FALSE(c.driver()->hasKey());
        CHECK(c.driver()->nativeHandle() == nullptr);
    }
    SECTION("no key fails too")
    {
        Connection c(path);
        CHECK_FALSE(c.db.open());
        CHECK(c.db.lastError().nativeErrorCode() == QLatin1String("26"));
    }
    SECTION("a key of the wrong length is refused, never ignored")
    {
        Connection c(path, QByteArray(16, 'x'));
        CHECK_FALSE(c.driver()->hasKey());
        CHECK_FALSE(c.db.open());
    }
    SECTION("a password is refused: keys go through setRawKey")
    {
        Connection c(plainPath);
        c.db.setPassword(QStringLiteral("secret"));
        CHECK_FALSE(c.db.open());
    }
}

TEST_CASE("QSQLCIPHER reports SQLITE_BUSY after the busy timeout", "[driver]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    Connection holder(path);
    REQUIRE(holder.db.open());
    run(holder.db, QStringLiteral("CREATE TABLE t (v INTEGER)"));
    Connection blocked(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
    REQUIRE(blocked.db.open());

    run(holder.db, QStringLiteral("BEGIN EXCLUSIVE"));
    run(holder.db, QStringLiteral("INSERT INTO t VALUES (1)"));
    QSqlQuery q(blocked.db);
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    CHECK(q.lastError().nativeErrorCode() == QLatin1String("5"));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    CHECK(q.lastError().nativeErrorCode() == QLatin1String("5"));

    run(holder.db, QStringLiteral("COMMIT"));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    CHECK(scalar(blocked.db, QStringLiteral("SELECT count(*) FROM t")).toInt() == 2);
}

TEST_CASE("QSQLCIPHER results survive their connection closing first", "[driver]")
{
    QTemporaryDir dir;
    auto c = std::make_unique<Connection>(dir.filePath(QStringLiteral("close.db")));
    REQUIRE(c->db.open());
    run(c->db, QStringLiteral("CREATE TABLE t (v INTEGER)"));
    run(c->db, QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"));
    QSqlQuery streaming(c->db);
    streaming.setForwardOnly(true);
    REQUIRE(streaming.exec(QStringLiteral("SELECT v FROM t")));
    REQUIRE(streaming.next());
    QSqlQuery prepared(c->db);
    REQUIRE(prepared.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));

    c->db.close(); // finalizes the live statements, so the handle really closes
    CHECK_FALSE(streaming.isActive());
    CHECK_FALSE(streaming.next());
    prepared.addBindValue(4);
    CHECK_FALSE(prepared.exec());
    CHECK(prepared.lastError().isValid());

    c.reset(); // the driver is deleted while the queries still exist
    CHECK_FALSE(streaming.next());
}

TEST_CASE("QSQLCIPHER never loads Qt's QSQLITE plugin", "[driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("plugin.db")));
    REQUIRE(c.db.open());
    CHECK_FALSE(SqlCipherDriver::sqlcipherVersion().isEmpty());
    const QByteArray maps = test::readAll(QStringLiteral("/proc/self/maps"));
    if (maps.isEmpty())
        RELASI_SKIP("/proc/self/maps is not readable");
    CHECK_FALSE(maps.contains("libqsqlite"));
    CHECK(c.db.driver()->handle().value<sqlite3 *>() == c.driver()->nativeHandle());
}
