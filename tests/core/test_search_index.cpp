#include <catch2/catch.hpp>

#include "search/SearchIndex.h"
#include "test_search_fixture.h"

#include <QSqlQuery>

using namespace relasi;
using relasi::test::CustomerSpec;
using relasi::test::SearchFixture;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

// docids matching an FTS expression (bound as a value).
QList<qint64> matching(QSqlDatabase &db, const QString &expression)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT docid FROM customers_fts WHERE customers_fts MATCH ? ORDER BY docid"));
    q.addBindValue(expression);
    REQUIRE(q.exec());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

qint64 rowidOf(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM customers WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

CustomerSpec budi()
{
    CustomerSpec spec;
    spec.displayName = u8("Łukasz Dvořák");
    spec.givenName = u8("Łukasz");
    spec.familyName = u8("Dvořák");
    spec.companyName = u8("株式会社田中");
    spec.phones = {QStringLiteral("+6281234567890")};
    spec.emails = {QStringLiteral("lukasz@example.com")};
    spec.city = QStringLiteral("Surabaya");
    spec.tags = {QStringLiteral("VIP")};
    spec.notes = QStringLiteral("Prefers morning calls");
    return spec;
}

} // namespace

TEST_CASE("reindexCustomer fills each column with folded tokens", "[search]")
{
    SearchFixture f;
    const QString id = f.addCustomer(budi());
    const QList<qint64> self{rowidOf(f.db(), id)};
    CHECK(matching(f.db(), QStringLiteral("name:lukasz")) == self);
    CHECK(matching(f.db(), QStringLiteral("name:dvorak")) == self);
    CHECK(matching(f.db(), u8("company:田中")) == self);
    CHECK(matching(f.db(), QStringLiteral("phones:6281234567890")) == self);
    CHECK(matching(f.db(), QStringLiteral("phones:081234567890")) == self);
    CHECK(matching(f.db(), QStringLiteral("place:surabaya")) == self);
    CHECK(matching(f.db(), QStringLiteral("tags:vip")) == self);
    CHECK(matching(f.db(), QStringLiteral("notes:morning")) == self);
    // E-mail addresses stay out of the word index.
    CHECK(matching(f.db(), QStringLiteral("example*")).isEmpty());
}

TEST_CASE("reindexCustomer follows edits and deletes; removeCustomer drops the row", "[search]")
{
    SearchFixture f;
    const QString id = f.addCustomer(budi());
    const qint64 rowid = rowidOf(f.db(), id);

    f.exec(QStringLiteral("UPDATE customers SET display_name = 'Budi Santoso', given_name = 'Budi', "
                          "family_name = 'Santoso' WHERE id = '%1'").arg(id));
    REQUIRE(SearchIndex::reindexCustomer(f.db(), id).ok());
    CHECK(matching(f.db(), QStringLiteral("lukasz")).isEmpty());
    CHECK(matching(f.db(), QStringLiteral("santoso")) == QList<qint64>{rowid});

    // A removed phone is no longer found.
    f.exec(QStringLiteral("UPDATE contact_points SET cl = 2 WHERE customer_id = '%1' AND kind = 'phone'").arg(id));
    REQUIRE(SearchIndex::reindexCustomer(f.db(), id).ok());
    CHECK(matching(f.db(), QStringLiteral("phones:0812*")).isEmpty());

    f.markDeleted(id);
    CHECK(matching(f.db(), QStringLiteral("santoso")).isEmpty());

    f.exec(QStringLiteral("UPDATE customers SET cl = 3 WHERE id = '%1'").arg(id));
    REQUIRE(SearchIndex::reindexCustomer(f.db(), id).ok());
    CHECK(matching(f.db(), QStringLiteral("santoso")) == QList<qint64>{rowid});
    REQUIRE(SearchIndex::removeCustomer(f.db(), id).ok());
    CHECK(matching(f.db(), QStringLiteral("santoso")).isEmpty());
}

TEST_CASE("rebuildAll produces the same index as per-customer updates", "[search]")
{
    SearchFixture f;
    const QString a = f.addCustomer(budi());
    CustomerSpec other;
    other.displayName = QStringLiteral("Siti Rahayu");
    other.companyName = QStringLiteral("PT Maju Jaya");
    const QString b = f.addCustomer(other);
    const QString gone = f.addCustomer(other);
    f.markDeleted(gone);

    // Wreck the index behind the services' back, then rebuild it.
    f.exec(QStringLiteral("DELETE FROM customers_fts"));
    f.exec(QStringLiteral("INSERT INTO customers_fts (docid, name) VALUES (999, 'stale')"));
    qint64 lastDone = -1, lastTotal = -1;
    REQUIRE(SearchIndex::rebuildAll(f.db(), [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
                return true;
            }).ok());
    CHECK(lastDone == 2);
    CHECK(lastTotal == 2);
    CHECK(matching(f.db(), QStringLiteral("stale")).isEmpty());
    CHECK(matching(f.db(), QStringLiteral("lukasz")) == QList<qint64>{rowidOf(f.db(), a)});
    CHECK(matching(f.db(), QStringLiteral("company:maju")) == QList<qint64>{rowidOf(f.db(), b)});
    CHECK(matching(f.db(), QStringLiteral("phones:08123*")) == QList<qint64>{rowidOf(f.db(), a)});
}
