#include "ui/UiTestSupport.h"

#include "privacy/UsageLog.h"
#include "privacy/UsageTracker.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

QStringList recorded(UsageLog &usage)
{
    QStringList out;
    auto events = usage.myEvents();
    REQUIRE(events.ok());
    for (const UsageEvent &e : *events)
        out << e.kind + QLatin1Char(':') + e.name + QLatin1Char(':') + QString::number(e.durationMs);
    return out;
}

} // namespace

TEST_CASE("Usage tracker: object names become identifiers", "[ui][privacy][usage]")
{
    CHECK(UsageTracker::identifierFor(QStringLiteral("exportMyDataButton")) == QStringLiteral("export-my-data-button"));
    CHECK(UsageTracker::identifierFor(QStringLiteral("okButton")) == QStringLiteral("ok-button"));
    CHECK(UsageTracker::identifierFor(QStringLiteral("x y/z")) == QStringLiteral("xyz"));
    CHECK(UsageLog::isValidName(QStringLiteral("button.") + UsageTracker::identifierFor(QString(200, QLatin1Char('a')))));
}

TEST_CASE("Usage tracker: time spent and actions are recorded only after opt-in", "[ui][privacy][usage]")
{
    UiTestScope scope;
    ServiceFixture f;
    ServiceContext &ctx = f.owner();
    UsageLog usage(ctx);
    UsageTracker tracker([&ctx]() { return &ctx; });
    tracker.watchButtons(true);

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *button = new QPushButton(QStringLiteral("Save"), &window);
    button->setObjectName(QStringLiteral("customerSaveButton"));
    layout->addWidget(button);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Not opted in: a visit and a click leave nothing.
    tracker.screenShown(QStringLiteral("customers"));
    f.clock().advanceMs(4000);
    tracker.screenShown(QStringLiteral("pipeline"));
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(recorded(usage).isEmpty());

    REQUIRE(usage.setOptedIn(true).ok());
    f.clock().advanceMs(7000);
    tracker.screenShown(QStringLiteral("customers")); // 7 s on the pipeline
    f.clock().advanceMs(300);
    tracker.screenShown(QStringLiteral("tasks")); // 0.3 s on customers: too short to count
    QTest::mouseClick(button, Qt::LeftButton);
    button->setEnabled(false);
    QTest::mouseClick(button, Qt::LeftButton); // a disabled button does nothing: not an action
    f.clock().advanceMs(2500);
    tracker.flush(); // e.g. the application went to the background
    const QStringList events = recorded(usage);
    CHECK(events
          == QStringList{QStringLiteral("time:pipeline:7000"), QStringLiteral("action:button.customer-save-button:-1"),
                         QStringLiteral("time:tasks:2500")});

    REQUIRE(usage.setOptedIn(false).ok());
    button->setEnabled(true);
    QTest::mouseClick(button, Qt::LeftButton);
    f.clock().advanceMs(5000);
    tracker.flush();
    CHECK(recorded(usage).size() == 3); // opted out: nothing more
}

TEST_CASE("Usage tracker: release() ends the visit through the services, then records nothing", "[ui][privacy][usage]")
{
    UiTestScope scope;
    ServiceFixture f;
    ServiceContext &ctx = f.owner();
    UsageLog usage(ctx);
    REQUIRE(usage.setOptedIn(true).ok());
    bool servicesGone = false;
    UsageTracker tracker([&]() { return servicesGone ? nullptr : &ctx; });
    tracker.watchButtons(true);
    CHECK(tracker.isActive());

    tracker.screenShown(QStringLiteral("customers"));
    f.clock().advanceMs(3000);
    tracker.release(); // the window releases its workspace (lock or close)
    CHECK(recorded(usage) == QStringList{QStringLiteral("time:customers:3000")});
    CHECK_FALSE(tracker.isActive());

    // Even if its services function would hand out a context again, a released tracker does not ask.
    servicesGone = false;
    tracker.screenShown(QStringLiteral("pipeline"));
    f.clock().advanceMs(5000);
    tracker.actionTaken(QStringLiteral("menu.settings-action"));
    tracker.flush();
    tracker.release(); // twice is fine
    CHECK(recorded(usage).size() == 1);
}
