// The QSQLCIPHER Qt Sql driver: models, schema introspection, errors, keys, locking, lifetimes.
#include <catch2/catch.hpp>

#include "core/DriverTestSupport.h"
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
using namespace relasi::test;
using Connection = relasi::test::DriverConnection;

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
