// The automatic retention run the main window starts after an owner signs in: worker thread, own connection.
#include "ui/UiTestSupport.h"

#include "main/RetentionRunner.h"
#include "privacy/RetentionService.h"
#include "services/InteractionService.h"
#include "support/ServiceFixture.h"

#include <QSignalSpy>

using namespace relasi;
using namespace relasi::test;
using namespace relasi::uitest;

namespace {

void addOldCall(ServiceFixture &f, const QString &customerId)
{
    Interaction call;
    call.customerId = customerId;
    call.channel = QStringLiteral("call");
    call.direction = QStringLiteral("out");
    call.occurredAt = ServiceFixture::startMs; // 2023: years before the real clock the runner uses
    call.body = QStringLiteral("price list sent");
    REQUIRE(InteractionService(f.owner()).add(call).ok());
}

} // namespace

TEST_CASE("Retention runner applies due rules on a worker and reports once", "[ui][retention]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Bayu Pratama"));
    addOldCall(f, customer);
    RetentionPolicy policy;
    policy.logMonths = 6;
    REQUIRE(RetentionService(f.owner()).setPolicy(policy).ok());
    REQUIRE(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == 1);

    RetentionRunner runner;
    QSignalSpy finished(&runner, &RetentionRunner::finished);
    runner.startIfDue(&f.workspace(), f.ownerId());
    CHECK(runner.isRunning());
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().contains(QStringLiteral("1 communication log entr")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == 0);

    // Ran today: the next start does nothing.
    runner.startIfDue(&f.workspace(), f.ownerId());
    REQUIRE(waitFor([&] { return finished.count() == 2; }));
    CHECK_FALSE(finished.at(1).at(0).toBool());
    CHECK(finished.at(1).at(1).toString().isEmpty());
}

TEST_CASE("Retention runner does nothing for a sales rep", "[ui][retention]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Dewi Lestari"));
    addOldCall(f, customer);
    RetentionPolicy policy;
    policy.logMonths = 6;
    REQUIRE(RetentionService(f.owner()).setPolicy(policy).ok());

    RetentionRunner runner;
    QSignalSpy finished(&runner, &RetentionRunner::finished);
    runner.startIfDue(&f.workspace(), rep);
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == 1);
}
