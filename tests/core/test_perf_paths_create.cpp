#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "demo/DemoGenerator.h"
#include "search/CustomerSearch.h"
#include "search/SearchIndex.h"
#include "services/AuditLog.h"
#include "services/CustomerService.h"

#include <QSqlQuery>
#include <QThread>

#include <memory>

#include <optional>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

struct FtsRow {
    QStringList columns;
    bool operator==(const FtsRow &o) const { return columns == o.columns; }
};

FtsRow ftsRow(QSqlDatabase db, qint64 docid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, company, phones, place, tags, notes FROM customers_fts WHERE docid = ?"));
    q.addBindValue(docid);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    FtsRow row;
    for (int i = 0; i < 6; ++i)
        row.columns << q.value(i).toString();
    return row;
}

QList<Customer> demoCustomers(ServiceContext &ctx, int n)
{
    DemoGenerator gen(ctx, 3);
    QList<Customer> out;
    for (int i = 0; i < n; ++i)
        out << gen.customerAt(i);
    return out;
}

} // namespace

TEST_CASE("batch-created customers get the index row a reindex would build", "[perf][services][search]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    QList<Customer> batch = demoCustomers(f.owner(), 300);
    auto ids = customers.createMany(batch);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 300);
    QSqlDatabase db = f.db();
    int phones = 0, places = 0, tags = 0;
    for (const QString &id : *ids) {
        const qint64 docid = f.scalar(QStringLiteral("SELECT docid FROM customers WHERE id = ?"), {id});
        const FtsRow written = ftsRow(db, docid);
        phones += written.columns.at(2).isEmpty() ? 0 : 1;
        places += written.columns.at(3).isEmpty() ? 0 : 1;
        tags += written.columns.at(4).isEmpty() ? 0 : 1;
        REQUIRE(SearchIndex::reindexCustomer(db, id).ok()); // from the stored rows
        const FtsRow reread = ftsRow(db, docid);
        // Token order inside a column may differ (group_concat order); the token sets may not.
        for (int i = 0; i < 6; ++i) {
            QStringList a = written.columns.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QStringList b = reread.columns.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            a.sort();
            b.sort();
            INFO("customer " << id.toStdString() << " column " << i);
            CHECK(a == b);
        }
    }
    // The demo data exercises every column.
    CHECK(phones > 200);
    CHECK(places > 200);
    CHECK(tags > 50);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers_fts")) == 300);
}

TEST_CASE("prepare is pure, reports the failing record and gives the same records on a worker thread",
          "[perf][services]")
{
    ServiceFixture f;
    QList<Customer> batch = demoCustomers(f.owner(), 50);
    const qint64 rowsBefore = f.scalar(QStringLiteral("SELECT count(*) FROM customers"));

    auto here = CustomerService::prepare(batch, QStringLiteral("ID"), QStringLiteral("ID"));
    REQUIRE(here.ok());
    std::optional<Result<PreparedCustomers>> there;
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { there.emplace(CustomerService::prepare(batch, QStringLiteral("ID"), QStringLiteral("ID"))); }));
    worker->start();
    worker->wait();
    REQUIRE(there.has_value());
    REQUIRE(there->ok());
    REQUIRE((*there)->records.size() == 50);
    for (int i = 0; i < 50; ++i) {
        const Customer &a = here->records.at(i), &b = (*there)->records.at(i);
        CHECK(a.displayName == b.displayName);
        CHECK(a.phones() == b.phones());
        CHECK(a.emails() == b.emails());
        CHECK(here->indexRows.at(i).phones == (*there)->indexRows.at(i).phones);
        CHECK(here->indexRows.at(i).name == (*there)->indexRows.at(i).name);
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == rowsBefore);

    batch[7].contacts.clear();
    ContactPoint bad;
    bad.kind = ContactKind::Phone;
    bad.raw = QStringLiteral("12");
    batch[7].contacts << bad;
    auto refused = CustomerService::prepare(batch, QStringLiteral("ID"), QStringLiteral("ID"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().message.startsWith(QStringLiteral("record 8: phone:")));
}

TEST_CASE("createMany of prepared customers writes what createMany of the list writes", "[perf][services]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    const QList<Customer> batch = demoCustomers(f.owner(), 40);
    QSqlDatabase db = f.db();
    auto prepared = CustomerService::prepare(batch, f.owner().defaultRegion(), SearchIndex::indexRegion(db));
    REQUIRE(prepared.ok());
    const qint64 audit0 = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outbox0 = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    auto a = customers.createMany(*prepared, {}, CustomerService::Origin::Import);
    REQUIRE(a.ok());
    const qint64 audit1 = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outbox1 = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    auto b = customers.createMany(batch, {}, CustomerService::Origin::Import);
    REQUIRE(b.ok());
    // One audit entry per record ("import"), the same number of mutations either way.
    CHECK(audit1 - audit0 == 40);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) - audit1 == 40);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")) == 80);
    CHECK(outbox1 - outbox0 == f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) - outbox1);
    for (int i = 0; i < 40; ++i) {
        auto x = customers.get(a->at(i));
        auto y = customers.get(b->at(i));
        REQUIRE(x.ok());
        REQUIRE(y.ok());
        CHECK(x->displayName == y->displayName);
        CHECK(x->phones() == y->phones());
        CHECK(x->emails() == y->emails());
        CHECK(x->tags == y->tags);
        CHECK(x->addresses.size() == y->addresses.size());
    }
    auto verified = f.owner().audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);

    // Found by name, by phone digits and by tag like any other customer.
    auto c = customers.get(a->at(0));
    REQUIRE(c.ok());
    auto byName = CustomerSearch::search(db, c->displayName, 50, QString(), QStringLiteral("ID"));
    REQUIRE(byName.ok());
    bool found = false;
    for (const SearchHit &h : *byName)
        found = found || h.customerId == c->id;
    CHECK(found);
}

TEST_CASE("createMany of prepared customers still checks permissions", "[perf][services][permissions]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString viewer = f.addUser(Role::Viewer);
    QList<Customer> batch = demoCustomers(f.owner(), 3);
    for (Customer &c : batch)
        c.ownerId = f.ownerId(); // someone else's, for the rep
    auto prepared = CustomerService::prepare(batch, QStringLiteral("ID"), QStringLiteral("ID"));
    REQUIRE(prepared.ok());
    CustomerService asRep(f.as(rep));
    auto refused = asRep.createMany(*prepared, {}, CustomerService::Origin::Import);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CustomerService asViewer(f.as(viewer));
    auto denied = asViewer.createMany(*prepared);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 0);
}
