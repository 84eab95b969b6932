#include "ui/UiTestSupport.h"

#include "app/AppController.h"
#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "common/ClipboardGuard.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "main/IdleLockWatcher.h"
#include "main/MainWindow.h"
#include "services/ServiceContext.h"
#include "pipeline/PipelinePage.h"
#include "privacy/UsageLog.h"
#include "privacy/UsageTracker.h"
#include "settings/SettingsDialog.h"
#include "support/ServiceFixture.h"
#include "tasks/TasksPage.h"
#include "workspace/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

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

TEST_CASE("Main window: opens on Customers and builds each other screen the first time it is shown",
          "[ui][main][lazy]")
{
    UiTestScope scope;
    ServiceFixture f;
    f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    MainWindow main(&f.workspace());
    main.show();
    REQUIRE(QTest::qWaitForWindowExposed(&main));
    CHECK(main.currentSection() == MainWindow::CustomersSection);
    CHECK(main.isSectionBuilt(MainWindow::CustomersSection));
    CHECK(main.findChild<CustomersPage *>(QStringLiteral("customersPage")));
    for (auto s : {MainWindow::DashboardSection, MainWindow::PipelineSection, MainWindow::TasksSection,
                   MainWindow::UsersSection, MainWindow::AuditSection})
        CHECK_FALSE(main.isSectionBuilt(s));
    CHECK(main.findChild<DashboardPage *>() == nullptr);
    CHECK(main.findChild<PipelinePage *>() == nullptr);
    // The menus do not wait for the screens.
    CHECK(main.findChild<QAction *>(QStringLiteral("importCustomersAction")));
    CHECK_FALSE(main.editMenu()->actions().isEmpty()); // Undo / Redo of the Customers screen

    // A click in the navigation builds the screen and shows it.
    auto *nav = findChild<QListWidget>(&main, "navigationList");
    const QRect dashboardRow = nav->visualItemRect(nav->item(MainWindow::DashboardSection));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, dashboardRow.center());
    CHECK(main.currentSection() == MainWindow::DashboardSection);
    REQUIRE(main.isSectionBuilt(MainWindow::DashboardSection));
    auto *stack = findChild<QStackedWidget>(&main, "sectionStack");
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("dashboardPage"));
    CHECK_FALSE(main.isSectionBuilt(MainWindow::PipelineSection));

    // Asking for a section's widget builds it too, once.
    QWidget *tasks = main.sectionWidget(MainWindow::TasksSection);
    REQUIRE(tasks);
    CHECK(tasks->objectName() == QStringLiteral("tasksPage"));
    CHECK(main.isSectionBuilt(MainWindow::TasksSection));
    main.showSection(MainWindow::TasksSection);
    CHECK(stack->currentWidget() == tasks);
    CHECK(main.sectionWidget(MainWindow::TasksSection) == tasks);
    CHECK(main.findChildren<TasksPage *>().size() == 1);

    // Once the workspace is released, a section never opened stays an empty page.
    main.releaseWorkspace();
    CHECK(main.sectionWidget(MainWindow::PipelineSection)->objectName() != QStringLiteral("pipelinePage"));
    CHECK(main.findChild<PipelinePage *>() == nullptr);
}

TEST_CASE("Main window: every status-bar text follows a live language switch", "[ui][main][i18n]")
{
    UiTestScope scope;
    ServiceFixture f;
    LanguageManager language;
    MainWindow main(&f.workspace());
    showActivated(main, QSize(1100, 700));
    auto *workspace = findChild<QLabel>(&main, "workspaceStatusLabel");
    auto *user = findChild<QLabel>(&main, "userStatusLabel");
    auto *lock = findChild<QLabel>(&main, "lockStatusLabel");
    auto *sync = findChild<QLabel>(&main, "syncStatusLabel");
    CHECK(workspace->text().startsWith(QStringLiteral("Workspace: ")));
    CHECK(user->text().startsWith(QStringLiteral("Signed in as ")));
    CHECK(user->text().endsWith(QStringLiteral("(Owner)")));
    CHECK(lock->text() == QStringLiteral("Unlocked"));
    CHECK(sync->text() == QStringLiteral("Offline"));

    REQUIRE(language.apply(QStringLiteral("id")));
    QCoreApplication::processEvents();
    CHECK(workspace->text().startsWith(QStringLiteral("Ruang kerja: ")));
    CHECK(user->text().startsWith(QStringLiteral("Masuk sebagai ")));
    CHECK(user->text().endsWith(QStringLiteral("(Pemilik)")));
    CHECK(lock->text() == QStringLiteral("Tidak terkunci"));
    CHECK(sync->text() == QStringLiteral("Luring"));
    CHECK_FALSE(sync->toolTip().startsWith(QStringLiteral("Synchronisation")));
    saveShot(&main, QStringLiteral("main-window-status-id"));

    REQUIRE(language.apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    CHECK(user->text().startsWith(QStringLiteral("Signed in as ")));
    CHECK(lock->text() == QStringLiteral("Unlocked"));
}

TEST_CASE("Main window: releasing the workspace ends the usage tracker's visit; closing needs no more",
          "[ui][main][privacy][usage]")
{
    UiTestScope scope;
    ServiceFixture f;
    SECTION("lock: releaseWorkspace, then the window goes")
    {
        auto *main = new MainWindow(&f.workspace());
        auto *tracker = main->findChild<UsageTracker *>();
        REQUIRE(tracker);
        CHECK(tracker->isActive());
        QSignalSpy releasing(main, &MainWindow::servicesReleasing);
        main->releaseWorkspace();
        CHECK(releasing.count() == 1);
        CHECK_FALSE(tracker->isActive());
        CHECK(main->services() == nullptr);
        delete main;
    }
    SECTION("close: the destructor releases the services in the same order")
    {
        REQUIRE(UsageLog(f.owner()).setOptedIn(true).ok());
        auto *main = new MainWindow(&f.workspace());
        showActivated(*main, QSize(1000, 700));
        main->showSection(MainWindow::DashboardSection);
        QPointer<UsageTracker> tracker = main->findChild<UsageTracker *>();
        REQUIRE(tracker);
        bool servicesAtRelease = false;
        QObject::connect(main, &MainWindow::servicesReleasing, [&] { servicesAtRelease = main->services() != nullptr; });
        QTest::qWait(1100); // a visit counts from one second on (the window's clock is the system's)
        delete main;
        CHECK(servicesAtRelease);
        CHECK(tracker.isNull());
        // The dashboard visit was ended through the services while they still existed.
        auto events = UsageLog(f.owner()).myEvents();
        REQUIRE(events.ok());
        bool dashboardTime = false;
        for (const UsageEvent &e : *events)
            dashboardTime = dashboardTime || (e.kind == QLatin1String("time") && e.name == QLatin1String("dashboard"));
        CHECK(dashboardTime);
    }
}
