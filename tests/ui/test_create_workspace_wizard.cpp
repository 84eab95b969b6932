#include "ui/UiTestSupport.h"

#include "support/TestSupport.h"

#include "app/AppController.h"
#include "app/AppSettings.h"
#include "crypto/SecureBytes.h"
#include "main/MainWindow.h"
#include "workspace/CreateWorkspaceWizard.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace relasi;
using namespace relasi::uitest;

namespace {

const QString kPassword = QStringLiteral("kopi tubruk pagi hujan 2026");

QAbstractButton *nextButton(QWizard &w)
{
    return w.button(QWizard::NextButton);
}

void acceptNotice(QWizard &w)
{
    findChild<QCheckBox>(&w, "acceptNoticeCheck")->setChecked(true);
    findChild<QCheckBox>(&w, "adultCheck")->setChecked(true);
}

void fillOwner(QWizard &w, const QString &email = QStringLiteral("sari@tokomaju.co.id"))
{
    QTest::keyClicks(findChild<QLineEdit>(&w, "ownerNameEdit"), QStringLiteral("Sari Wulandari"));
    QTest::keyClicks(findChild<QLineEdit>(&w, "ownerEmailEdit"), email);
    QTest::keyClicks(findChild<QLineEdit>(&w, "ownerPhoneEdit"), QStringLiteral("0812 3456 7890"));
}

void fillPassword(QWizard &w, const QString &password, const QString &confirmation)
{
    auto *p = findChild<QLineEdit>(&w, "passwordEdit");
    auto *c = findChild<QLineEdit>(&w, "confirmPasswordEdit");
    p->clear();
    c->clear();
    QTest::keyClicks(p, password);
    QTest::keyClicks(c, confirmation);
}

void fillBusiness(QWizard &w, const QString &folder)
{
    QTest::keyClicks(findChild<QLineEdit>(&w, "businessNameEdit"), QStringLiteral("Toko Maju Jaya"));
    QTest::keyClicks(findChild<QLineEdit>(&w, "taxIdEdit"), QStringLiteral("01.234.567.8-901.000"));
    auto *folderEdit = findChild<QLineEdit>(&w, "folderEdit");
    folderEdit->clear();
    QTest::keyClicks(folderEdit, folder);
}

// Clicks through to the recovery code page; returns when it shows.
void runWizardToRecoveryPage(CreateWorkspaceWizard &w, const QString &folder)
{
    acceptNotice(w);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    fillOwner(w);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    fillPassword(w, kPassword, kPassword);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    fillBusiness(w, folder);
    REQUIRE(nextButton(w)->isEnabled());
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    REQUIRE(waitFor([&] { return w.currentId() == CreateWorkspaceWizard::RecoveryPageId; }));
}

} // namespace

TEST_CASE("Wizard: Next stays disabled until the notice is accepted and 18+ is confirmed", "[ui][wizard]")
{
    UiTestScope scope;
    CreateWorkspaceWizard w;
    w.show();
    REQUIRE(w.currentId() == CreateWorkspaceWizard::PrivacyPageId);
    REQUIRE_FALSE(nextButton(w)->isEnabled());
    findChild<QCheckBox>(&w, "acceptNoticeCheck")->setChecked(true);
    CHECK_FALSE(nextButton(w)->isEnabled());
    findChild<QCheckBox>(&w, "adultCheck")->setChecked(true);
    CHECK(nextButton(w)->isEnabled());
    findChild<QCheckBox>(&w, "acceptNoticeCheck")->setChecked(false);
    CHECK_FALSE(nextButton(w)->isEnabled());
}

TEST_CASE("Wizard: owner page validates the e-mail address", "[ui][wizard]")
{
    UiTestScope scope;
    CreateWorkspaceWizard w;
    w.show();
    acceptNotice(w);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    REQUIRE(w.currentId() == CreateWorkspaceWizard::OwnerPageId);
    fillOwner(w, QStringLiteral("sari@tokomaju"));
    CHECK_FALSE(nextButton(w)->isEnabled());
    CHECK_FALSE(findChild<QLabel>(&w, "emailHintLabel")->isHidden());
    QTest::keyClicks(findChild<QLineEdit>(&w, "ownerEmailEdit"), QStringLiteral(".co.id"));
    CHECK(nextButton(w)->isEnabled());
    CHECK(findChild<QLabel>(&w, "emailHintLabel")->isHidden());
}

