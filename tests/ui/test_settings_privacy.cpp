#include "ui/UiTestSupport.h"

#include "privacy/DeviceRecord.h"
#include "privacy/RetentionService.h"
#include "privacy/UsageLog.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "settings/SettingsDialog.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// Two log entries of one customer: one 30 months old, one from now.
QString seedLogs(ServiceFixture &f)
{
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Rina Wulandari"));
    InteractionService logs(f.owner());
    Interaction old;
    old.customerId = id;
    old.channel = QStringLiteral("call");
    old.direction = QStringLiteral("out");
    old.subject = QStringLiteral("Old call");
    old.occurredAt = ServiceFixture::startMs - qint64(30) * 31 * 24 * 3600 * 1000;
    REQUIRE(logs.add(old).ok());
    Interaction recent = old;
    recent.subject = QStringLiteral("Recent call");
    recent.occurredAt = ServiceFixture::startMs;
    REQUIRE(logs.add(recent).ok());
    return id;
}

} // namespace

TEST_CASE("Settings, Privacy: the owner saves retention rules, previews and applies them",
          "[ui][privacy][settings][retention]")
{
    UiTestScope scope;
    ServiceFixture f;
    seedLogs(f);
    REQUIRE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")) == 2);
    SettingsDialog dialog(nullptr, &f.owner());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = findChild<QTabWidget>(&dialog, "settingsTabs");
    REQUIRE(tabs);
    QWidget *page = findChild<QWidget>(&dialog, "privacySettingsPage");
    REQUIRE(page);
    tabs->setCurrentWidget(findChild<QWidget>(&dialog, "privacySettingsScroll"));

    auto *months = findChild<QSpinBox>(page, "retentionLogMonthsSpin");
    auto *save = findChild<QPushButton>(page, "retentionSaveButton");
    auto *preview = findChild<QPushButton>(page, "retentionPreviewButton");
    auto *apply = findChild<QPushButton>(page, "retentionApplyButton");
    auto *result = findChild<QLabel>(page, "retentionResultLabel");
    REQUIRE(months);
    REQUIRE(save);
    REQUIRE(preview);
    REQUIRE(apply);
    REQUIRE(result);
    CHECK(months->value() == 0);
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(apply->isEnabled()); // every rule off: nothing to apply

    months->setFocus();
    months->selectAll();
    QTest::keyClicks(months, QStringLiteral("24"));
    CHECK(months->value() == 24);
    CHECK(save->isEnabled());
    CHECK_FALSE(preview->isEnabled()); // unsaved rules are not previewed
    QTest::mouseClick(save, Qt::LeftButton);
    auto stored = RetentionService::loadPolicy(f.owner().db());
    REQUIRE(stored.ok());
    CHECK(stored->logMonths == 24);

    REQUIRE(preview->isEnabled());
    QTest::mouseClick(preview, Qt::LeftButton);
    CHECK(result->text().contains(QStringLiteral("communication log entries: 1;")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")) == 2);
    saveShot(&dialog, QStringLiteral("settings-privacy-preview"));

    QString asked;
    runOnNextModal(
        [&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            REQUIRE(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        },
        &dialog);
    REQUIRE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("communication log entries: 1;")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")) == 1);
    CHECK(result->text().startsWith(QStringLiteral("Applied")));
}

TEST_CASE("Settings, Privacy: a manager sees the retention rules read-only", "[ui][privacy][settings][retention]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString manager = f.addUser(Role::Manager);
    SettingsDialog dialog(nullptr, &f.as(manager));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QWidget *page = findChild<QWidget>(&dialog, "privacySettingsPage");
    REQUIRE(page);
    findChild<QTabWidget>(&dialog, "settingsTabs")->setCurrentWidget(findChild<QWidget>(&dialog, "privacySettingsScroll"));
    CHECK_FALSE(findChild<QSpinBox>(page, "retentionLogMonthsSpin")->isEnabled());
    CHECK_FALSE(findChild<QPushButton>(page, "retentionPreviewButton")->isEnabled());
    CHECK_FALSE(findChild<QPushButton>(page, "retentionApplyButton")->isEnabled());
    auto *note = findChild<QLabel>(page, "retentionRoleNote");
    REQUIRE(note);
    CHECK(note->isVisible());
    saveShot(&dialog, QStringLiteral("settings-privacy-manager"));
}

TEST_CASE("Settings, Privacy: usage analytics is off until opted in; my usage data is deleted; the device "
          "record is shown",
          "[ui][privacy][settings][usage]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    ServiceContext &ctx = f.as(rep);
    REQUIRE(DeviceRecord::touch(ctx.db(), ServiceFixture::startMs, QStringLiteral("9.8.7"),
                                QStringLiteral("Debian GNU/Linux 12")).ok());
    SettingsDialog dialog(nullptr, &ctx);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QWidget *page = findChild<QWidget>(&dialog, "privacySettingsPage");
    REQUIRE(page);
    findChild<QTabWidget>(&dialog, "settingsTabs")->setCurrentWidget(findChild<QWidget>(&dialog, "privacySettingsScroll"));
    auto *optIn = findChild<QCheckBox>(page, "usageOptInCheck");
    auto *del = findChild<QPushButton>(page, "deleteUsageDataButton");
    auto *device = findChild<QLabel>(page, "deviceRecordLabel");
    REQUIRE(optIn);
    REQUIRE(del);
    REQUIRE(device);
    CHECK_FALSE(optIn->isChecked());
    CHECK(device->text().contains(QStringLiteral("Debian GNU/Linux 12")));
    CHECK(device->text().contains(QStringLiteral("9.8.7")));

    UsageLog usage(ctx);
    CHECK_FALSE(*usage.screenOpened(QStringLiteral("customers"))); // not opted in: nothing recorded
    QTest::mouseClick(optIn, Qt::LeftButton);
    REQUIRE(optIn->isChecked());
    CHECK(*usage.isOptedIn());
    CHECK(*usage.screenOpened(QStringLiteral("customers")));
    CHECK(*usage.action(QStringLiteral("customer.save")));
    saveShot(&dialog, QStringLiteral("settings-privacy-usage"));

    // The page reads the count again when the box is toggled; here it is re-opened instead.
    SettingsDialog again(nullptr, &ctx);
    auto *del2 = findChild<QPushButton>(&again, "deleteUsageDataButton");
    REQUIRE(del2->isEnabled());
    QTest::mouseClick(del2, Qt::LeftButton);
    CHECK(findChild<QLabel>(&again, "usageCountLabel")->text().contains(QStringLiteral("Deleted 2")));
    CHECK(usage.myEvents()->isEmpty());
    CHECK_FALSE(del2->isEnabled());
}

TEST_CASE("Settings without a workspace has no Privacy tab", "[ui][privacy][settings]")
{
    UiTestScope scope;
    SettingsDialog dialog;
    CHECK(findChild<QTabWidget>(&dialog, "settingsTabs") == nullptr);
    CHECK(findChild<QWidget>(&dialog, "privacySettingsPage") == nullptr);
}
