#include "ui/UiTestSupport.h"

#include "app/AppController.h"
#include "app/AppSettings.h"
#include "common/ClipboardGuard.h"
#include "main/IdleLockWatcher.h"
#include "main/MainWindow.h"
#include "services/ServiceContext.h"
#include "settings/SettingsDialog.h"
#include "workspace/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace relasi;
using namespace relasi::uitest;

namespace {

const QString kPassword = QStringLiteral("nasi goreng kampung 2026");

// Opens `dir` through the controller's unlock dialog and waits for the main window.
MainWindow *unlockThroughDialog(AppController &controller, const QString &dir)
{
    UnlockDialog *d = controller.unlockDialog();
    REQUIRE(d);
    REQUIRE(d->isVisible());
    auto *edit = findChild<QLineEdit>(d, "passwordEdit");
    edit->clear();
    QTest::keyClicks(edit, kPassword);
    QTest::mouseClick(findChild<QPushButton>(d, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return controller.mainWindow() != nullptr; }));
    REQUIRE(controller.workspace());
    CHECK(QDir(controller.workspace()->directory()) == QDir(dir));
    return controller.mainWindow();
}

} // namespace

TEST_CASE("Main window: Ctrl+L locks, wipes the key and returns to the unlock dialog", "[ui][main][lock]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("toko"));
    createWorkspace(dir, kPassword);
    AppController controller;
    controller.start(dir); // like `relasi --workspace DIR`
    MainWindow *main = unlockThroughDialog(controller, dir);
    QPointer<MainWindow> guard(main);
    CHECK(findChild<QLabel>(main, "userStatusLabel")->text().contains(QStringLiteral("owner@example.com")));
    CHECK(findChild<QLabel>(main, "syncStatusLabel")->text() == QStringLiteral("Offline"));
    // Owner: all six sections, Users and Audit log included.
    CHECK(findChild<QListWidget>(main, "navigationList")->count() == 6);
    CHECK(main->isSectionAvailable(MainWindow::UsersSection));
    CHECK(main->isSectionAvailable(MainWindow::AuditSection));
    REQUIRE(main->services() != nullptr);
    CHECK(main->services()->session().role == Role::Owner);

    QSignalSpy locked(&controller, &AppController::locked);
    main->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(locked.count() == 1);
    CHECK(controller.workspace() == nullptr);
    CHECK(controller.mainWindow() == nullptr);
    REQUIRE(waitFor([&] { return guard.isNull(); })); // the data views are destroyed, not just hidden
    REQUIRE(controller.unlockDialog());
    CHECK(controller.unlockDialog()->isVisible());
    CHECK(controller.unlockDialog()->directory() == QDir::cleanPath(dir));
    CHECK_FALSE(findChild<QLabel>(controller.unlockDialog(), "infoLabel")->isHidden());

    // And back in with the password.
    unlockThroughDialog(controller, dir);
    CHECK(controller.workspace()->isUnlocked());
}

TEST_CASE("Main window: idle auto-lock fires after the configured interval", "[ui][main][idle]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("toko"));
    createWorkspace(dir, kPassword);
    AppController controller;
    controller.start(dir);
    unlockThroughDialog(controller, dir);
    QSignalSpy locked(&controller, &AppController::locked);
    controller.setIdleIntervalOverrideMs(50);
    REQUIRE(locked.wait(10000));
    CHECK(controller.workspace() == nullptr);
    REQUIRE(controller.unlockDialog());
    CHECK(findChild<QLabel>(controller.unlockDialog(), "infoLabel")->text().contains(QStringLiteral("nobody used")));
}

TEST_CASE("Idle watcher: user input restarts the countdown; 0 disables it", "[ui][idle]")
{
    UiTestScope scope;
    IdleLockWatcher watcher;
    QSignalSpy fired(&watcher, &IdleLockWatcher::idleTimeout);
    watcher.setIntervalMs(0);
    watcher.start();
    CHECK_FALSE(watcher.isActive());
    watcher.setIntervalMinutes(15);
    CHECK(watcher.intervalMs() == 15 * 60 * 1000);
    CHECK(watcher.isActive());
    watcher.setIntervalMs(40);
    REQUIRE(fired.wait(10000));
    CHECK(fired.count() == 1);
    CHECK_FALSE(watcher.isActive()); // fires once, until started again
}

TEST_CASE("Lock clears the clipboard only when Relasi put the data there", "[ui][main][clipboard]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("toko"));
    createWorkspace(dir, kPassword);
    AppController controller;
    controller.start(dir);
    unlockThroughDialog(controller, dir);
    QClipboard *clipboard = QGuiApplication::clipboard();

    SECTION("our recovery code is cleared")
    {
        ClipboardGuard::copy(QStringLiteral("ABCD-EFGH"));
        REQUIRE(ClipboardGuard::clipboardHoldsOurData());
        controller.lock();
        CHECK(clipboard->text().isEmpty());
    }
    SECTION("someone else's text is left alone")
    {
        clipboard->setText(QStringLiteral("from another app"));
        controller.lock();
        CHECK(clipboard->text() == QStringLiteral("from another app"));
    }
}

TEST_CASE("Settings: switching to Bahasa Indonesia translates the main window", "[ui][main][i18n]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("toko"));
    createWorkspace(dir, kPassword);
    AppController controller;
    controller.start(dir);
    MainWindow *main = unlockThroughDialog(controller, dir);
    auto *nav = findChild<QListWidget>(main, "navigationList");
    REQUIRE(nav->item(MainWindow::CustomersSection)->text() == QStringLiteral("Customers"));

    controller.showSettings();
    auto *settings = main->findChild<SettingsDialog *>();
    REQUIRE(settings);
    auto *language = findChild<QComboBox>(settings, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("id")));
    findChild<QSpinBox>(settings, "idleMinutesSpin")->setValue(5);
    QTest::mouseClick(findChild<QPushButton>(settings, "okButton"), Qt::LeftButton);

    CHECK(AppSettings::language() == QStringLiteral("id"));
    CHECK(AppSettings::idleLockMinutes() == 5);
    CHECK(controller.idleWatcher()->intervalMs() == 5 * 60 * 1000);
    waitFor([&] { return nav->item(MainWindow::CustomersSection)->text() != QStringLiteral("Customers"); }, 5000);
    CHECK(nav->item(MainWindow::CustomersSection)->text() == QStringLiteral("Pelanggan"));
    CHECK(findChild<QLabel>(main, "syncStatusLabel")->text() == QStringLiteral("Luring"));
    CHECK(main->lockAction()->text() == QStringLiteral("&Kunci"));
}