TEST_CASE("Wizard: password page needs an acceptable password typed twice", "[ui][wizard]")
{
    UiTestScope scope;
    CreateWorkspaceWizard w;
    w.show();
    acceptNotice(w);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    fillOwner(w);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    REQUIRE(w.currentId() == CreateWorkspaceWizard::PasswordPageId);
    auto *bar = findChild<QProgressBar>(&w, "strengthBar");

    SECTION("weak password")
    {
        fillPassword(w, QStringLiteral("password1"), QStringLiteral("password1"));
        CHECK_FALSE(nextButton(w)->isEnabled());
        CHECK(bar->value() <= 1);
    }
    SECTION("strong but different confirmation")
    {
        fillPassword(w, kPassword, kPassword + QStringLiteral("x"));
        CHECK_FALSE(nextButton(w)->isEnabled());
        CHECK_FALSE(findChild<QLabel>(&w, "matchHintLabel")->isHidden());
    }
    SECTION("strong and matching")
    {
        fillPassword(w, kPassword, kPassword);
        CHECK(nextButton(w)->isEnabled());
        CHECK(bar->value() >= 3);
    }
    SECTION("show/hide toggles the echo mode of both fields")
    {
        auto *p = findChild<QLineEdit>(&w, "passwordEdit");
        auto *c = findChild<QLineEdit>(&w, "confirmPasswordEdit");
        REQUIRE(p->echoMode() == QLineEdit::Password);
        findChild<QAction>(p, "showPasswordAction")->trigger();
        CHECK(p->echoMode() == QLineEdit::Normal);
        CHECK(c->echoMode() == QLineEdit::Normal);
    }
}

TEST_CASE("Wizard: creates the workspace and shows the recovery code once", "[ui][wizard]")
{
    UiTestScope scope;
    const QString folder = scope.path(QStringLiteral("toko-maju-jaya"));
    CreateWorkspaceWizard w;
    w.show();
    runWizardToRecoveryPage(w, folder);

    CHECK(Workspace::exists(folder));
    const QString code = findChild<QLabel>(&w, "recoveryCodeLabel")->text();
    CHECK(code.size() >= 16);
    CHECK(code == w.recoveryCode());
    // No way back and no Cancel: the code must be acknowledged.
    CHECK_FALSE(w.button(QWizard::BackButton)->isVisible());
    CHECK_FALSE(w.button(QWizard::CancelButton)->isVisible());
    w.reject();
    CHECK(w.isVisible());

    auto *finish = w.button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    findChild<QCheckBox>(&w, "storedCodeCheck")->setChecked(true);
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(w.result() == QDialog::Accepted);

    // The token opens the new workspace without another key derivation.
    std::optional<UnlockToken> token = w.takeUnlockToken();
    REQUIRE(token.has_value());
    REQUIRE(token->isValid());
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(std::move(*token));
    REQUIRE(opened.ok());
    CHECK(opened.value()->signedInEmail() == QStringLiteral("sari@tokomaju.co.id"));
    opened.value()->lock();

    // The recovery code works, and was written nowhere in the workspace folder.
    for (const QString &file : QDir(folder).entryList(QDir::Files))
        CHECK_FALSE(test::readAll(QDir(folder).filePath(file)).contains(code.toUtf8()));
}

TEST_CASE("Wizard: a non-empty folder is refused before creating", "[ui][wizard]")
{
    UiTestScope scope;
    const QString folder = scope.path(QStringLiteral("busy"));
    QDir().mkpath(folder);
    QFile f(QDir(folder).filePath(QStringLiteral("notes.txt")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    CreateWorkspaceWizard w;
    w.show();
    acceptNotice(w);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    fillOwner(w);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    fillPassword(w, kPassword, kPassword);
    QTest::mouseClick(nextButton(w), Qt::LeftButton);
    fillBusiness(w, folder);
    CHECK_FALSE(nextButton(w)->isEnabled());
    CHECK_FALSE(findChild<QLabel>(&w, "folderHintLabel")->isHidden());
}

TEST_CASE("Controller: finishing the wizard opens the main window and remembers the workspace", "[ui][wizard][controller]")
{
    UiTestScope scope;
    const QString folder = scope.path(QStringLiteral("cv-sumber-rejeki"));
    AppController controller;
    controller.start();
    controller.startCreateWizard();
    CreateWorkspaceWizard *w = controller.wizard();
    REQUIRE(w);
    runWizardToRecoveryPage(*w, folder);
    findChild<QCheckBox>(w, "storedCodeCheck")->setChecked(true);
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);

    REQUIRE(waitFor([&] { return controller.mainWindow() != nullptr; }));
    REQUIRE(controller.workspace());
    CHECK(controller.workspace()->isUnlocked());
    CHECK(QDir(controller.workspace()->directory()) == QDir(folder));
    CHECK(AppSettings::recentWorkspaces().value(0) == QDir::cleanPath(folder));
}
