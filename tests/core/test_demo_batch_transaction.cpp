#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "demo/DemoGenerator.h"
#include "services/AuditLog.h"
#include "services/ServiceContext.h"

using namespace relasi;
using relasi::test::ServiceFixture;

TEST_CASE("demo data: each batch with its deals, logs and tasks is one transaction", "[demo][transaction]")
{
    ServiceFixture f;
    ServiceContext &ctx = f.owner();
    const qint64 customers0 = f.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    DemoGenerator gen(ctx, 7);
    gen.setBatchSize(10);
    gen.setDetailEvery(1); // every customer gets details
    auto stats = gen.generate(25);
    REQUIRE(stats.ok());
    CHECK(stats->customers == 25);
    CHECK(stats->dealErrors == 0);
    CHECK(stats->interactions >= 25);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == customers0 + 25);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM deals")) == stats->deals);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == stats->interactions);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks")) == stats->tasks);
    // Batches of 10, 10 and 5: three journal transactions, details included.
    CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT tx_id) FROM outbox")) == 3);
    CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT tx_id) FROM outbox WHERE entity = 'interaction'")) == 3);
    const AuditVerify v = ctx.audit().verify().value();
    CHECK(v.ok);
    CHECK(v.entries >= 25 + stats->deals);
}
