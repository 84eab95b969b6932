#include <catch2/catch.hpp>

#include "support/PermissionFixture.h"
#include "support/ServiceFixture.h"

#include "services/CustomerService.h"
#include "services/DealService.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <limits>
#include <map>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

qint64 outboxCount(ServiceFixture &f)
{
    return f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
}

Deal deal(const QString &customerId, const QString &title, qint64 minor, const QString &currency = QStringLiteral("IDR"))
{
    Deal d;
    d.customerId = customerId;
    d.title = title;
    d.amount = Money(minor, currency);
    return d;
}

} // namespace

TEST_CASE("a deal is created, moved through the pipeline and closed", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    DealService deals(f.owner());
    QSignalSpy spy(&f.owner().notifier(), &ChangeNotifier::changed);

    Deal d = deal(customer, QStringLiteral("20 office chairs"), 1'250'000'00);
    d.expectedClose = ServiceFixture::startMs + 30 * 86'400'000LL;
    d.probability = 40;
    qint64 outbox = outboxCount(f);
    auto id = deals.create(d);
    REQUIRE(id.ok());
    CHECK(outboxCount(f) == outbox + 1);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QLatin1String("deal"));

    auto got = deals.get(*id);
    REQUIRE(got.ok());
    CHECK(got->title == QLatin1String("20 office chairs"));
    CHECK(got->stage == QLatin1String("lead"));
    CHECK(got->amount == Money(1'250'000'00, QStringLiteral("IDR")));
    CHECK(got->probability == 40);
    CHECK(got->ownerId == f.ownerId());
    CHECK(got->closedAt == 0);

    f.clock().advanceMs(1000);
    for (const char *stage : {"qualified", "proposal", "negotiation"}) {
        outbox = outboxCount(f);
        REQUIRE(deals.moveStage(*id, QString::fromLatin1(stage)).ok());
        CHECK(outboxCount(f) == outbox + 1);
    }
    CHECK(deals.get(*id)->stage == QLatin1String("negotiation"));
    // Moving to the current stage writes nothing.
    outbox = outboxCount(f);
    REQUIRE(deals.moveStage(*id, QStringLiteral("negotiation")).ok());
    CHECK(outboxCount(f) == outbox);

    SECTION("lost needs a reason")
    {
        auto r = deals.moveStage(*id, QStringLiteral("lost"));
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.startsWith(QLatin1String("lost_reason:")));
        REQUIRE(deals.moveStage(*id, QStringLiteral("lost"), QStringLiteral("price too high")).ok());
        auto lost = deals.get(*id);
        CHECK(lost->stage == QLatin1String("lost"));
        CHECK(lost->lostReason == QLatin1String("price too high"));
        CHECK(lost->closedAt == ServiceFixture::startMs + 1000);
        // Reopening clears the close date and the reason.
        REQUIRE(deals.moveStage(*id, QStringLiteral("proposal")).ok());
        auto reopened = deals.get(*id);
        CHECK(reopened->closedAt == 0);
        CHECK(reopened->lostReason.isEmpty());
    }
    SECTION("won sets closed_at")
    {
        f.clock().advanceMs(5000);
        REQUIRE(deals.moveStage(*id, QStringLiteral("won")).ok());
        CHECK(deals.get(*id)->closedAt == ServiceFixture::startMs + 6000);
        CHECK(deals.moveStage(*id, QStringLiteral("done")).code() == ErrorCode::Invalid);
    }
    SECTION("update writes only what changed and audits field names")
    {
        Deal edit = *deals.get(*id);
        edit.amount = Money(1'300'000'00, QStringLiteral("IDR"));
        edit.stage = QStringLiteral("won"); // ignored: stages move through moveStage
        outbox = outboxCount(f);
        REQUIRE(deals.update(edit).ok());
        CHECK(outboxCount(f) == outbox + 1);
        auto after = deals.get(*id);
        CHECK(after->amount.minorUnits() == 1'300'000'00);
        CHECK(after->stage == QLatin1String("negotiation"));
        QSqlDatabase db = f.db();
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("update"));
        CHECK(q.value(1).toString() == QLatin1String("{\"fields\":[\"amount_minor\"]}"));
    }
    SECTION("remove hides the deal from the list")
    {
        REQUIRE(deals.remove(*id).ok());
        CHECK(deals.list()->isEmpty());
        DealFilter all;
        all.includeDeleted = true;
        CHECK(deals.list(all)->size() == 1);
        CHECK(deals.moveStage(*id, QStringLiteral("won")).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("deals are validated", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    DealService deals(f.owner());
    Deal d = deal(customer, QStringLiteral("Website"), 5'000'000);
    SECTION("no title") { d.title = QStringLiteral("  "); }
    SECTION("bad currency") { d.amount = Money(100, QStringLiteral("rupiah")); }
    SECTION("probability above 100") { d.probability = 101; }
    SECTION("negative amount") { d.amount = Money(-1, QStringLiteral("IDR")); }
    SECTION("created lost without a reason") { d.stage = QStringLiteral("lost"); }
    SECTION("unknown stage") { d.stage = QStringLiteral("maybe"); }
    CHECK(deals.create(d).code() == ErrorCode::Invalid);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM deals")) == 0);
}

TEST_CASE("pipeline totals per stage are exact integer sums", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Maju"));
    DealService deals(f.owner());
    // Amounts chosen so that a double sum would lose cents: values near 2^53 and odd minor units.
    const qint64 big = 4'503'599'627'370'497LL; // 2^52 + 1
    const QList<std::pair<QString, qint64>> input = {
        {QStringLiteral("lead"), big},         {QStringLiteral("lead"), 3},           {QStringLiteral("lead"), big},
        {QStringLiteral("qualified"), 19'999}, {QStringLiteral("qualified"), 1},      {QStringLiteral("proposal"), 10},
        {QStringLiteral("won"), 1'250'000'50}, {QStringLiteral("won"), 99},           {QStringLiteral("negotiation"), 7}};
    std::map<QString, qint64> expected;
    std::map<QString, int> counts;
    int n = 0;
    for (const auto &[stage, minor] : input) {
        Deal d = deal(customer, QStringLiteral("deal %1").arg(++n), minor);
        auto id = deals.create(d);
        REQUIRE(id.ok());
        if (stage != QLatin1String("lead"))
            REQUIRE(deals.moveStage(*id, stage).ok());
        expected[stage] += minor;
        ++counts[stage];
    }
    // A USD deal is totalled apart, never mixed into IDR.
    auto usd = deals.create(deal(customer, QStringLiteral("export"), 12'345, QStringLiteral("USD")));
    REQUIRE(usd.ok());

    auto totals = deals.pipelineTotals();
    REQUIRE(totals.ok());
    int idrRows = 0;
    for (const StageTotal &t : std::as_const(*totals)) {
        INFO(t.stage.toStdString() << " " << t.total.currency().toStdString());
        if (t.total.currency() == QLatin1String("USD")) {
            CHECK(t.stage == QLatin1String("lead"));
            CHECK(t.total.minorUnits() == 12'345);
            CHECK(t.count == 1);
            continue;
        }
        ++idrRows;
        CHECK(t.total.minorUnits() == expected.at(t.stage));
        CHECK(t.count == counts.at(t.stage));
    }
    CHECK(idrRows == int(expected.size()));
    CHECK(expected.at(QStringLiteral("lead")) == 9'007'199'254'740'997LL); // 2^53 + 5: not a double
    // Stages come in pipeline order.
    CHECK(totals->first().stage == QLatin1String("lead"));
    CHECK(totals->last().stage == QLatin1String("won"));
}

TEST_CASE("deal items multiply in integers and refuse overflow", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    DealService deals(f.owner());
    auto id = deals.create(deal(customer, QStringLiteral("Chairs"), 0));
    REQUIRE(id.ok());
    DealItem item;
    item.dealId = *id;
    item.description = QStringLiteral("Office chair");
    item.quantity = 20;
    item.unitPrice = Money(625'000'00, QStringLiteral("IDR"));
    const qint64 outbox = outboxCount(f);
    auto itemId = deals.addItem(item);
    REQUIRE(itemId.ok());
    CHECK(outboxCount(f) == outbox + 1);
    auto items = deals.items(*id);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->first().total()->minorUnits() == 12'500'000'00);

    CHECK(DealService::lineTotalMinor(3, 333).value() == 999);
    CHECK(DealService::lineTotalMinor(2, std::numeric_limits<qint64>::max() / 2 + 1).code() == ErrorCode::Invalid);
    DealItem huge = item;
    huge.quantity = 1'000'000'000;
    huge.unitPrice = Money(10'000'000'000'000LL, QStringLiteral("IDR"));
    CHECK(deals.addItem(huge).code() == ErrorCode::Invalid);
    DealItem zero = item;
    zero.quantity = 0;
    CHECK(deals.addItem(zero).code() == ErrorCode::Invalid);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM deal_items")) == 1);
}

TEST_CASE("payments refuse card numbers (Luhn) and are insert-only", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    DealService deals(f.owner());
    auto id = deals.create(deal(customer, QStringLiteral("Chairs"), 500'000'00));
    REQUIRE(id.ok());
    Payment p;
    p.dealId = *id;
    p.amount = Money(250'000'00, QStringLiteral("IDR"));
    p.method = QStringLiteral("card");

    SECTION("a Luhn-valid card number is refused with a clear message")
    {
        const QString pan = GENERATE(as<QString>{}, QStringLiteral("4111 1111 1111 1111"),
                                     QStringLiteral("4111-1111-1111-1111"), QStringLiteral("paid by 4111111111111111"),
                                     QStringLiteral("amex 3782 822463 10005"));
        p.reference = pan;
        const qint64 outbox = outboxCount(f);
        auto r = deals.addPayment(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.startsWith(QLatin1String("reference:")));
        CHECK(r.error().message.contains(QLatin1String("last four digits")));
        CHECK(outboxCount(f) == outbox);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM payments")) == 0);
    }
    SECTION("a card number in the method is refused too")
    {
        p.method = QStringLiteral("visa 4111111111111111");
        CHECK(deals.addPayment(p).code() == ErrorCode::Invalid);
    }
    SECTION("a non-Luhn 16-digit number and the last four digits are accepted")
    {
        const QString ref = GENERATE(as<QString>{}, QStringLiteral("4111 1111 1111 1112"),
                                     QStringLiteral("INV-2024-0042"), QStringLiteral("card ending 1111"),
                                     QStringLiteral("BCA 0812345678901234"));
        p.reference = ref;
        const qint64 outbox = outboxCount(f);
        auto r = deals.addPayment(p);
        REQUIRE(r.ok());
        CHECK(outboxCount(f) == outbox + 1);
        auto paid = deals.payments(*id);
        REQUIRE(paid.ok());
        REQUIRE(paid->size() == 1);
        CHECK(paid->first().reference == ref);
        CHECK(paid->first().amount == Money(250'000'00, QStringLiteral("IDR")));
        CHECK(paid->first().recordedBy == f.ownerId());
        CHECK(paid->first().paidAt == ServiceFixture::startMs);
    }
    SECTION("zero amounts are refused")
    {
        p.amount = Money(0, QStringLiteral("IDR"));
        CHECK(deals.addPayment(p).code() == ErrorCode::Invalid);
    }
}

TEST_CASE("deals follow the customer's permissions", "[services][permissions]")
{
    ServiceFixture f;
    const test::RoleCast cast(f);
    const QString &rep = cast.rep, &otherRep = cast.otherRep, &viewer = cast.viewer, &mine = cast.mine,
                  &theirs = cast.theirs;
    DealService asOwner(f.owner());
    auto theirDeal = asOwner.create(deal(theirs, QStringLiteral("Their deal"), 100));
    REQUIRE(theirDeal.ok());
    DealService asRep(f.as(rep));
    auto myDeal = asRep.create(deal(mine, QStringLiteral("My deal"), 200));
    REQUIRE(myDeal.ok());
    CHECK(asRep.get(*myDeal)->ownerId == rep);

    const auto denials = [&] { return test::deniedCount(f); };
    const qint64 before = denials();
    CHECK(asRep.create(deal(theirs, QStringLiteral("Poach"), 1)).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.moveStage(*theirDeal, QStringLiteral("won")).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.get(*theirDeal).code() == ErrorCode::PermissionDenied);
    Payment p;
    p.dealId = *theirDeal;
    p.amount = Money(1, QStringLiteral("IDR"));
    CHECK(asRep.addPayment(p).code() == ErrorCode::PermissionDenied);
    // A rep may not hand a deal to someone else.
    Deal handOff = deal(mine, QStringLiteral("x"), 1);
    handOff.ownerId = otherRep;
    CHECK(asRep.create(handOff).code() == ErrorCode::PermissionDenied);
    CHECK(denials() == before + 5);
    // The rep's list holds only deals of their customers.
    auto listed = asRep.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == *myDeal);

    DealService asViewer(f.as(viewer));
    CHECK(asViewer.create(deal(mine, QStringLiteral("v"), 1)).code() == ErrorCode::PermissionDenied);
    CHECK(asViewer.moveStage(*myDeal, QStringLiteral("won")).code() == ErrorCode::PermissionDenied);
    CHECK(asViewer.list()->size() == 2);
    CHECK(denials() == before + 7);
    CHECK(test::deniedCount(f, viewer) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM deals")) == 2);
    CHECK(asOwner.get(*theirDeal)->stage == QLatin1String("lead"));
}
