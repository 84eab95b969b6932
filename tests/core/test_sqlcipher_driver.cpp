// The QSQLCIPHER Qt Sql driver: types, binding, statements, transactions, streaming, scrolling.
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

