#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/ErasureMarkers.h"
#include "privacy/ErasureService.h"
#include "services/CustomerService.h"
#include "sync/Hlc.h"

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// A customer tagged "vip-TAGMARK" now, and once tagged "cousin-TAGMARK" (removed again), with the edits
// spread over time so that their stamps differ.
QString seed(ServiceFixture &f)
{
    CustomerService customers(f.owner());
    Customer c;
    c.givenName = QStringLiteral("Lina");
    c.tags = {QStringLiteral("vip-TAGMARK"), QStringLiteral("cousin-TAGMARK")};
    auto id = customers.create(c);
    REQUIRE(id.ok());
    f.clock().advanceMs(1000);
    auto stored = customers.get(*id);
    REQUIRE(stored.ok());
    Customer edited = *stored;
    edited.tags = {QStringLiteral("vip-TAGMARK")};
    REQUIRE(customers.update(edited).ok());
    f.clock().advanceMs(1000);
    return *id;
}

qint64 tagJournalRows(ServiceFixture &f)
{
    return f.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM outbox WHERE entity = 'customer_tag' OR "
                                   "record_id LIKE '%TAGMARK%' OR payload LIKE '%TAGMARK%') + "
                                   "(SELECT COUNT(*) FROM field_clock WHERE entity = 'customer_tag')"));
}

} // namespace

TEST_CASE("Tag-set erasure: every journal row of the customer's tags goes, removed tags included, and one "
          "id-only marker stands for the set",
          "[privacy][erasure][tags]")
{
    ServiceFixture f;
    const QString id = seed(f);
    REQUIRE(tagJournalRows(f) > 0); // positive control: the tags are journalled
    const bool anonymise = GENERATE(false, true);
    CAPTURE(anonymise);
    ErasureService erasure(f.owner());
    REQUIRE((anonymise ? erasure.anonymize(id) : erasure.erase(id)).ok());
    CHECK(tagJournalRows(f) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_tags")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM erasures WHERE entity = ? AND record_id = ?"),
                   {ErasureService::tagSetEntity(), id})
          == 1);
    // The marker is id-only: no tag text in the erasures table, and its erase mutation carries no payload.
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM erasures WHERE record_id LIKE '%TAGMARK%'")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = ? AND record_id = ? AND op = 'erase' "
                                  "AND (payload IS NULL OR payload IN ('', '{}'))"),
                   {ErasureService::tagSetEntity(), id})
          == 1);
}

TEST_CASE("Tag-set erasure: a customer without tags still gets the marker", "[privacy][erasure][tags]")
{
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Joko"));
    REQUIRE(ErasureService(f.owner()).anonymize(id).ok());
    QSqlDatabase db = f.db();
    // A tag added on another laptop before the anonymisation, arriving now, is refused.
    auto refused = ErasureMarkers::refusesTag(db, id, Hlc::pack(ServiceFixture::startMs - 1, 0),
                                              QStringLiteral("other-laptop"));
    REQUIRE(refused.ok());
    CHECK(*refused);
}

TEST_CASE("Erasure markers: the rule for a stale replica's tag mutation", "[privacy][erasure][tags][sync]")
{
    ServiceFixture f;
    const QString id = seed(f);
    QSqlDatabase db = f.db();
    const qint64 before = Hlc::pack(f.clock().nowMs() - 500, 0); // a tag edit made offline before the erasure
    const QString device = QStringLiteral("zz-stale-laptop"); // sorts after any local device id
    auto notYet = ErasureMarkers::refusesTag(db, id, before, device);
    REQUIRE(notYet.ok());
    CHECK_FALSE(*notYet); // no marker yet: an ordinary edit

    SECTION("erased customer: every tag mutation is refused, even one stamped later")
    {
        REQUIRE(ErasureService(f.owner()).erase(id).ok());
        CHECK(*ErasureMarkers::refusesTag(db, id, before, device));
        CHECK(*ErasureMarkers::refusesTag(db, id, Hlc::pack(f.clock().nowMs() + 3'600'000, 0), device));
        CHECK(*ErasureMarkers::refuses(db, QStringLiteral("customer"), id));
        // And locally no tag can be added: the customer is gone.
        Customer ghost;
        ghost.id = id;
        ghost.givenName = QStringLiteral("Lina");
        ghost.tags = {QStringLiteral("back-again")};
        CHECK(CustomerService(f.owner()).update(ghost).code() == ErrorCode::NotFound);
    }
    SECTION("anonymised customer: a stale tag is refused, a later one is a new edit")
    {
        REQUIRE(ErasureService(f.owner()).anonymize(id).ok());
        CHECK(*ErasureMarkers::refusesTag(db, id, before, device));
        f.clock().advanceMs(60'000);
        CHECK_FALSE(*ErasureMarkers::refusesTag(db, id, Hlc::pack(f.clock().nowMs(), 0), device));
        CHECK_FALSE(*ErasureMarkers::refuses(db, QStringLiteral("customer"), id));
        // A local tag added after the anonymisation is stamped after the marker, so sync accepts it.
        auto anon = CustomerService(f.owner()).get(id);
        REQUIRE(anon.ok());
        Customer tagged = *anon;
        tagged.tags = {QStringLiteral("wholesale")};
        REQUIRE(CustomerService(f.owner()).update(tagged).ok());
        const qint64 stamp = f.scalar(QStringLiteral("SELECT MAX(hlc) FROM field_clock WHERE entity = 'customer_tag'"));
        CHECK_FALSE(*ErasureMarkers::refusesTag(db, id, stamp, f.owner().session().deviceId));
    }
    CHECK(ErasureMarkers::tagCustomerId(id + QStringLiteral("/vip-tagmark")) == id);
    CHECK(ErasureMarkers::tagCustomerId(QStringLiteral("no-slash")).isEmpty());
}
