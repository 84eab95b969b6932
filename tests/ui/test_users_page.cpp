#include "ui/UiTestSupport.h"

#include "support/ServiceFixture.h"

#include "admin/AddUserDialog.h"
#include "admin/ChangePasswordDialog.h"
#include "admin/ConfirmPasswordDialog.h"
#include "admin/OneTimeSecretDialog.h"
#include "admin/UsersPage.h"
#include "crypto/SecureBytes.h"
#include "main/MainWindow.h"
#include "services/UserService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// RELASI_SHOTS_DIR=dir saves what the test sees, for looking at the screen (no effect otherwise).
void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("RELASI_SHOTS_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

const QString kOwnerPassword = QString::fromLatin1(ServiceFixture::ownerPassword);

template<typename D>
D *waitForDialog(QWidget *parent, const char *name)
{
    D *d = nullptr;
    REQUIRE(waitFor([&] {
        d = findChild<D>(parent, name);
        return d != nullptr && d->isVisible();
    }));
    return d;
}

// Types the owner's password into a confirmation dialog and confirms; waits until it has closed.
void confirmWithPassword(ConfirmPasswordDialog *dialog, const QString &password = kOwnerPassword)
{
    QPointer<ConfirmPasswordDialog> guard(dialog);
    QTest::keyClicks(findChild<QLineEdit>(dialog, "ownerPasswordEdit"), password);
    QTest::mouseClick(findChild<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return guard.isNull() || !guard->isVisible(); }));
}

bool canUnlock(const QString &dir, const QString &email, const QString &password)
{
    Credentials c;
    c.userEmail = email;
    return Workspace::unlock(dir, c, SecureBytes::fromUtf8(password)).ok();
}

int slotsOf(Workspace &ws, const QString &userId)
{
    int n = 0;
    for (const KeySlotInfo &s : ws.info().slots)
        n += s.userId == userId ? 1 : 0;
    return n;
}

// Adds a user through the page as the owner; returns the temporary password shown once.
QString addUserThroughPage(UsersPage &page, const QString &name, const QString &email, Role role)
{
    QSignalSpy shown(&page, &UsersPage::secretShown);
    QTest::mouseClick(findChild<QPushButton>(&page, "addUserButton"), Qt::LeftButton);
    auto *dialog = waitForDialog<AddUserDialog>(&page, "addUserDialog");
    QTest::keyClicks(findChild<QLineEdit>(dialog, "userNameEdit"), name);
    QTest::keyClicks(findChild<QLineEdit>(dialog, "userEmailEdit"), email);
    auto *roles = findChild<QComboBox>(dialog, "userRoleCombo");
    roles->setCurrentIndex(roles->findData(int(role)));
    shot(dialog, "users-add-dialog");
    confirmWithPassword(dialog);
    REQUIRE(waitFor([&] { return shown.count() == 1; }));
    auto *secret = qobject_cast<OneTimeSecretDialog *>(shown.first().at(0).value<QWidget *>());
    REQUIRE(secret);
    const QString temporary = findChild<QLineEdit>(secret, "secretEdit")->text();
    auto *done = findChild<QPushButton>(secret, "secretDoneButton");
    CHECK_FALSE(done->isEnabled()); // only after "I have passed it on"
    shot(secret, "users-temporary-password");
    secret->reject();
    CHECK(secret->isVisible());
    findChild<QCheckBox>(secret, "secretStoredCheck")->setChecked(true);
    QTest::mouseClick(done, Qt::LeftButton);
    CHECK_FALSE(secret->isVisible());
    return temporary;
}

} // namespace

TEST_CASE("Users: the owner adds a sales rep, who unlocks with the temporary password and must change it",
          "[ui][users]")
{
    UiTestScope scope;
    ServiceFixture f;
    UsersPage page(f.owner(), &f.workspace());
    page.resize(900, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *list = findChild<QTreeWidget>(&page, "usersList");
    REQUIRE(list->topLevelItemCount() == 1); // the owner

    const QString email = QStringLiteral("rina@tokomaju.co.id");
    const QString temporary = addUserThroughPage(page, QStringLiteral("Rina Wijaya"), email, Role::Sales);
    CHECK(temporary.size() >= 16);
    REQUIRE(list->topLevelItemCount() == 2);
    shot(&page, "users-page");
    auto user = UserService(f.owner()).findByEmail(email);
    REQUIRE(user.ok());
    CHECK(user->role == Role::Sales);
    CHECK(user->mustChangePassword);
    CHECK(slotsOf(f.workspace(), user->id) == 1);
    CHECK(canUnlock(f.directory(), email, temporary));
    CHECK_FALSE(canUnlock(f.directory(), email, QStringLiteral("not the password")));

    // Rina signs in on this computer: she is asked to choose her own password before anything else.
    f.workspace().lock();
    Credentials rina;
    rina.userEmail = email;
    auto opened = Workspace::open(f.directory(), rina, SecureBytes::fromUtf8(temporary));
    REQUIRE(opened.ok());
    std::unique_ptr<Workspace> ws = std::move(*opened);
    {
        MainWindow main(ws.get());
        REQUIRE(main.services());
        CHECK(main.services()->session().userId == user->id);
        REQUIRE(ChangePasswordDialog::promptIfRequired(&main));
        auto *change = waitForDialog<ChangePasswordDialog>(&main, "changePasswordDialog");
        const QString mine = QStringLiteral("kopi susu gula aren 7");
        QTest::keyClicks(findChild<QLineEdit>(change, "currentPasswordEdit"), temporary);
        QTest::keyClicks(findChild<QLineEdit>(change, "newPasswordEdit"), mine);
        QTest::keyClicks(findChild<QLineEdit>(change, "confirmPasswordEdit"), QStringLiteral("different"));
        QTest::mouseClick(findChild<QPushButton>(change, "setPasswordButton"), Qt::LeftButton);
        CHECK(change->isVisible()); // the two new passwords differ
        shot(change, "users-change-password");
        CHECK_FALSE(findChild<QLabel>(change, "changePasswordError")->isHidden());
        findChild<QLineEdit>(change, "confirmPasswordEdit")->setText(mine);
        QPointer<ChangePasswordDialog> guard(change);
        QTest::mouseClick(findChild<QPushButton>(change, "setPasswordButton"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return guard.isNull() || !guard->isVisible(); }));
        CHECK_FALSE(UserService(*main.services()).get(user->id)->mustChangePassword);
        CHECK_FALSE(ChangePasswordDialog::promptIfRequired(&main)); // not asked again
        CHECK(canUnlock(f.directory(), email, mine));
        CHECK_FALSE(canUnlock(f.directory(), email, temporary));
    }
    ws->lock();
}

