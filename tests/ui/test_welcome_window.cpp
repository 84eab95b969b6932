#include "ui/UiTestSupport.h"

#include "app/AppController.h"
#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "welcome/WelcomeWindow.h"
#include "workspace/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace relasi;
using namespace relasi::uitest;

TEST_CASE("Welcome: buttons report what the user chose", "[ui][welcome]")
{
    UiTestScope scope;
    WelcomeWindow w;
    w.show();
    QSignalSpy create(&w, &WelcomeWindow::createRequested);
    QSignalSpy demo(&w, &WelcomeWindow::demoRequested);
    QTest::mouseClick(findChild<QPushButton>(&w, "createButton"), Qt::LeftButton);
    QTest::mouseClick(findChild<QPushButton>(&w, "demoButton"), Qt::LeftButton);
    CHECK(create.count() == 1);
    CHECK(demo.count() == 1);
}

TEST_CASE("Welcome: double-clicking a recent workspace opens it", "[ui][welcome]")
{
    UiTestScope scope;
    WelcomeWindow w;
    const QStringList dirs = {scope.path(QStringLiteral("a")), scope.path(QStringLiteral("b"))};
    w.setRecentWorkspaces(dirs);
    w.show();
    QSignalSpy open(&w, &WelcomeWindow::openRequested);
    auto *list = findChild<QListWidget>(&w, "recentList");
    REQUIRE(list->count() == 2);
    QSignalSpy dbl(list, &QListWidget::itemDoubleClicked);
    const QRect rect = list->visualItemRect(list->item(1));
    // QTest's double click carries no press of its own; item views need the press first, as with a real mouse.
    QTest::mousePress(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    CHECK(dbl.count() == 1);
    REQUIRE(open.count() >= 1);
    CHECK(open.first().first().toString() == dirs.at(1));
}

TEST_CASE("Welcome: recent workspaces are remembered, newest first, without duplicates", "[ui][welcome]")
{
    UiTestScope scope;
    AppSettings::addRecentWorkspace(scope.path(QStringLiteral("a")));
    AppSettings::addRecentWorkspace(scope.path(QStringLiteral("b")));
    AppSettings::addRecentWorkspace(scope.path(QStringLiteral("a")));
    CHECK(AppSettings::recentWorkspaces()
          == QStringList({scope.path(QStringLiteral("a")), scope.path(QStringLiteral("b"))}));
    AppController controller;
    controller.start();
    REQUIRE(controller.welcomeWindow());
    CHECK(controller.welcomeWindow()->recentWorkspaces() == AppSettings::recentWorkspaces());
}

TEST_CASE("Welcome: opening a folder without a workspace explains the problem", "[ui][welcome]")
{
    UiTestScope scope;
    AppController controller;
    controller.start();
    controller.openWorkspace(scope.path(QStringLiteral("empty")));
    REQUIRE(controller.welcomeWindow());
    auto *status = findChild<QLabel>(controller.welcomeWindow(), "statusLabel");
    CHECK_FALSE(status->isHidden());
    CHECK(status->text().contains(QStringLiteral("No Relasi workspace")));
    CHECK(controller.unlockDialog() == nullptr);
}

TEST_CASE("Welcome: the demo workspace is created and offered with its public password", "[ui][welcome][demo]")
{
    UiTestScope scope;
    AppController controller;
    controller.start();
    QTest::mouseClick(findChild<QPushButton>(controller.welcomeWindow(), "demoButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return controller.unlockDialog() != nullptr; }));
    CHECK(Workspace::exists(AppController::demoDirectory()));
    UnlockDialog *d = controller.unlockDialog();
    CHECK_FALSE(findChild<QLabel>(d, "demoLabel")->isHidden());
    QTest::mouseClick(findChild<QPushButton>(d, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return controller.workspace() != nullptr; }));
    CHECK(controller.workspace()->signedInEmail() == QStringLiteral("demo@example.com"));
    controller.lock();
    QDir(AppController::demoDirectory()).removeRecursively();
}

TEST_CASE("Language: Bahasa Indonesia translates the welcome window and English restores it", "[ui][welcome][i18n]")
{
    UiTestScope scope;
    AppController controller;
    controller.start();
    WelcomeWindow *w = controller.welcomeWindow();
    auto *create = findChild<QPushButton>(w, "createButton");
    REQUIRE(create->text() == QStringLiteral("&Create a new workspace"));
    auto *combo = findChild<QComboBox>(w, "languageCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("id")));
    Q_EMIT combo->activated(combo->currentIndex());
    CHECK(controller.languageManager()->currentLanguage() == QStringLiteral("id"));
    // Qt posts LanguageChange to each window; the widgets retranslate when it arrives.
    waitFor([&] { return create->text() != QStringLiteral("&Create a new workspace"); }, 5000);
    CHECK(create->text() == QStringLiteral("&Buat ruang kerja baru"));
    CHECK(findChild<QLabel>(w, "welcomeTitle")->text() == QStringLiteral("Selamat datang di Relasi"));
    controller.setLanguage(QStringLiteral("en"));
    waitFor([&] { return create->text() == QStringLiteral("&Create a new workspace"); }, 5000);
    CHECK(create->text() == QStringLiteral("&Create a new workspace"));
}

TEST_CASE("Language: system locale decides when the user made no choice", "[ui][i18n]")
{
    CHECK(LanguageManager::resolveLanguage(QString(), QStringLiteral("id_ID")) == QStringLiteral("id"));
    CHECK(LanguageManager::resolveLanguage(QString(), QStringLiteral("en_GB")) == QStringLiteral("en"));
    CHECK(LanguageManager::resolveLanguage(QStringLiteral("en"), QStringLiteral("id_ID")) == QStringLiteral("en"));
    CHECK(LanguageManager::resolveLanguage(QStringLiteral("id"), QStringLiteral("de_DE")) == QStringLiteral("id"));
}

TEST_CASE("Language: the Indonesian catalogue is built in and loads", "[ui][i18n]")
{
    UiTestScope scope;
    CHECK(QFile::exists(QStringLiteral(":/i18n/relasi_id.qm")));
    LanguageManager manager;
    CHECK(manager.apply(QStringLiteral("id")));
    CHECK(manager.currentLanguage() == QStringLiteral("id"));
    CHECK(QCoreApplication::translate("relasi::MainWindow", "Customers") == QStringLiteral("Pelanggan"));
    CHECK(manager.apply(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("relasi::MainWindow", "Customers") == QStringLiteral("Customers"));
}
