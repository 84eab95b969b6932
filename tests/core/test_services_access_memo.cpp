#include <catch2/catch.hpp>

#include "support/PermissionFixture.h"
#include "support/ServiceFixture.h"

#include "services/CustomerAccess.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"

using namespace relasi;
using relasi::test::deniedCount;
using relasi::test::RoleCast;
using relasi::test::ServiceFixture;

namespace {

Interaction note(const QString &customerId)
{
    Interaction i;
    i.customerId = customerId;
    i.channel = QStringLiteral("note");
    i.subject = QStringLiteral("Catatan");
    return i;
}

Deal deal(const QString &customerId)
{
    Deal d;
    d.customerId = customerId;
    d.title = QStringLiteral("Kain batik");
    d.stage = QStringLiteral("lead");
    d.amount = Money(1'000'000, QStringLiteral("IDR"));
    return d;
}

Task task(const QString &customerId)
{
    Task t;
    t.customerId = customerId;
    t.title = QStringLiteral("Hubungi lagi");
    return t;
}

} // namespace

TEST_CASE("with a CustomerAccess memo open, every call still checks the permission and audits a denial",
          "[services][permissions]")
{
    ServiceFixture f;
    const RoleCast cast(f);
    ServiceContext &rep = f.as(cast.rep);
    InteractionService logs(rep);
    DealService deals(rep);
    TaskService tasks(rep);
    CustomerAccess::Memo memo(rep);
    REQUIRE(rep.accessMemo() != nullptr);

    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        CHECK(logs.add(note(cast.mine)).ok());
        CHECK(logs.add(note(cast.shared)).ok());
        CHECK(deals.create(deal(cast.mine)).ok());
        CHECK(tasks.add(task(cast.mine)).ok());
        const qint64 before = deniedCount(f, cast.rep);
        CHECK(logs.add(note(cast.theirs)).code() == ErrorCode::PermissionDenied);
        CHECK(deals.create(deal(cast.theirs)).code() == ErrorCode::PermissionDenied);
        CHECK(tasks.add(task(cast.theirs)).code() == ErrorCode::PermissionDenied);
        CHECK(deniedCount(f, cast.rep) == before + 3);
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = ?"), {cast.theirs}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == 6);

    // Another role on the same customers, with its own memo: denied on every call as well.
    ServiceContext &viewer = f.as(cast.viewer);
    CustomerAccess::Memo viewerMemo(viewer);
    InteractionService asViewer(viewer);
    for (int round = 0; round < 2; ++round)
        CHECK(asViewer.add(note(cast.mine)).code() == ErrorCode::PermissionDenied);
    CHECK(deniedCount(f, cast.viewer) == 2);
    CHECK(asViewer.listForCustomer(cast.mine).ok());
}

TEST_CASE("a CustomerAccess memo: unknown customers are not remembered, inner memos do not end the outer one, "
          "a change of owner is seen once the memo is closed",
          "[services][permissions]")
{
    ServiceFixture f;
    const RoleCast cast(f);
    ServiceContext &rep = f.as(cast.rep);
    InteractionService logs(rep);
    {
        CustomerAccess::Memo memo(rep);
        CHECK(logs.add(note(QStringLiteral("01a00000-0000-7000-8000-000000000000"))).code() == ErrorCode::NotFound);
        CHECK(rep.accessMemo()->isEmpty());
        {
            CustomerAccess::Memo inner(rep);
            CHECK(logs.add(note(cast.mine)).ok());
        }
        REQUIRE(rep.accessMemo() != nullptr);
        CHECK(rep.accessMemo()->contains(cast.mine));
    }
    CHECK(rep.accessMemo() == nullptr);

    // The owner hands the customer to the other rep: the rep's next call (no memo open) is refused.
    REQUIRE(CustomerService(f.owner()).reassign(cast.mine, cast.otherRep).ok());
    CHECK(logs.add(note(cast.mine)).code() == ErrorCode::PermissionDenied);
    CustomerAccess::Memo again(rep);
    CHECK(logs.add(note(cast.mine)).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("ServiceContext::cachedQuery prepares a statement once per text and connection", "[services]")
{
    ServiceFixture f;
    ServiceContext &ctx = f.owner();
    const QString sql = QStringLiteral("SELECT count(*) FROM customers WHERE owner_id = ?");
    QSqlQuery &a = ctx.cachedQuery(sql);
    CHECK(&ctx.cachedQuery(sql) == &a);
    CHECK(&ctx.cachedQuery(QStringLiteral("SELECT count(*) FROM users")) != &a);
    for (const QString &owner : {f.ownerId(), QStringLiteral("nobody")}) {
        QSqlQuery &q = ctx.cachedQuery(sql);
        q.bindValue(0, owner);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE owner_id = ?"),
                                                  {owner}));
        q.finish();
    }
    // A statement that cannot be prepared fails on exec() and is prepared again on the next call.
    QSqlQuery &broken = ctx.cachedQuery(QStringLiteral("SELECT nope FROM hygiene_later"));
    CHECK_FALSE(broken.exec());
    QSqlQuery create(f.db());
    REQUIRE(create.exec(QStringLiteral("CREATE TABLE hygiene_later (nope INTEGER)")));
    QSqlQuery &fixed = ctx.cachedQuery(QStringLiteral("SELECT nope FROM hygiene_later"));
    CHECK(fixed.exec());
    fixed.finish();
}