TEST_CASE("Users: change a role and disable a user (the key slot goes), each confirmed with the password",
          "[ui][users]")
{
    UiTestScope scope;
    ServiceFixture f;
    UsersPage page(f.owner(), &f.workspace());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QString email = QStringLiteral("agus@tokomaju.co.id");
    const QString temporary = addUserThroughPage(page, QStringLiteral("Agus Salim"), email, Role::Sales);
    const QString id = UserService(f.owner()).findByEmail(email)->id;

    // Change role to manager; a wrong password first keeps the dialog open and changes nothing.
    page.selectUser(id);
    QTest::mouseClick(findChild<QPushButton>(&page, "changeRoleButton"), Qt::LeftButton);
    auto *roleDialog = waitForDialog<ConfirmPasswordDialog>(&page, "changeRoleDialog");
    auto *combo = findChild<QComboBox>(roleDialog, "newRoleCombo");
    CHECK(combo->currentData().toInt() == int(Role::Sales));
    combo->setCurrentIndex(combo->findData(int(Role::Manager)));
    QTest::keyClicks(findChild<QLineEdit>(roleDialog, "ownerPasswordEdit"), QStringLiteral("wrong password!"));
    QTest::mouseClick(findChild<QPushButton>(roleDialog, "confirmButton"), Qt::LeftButton);
    auto *error = findChild<QLabel>(roleDialog, "confirmErrorLabel");
    REQUIRE(waitFor([&] { return !error->isHidden(); }));
    CHECK(roleDialog->isVisible());
    CHECK(UserService(f.owner()).get(id)->role == Role::Sales);
    findChild<QLineEdit>(roleDialog, "ownerPasswordEdit")->clear();
    confirmWithPassword(roleDialog);
    CHECK(UserService(f.owner()).get(id)->role == Role::Manager);

    // Disable: the user is inactive and can no longer unlock.
    REQUIRE(canUnlock(f.directory(), email, temporary));
    page.selectUser(id);
    QTest::mouseClick(findChild<QPushButton>(&page, "disableUserButton"), Qt::LeftButton);
    confirmWithPassword(waitForDialog<ConfirmPasswordDialog>(&page, "disableUserDialog"));
    CHECK_FALSE(UserService(f.owner()).get(id)->active);
    CHECK(slotsOf(f.workspace(), id) == 0);
    CHECK_FALSE(canUnlock(f.directory(), email, temporary));
    page.selectUser(id);
    CHECK_FALSE(findChild<QPushButton>(&page, "disableUserButton")->isEnabled());

    // The owner cannot disable themselves.
    page.selectUser(f.ownerId());
    CHECK_FALSE(findChild<QPushButton>(&page, "disableUserButton")->isEnabled());
}

TEST_CASE("Users: a new recovery code is shown once and replaces the old one", "[ui][users]")
{
    UiTestScope scope;
    ServiceFixture f;
    UsersPage page(f.owner(), &f.workspace());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy shown(&page, &UsersPage::secretShown);
    QTest::mouseClick(findChild<QPushButton>(&page, "recoveryCodeButton"), Qt::LeftButton);
    confirmWithPassword(waitForDialog<ConfirmPasswordDialog>(&page, "recoveryCodeConfirmDialog"));
    REQUIRE(waitFor([&] { return shown.count() == 1; }));
    auto *secret = shown.first().at(0).value<QWidget *>();
    const QString code = findChild<QLineEdit>(secret, "secretEdit")->text();
    CHECK_FALSE(code.isEmpty());
    Credentials recovery;
    recovery.kind = Credentials::Kind::RecoveryCode;
    CHECK(Workspace::unlock(f.directory(), recovery, SecureBytes::fromUtf8(code)).ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recovery_code_regenerate'")) == 1);
    findChild<QCheckBox>(secret, "secretStoredCheck")->setChecked(true);
    QTest::mouseClick(findChild<QPushButton>(secret, "secretDoneButton"), Qt::LeftButton);
}
