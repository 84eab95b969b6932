#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "services/AuditLog.h"
#include "services/ChangeNotifier.h"
#include "services/CustomerService.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"

#include <QSignalSpy>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

Customer named(const QString &name)
{
    Customer c;
    c.givenName = name;
    return c;
}

qint64 customerCount(ServiceFixture &f)
{
    return f.scalar(QStringLiteral("SELECT count(*) FROM customers"));
}

} // namespace

TEST_CASE("a WriteTransaction inside another is a savepoint that commits with the outer one", "[transaction]")
{
    ServiceFixture f;
    ServiceContext &ctx = f.owner();
    CustomerService customers(ctx);
    const qint64 before = customerCount(f);
    QSignalSpy spy(&ctx.notifier(), &ChangeNotifier::changed);

    SECTION("outer commit keeps the inner work, one journal transaction, one notification after the commit")
    {
        WriteTransaction outer(ctx);
        REQUIRE(outer.isActive());
        CHECK_FALSE(outer.isNested());
        REQUIRE(customers.create(named(QStringLiteral("Ayu"))).ok()); // its own WriteTransaction: nested
        REQUIRE(customers.create(named(QStringLiteral("Budi"))).ok());
        CHECK(spy.count() == 0); // nothing committed yet
        REQUIRE(outer.commit().ok());
        CHECK(customerCount(f) == before + 2);
        CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT tx_id) FROM outbox")) == 1);
        REQUIRE(spy.count() == 1);
        CHECK(spy.at(0).at(1).toStringList().size() == 2);
        CHECK(ctx.audit().verify().value().ok);
    }
    SECTION("outer rollback undoes the committed inner work")
    {
        {
            WriteTransaction outer(ctx);
            REQUIRE(customers.create(named(QStringLiteral("Ayu"))).ok());
            outer.rollback();
        }
        CHECK(customerCount(f) == before);
        CHECK(spy.count() == 0);
        CHECK(ctx.audit().verify().value().ok);
    }
    SECTION("a joined inner transaction that rolls back dooms the outer one")
    {
        {
            WriteTransaction outer(ctx);
            REQUIRE(customers.create(named(QStringLiteral("Ayu"))).ok());
            {
                WriteTransaction inner(ctx);
                REQUIRE(inner.isActive());
                CHECK(inner.isNested());
                REQUIRE(customers.create(named(QStringLiteral("Budi"))).ok());
                // destroyed without commit
            }
            const Status s = outer.commit();
            CHECK_FALSE(s.ok());
            CHECK_FALSE(outer.isActive());
        }
        CHECK(customerCount(f) == before);
        CHECK(spy.count() == 0);
        CHECK(ctx.audit().verify().value().ok);
    }
    SECTION("a savepoint rollback undoes only the inner work; the audit chain stays whole")
    {
        WriteTransaction outer(ctx);
        REQUIRE(customers.create(named(QStringLiteral("Ayu"))).ok());
        {
            WriteTransaction inner(ctx, WriteTransaction::Nesting::Savepoint);
            REQUIRE(inner.isActive());
            CHECK(inner.isNested());
            REQUIRE(customers.create(named(QStringLiteral("Budi"))).ok()); // joined to the savepoint
            REQUIRE(ctx.audit().append(ctx.session().userId, QStringLiteral("create"), QStringLiteral("customer"),
                                       QStringLiteral("x"))
                        .ok());
            // destroyed without commit: rolled back to its savepoint
        }
        REQUIRE(customers.create(named(QStringLiteral("Citra"))).ok());
        REQUIRE(outer.commit().ok());
        CHECK(customerCount(f) == before + 2);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE given_name = 'Budi'")) == 0);
        const AuditVerify v = ctx.audit().verify().value();
        CHECK(v.ok);
        CHECK(v.reason.isEmpty());
    }
    SECTION("after the outer transaction a new one is a plain transaction again")
    {
        {
            WriteTransaction outer(ctx);
            REQUIRE(outer.commit().ok());
        }
        WriteTransaction next(ctx);
        REQUIRE(next.isActive());
        CHECK_FALSE(next.isNested());
        REQUIRE(customers.create(named(QStringLiteral("Dian"))).ok());
        REQUIRE(next.commit().ok());
        CHECK(customerCount(f) == before + 1);
    }
}
