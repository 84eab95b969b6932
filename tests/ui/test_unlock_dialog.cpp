#include "ui/UiTestSupport.h"

#include "common/CapsLockDetector.h"
#include "crypto/SecureBytes.h"
#include "storage/Schema.h"
#include "workspace/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace relasi;
using namespace relasi::uitest;

namespace {

const QString kPassword = QStringLiteral("sambal terasi pedas 77");

void typePassword(UnlockDialog &d, const QString &password)
{
    auto *edit = findChild<QLineEdit>(&d, "passwordEdit");
    edit->clear();
    QTest::keyClicks(edit, password);
}

void clickUnlockAndWait(UnlockDialog &d)
{
    QTest::mouseClick(findChild<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !d.isBusy(); }));
}

} // namespace

TEST_CASE("Unlock dialog: the right password opens the workspace", "[ui][unlock]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("ws"));
    createWorkspace(dir, kPassword);
    UnlockDialog d(dir);
    d.show();
    CHECK(findChild<QLabel>(&d, "workspaceLabel")->text().contains(QStringLiteral("ws")));
    typePassword(d, kPassword);
    QTest::mouseClick(findChild<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    // The key derivation runs on a worker: the dialog shows progress and keeps processing events.
    CHECK(d.isBusy());
    CHECK_FALSE(findChild<QWidget>(&d, "unlockProgress")->isHidden());
    REQUIRE(waitFor([&] { return d.result() == QDialog::Accepted; }));
    std::unique_ptr<Workspace> ws = d.takeWorkspace();
    REQUIRE(ws);
    CHECK(ws->isUnlocked());
    CHECK(ws->signedInEmail() == QStringLiteral("owner@example.com"));
    ws->lock();
}

TEST_CASE("Unlock dialog: a wrong password shows the error and keeps the dialog", "[ui][unlock]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("ws"));
    createWorkspace(dir, kPassword);
    UnlockDialog d(dir);
    d.show();
    typePassword(d, QStringLiteral("sambal terasi manis 77"));
    clickUnlockAndWait(d);
    auto *error = findChild<QLabel>(&d, "errorLabel");
    CHECK_FALSE(error->isHidden());
    CHECK(error->text() == QStringLiteral("The password is not correct. Check Caps Lock, or use your recovery code."));
    CHECK(d.isVisible());
    CHECK(d.result() != QDialog::Accepted);
    CHECK(d.focusWidget() == findChild<QLineEdit>(&d, "passwordEdit"));
    CHECK(d.failedAttempts() == 1);
    CHECK_FALSE(d.takeWorkspace());
}

TEST_CASE("Unlock dialog: after five wrong passwords the Unlock button waits", "[ui][unlock]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("ws"));
    createWorkspace(dir, kPassword);
    UnlockDialog d(dir);
    d.show();
    auto *unlock = findChild<QPushButton>(&d, "unlockButton");
    for (int i = 0; i < UnlockDialog::kFailuresBeforeDelay - 1; ++i) {
        typePassword(d, QStringLiteral("wrong password %1").arg(i));
        clickUnlockAndWait(d);
        CHECK(unlock->isEnabled());
    }
    typePassword(d, QStringLiteral("wrong again"));
    clickUnlockAndWait(d);
    CHECK(d.failedAttempts() == UnlockDialog::kFailuresBeforeDelay);
    CHECK_FALSE(unlock->isEnabled());
    // The delay ends by itself and the right password then works.
    REQUIRE(waitFor([&] { return unlock->isEnabled(); }, 10000));
    typePassword(d, kPassword);
    QTest::mouseClick(unlock, Qt::LeftButton);
    REQUIRE(waitFor([&] { return d.result() == QDialog::Accepted; }));
    d.takeWorkspace()->lock();
}

TEST_CASE("Unlock dialog: caps-lock heuristic", "[ui][unlock][capslock]")
{
    UiTestScope scope;
    UnlockDialog d(scope.path(QStringLiteral("nowhere")));
    d.show();
    auto *edit = findChild<QLineEdit>(&d, "passwordEdit");
    auto *warning = findChild<QLabel>(&d, "capsLockLabel");
    REQUIRE(warning->isHidden());

    SECTION("upper case without Shift warns; lower case without Shift clears")
    {
        QTest::keyClicks(edit, QStringLiteral("ABC"));
        CHECK_FALSE(warning->isHidden());
        QTest::keyClicks(edit, QStringLiteral("d"));
        CHECK(warning->isHidden());
    }
    SECTION("lower case with Shift warns")
    {
        QTest::keyClicks(edit, QStringLiteral("abc"), Qt::ShiftModifier);
        CHECK_FALSE(warning->isHidden());
    }
    SECTION("upper case with Shift, digits and symbols do not warn")
    {
        QTest::keyClicks(edit, QStringLiteral("ABC"), Qt::ShiftModifier);
        QTest::keyClicks(edit, QStringLiteral("123-!"));
        CHECK(warning->isHidden());
    }
}

TEST_CASE("Caps-lock guess for single key events", "[ui][capslock]")
{
    auto guess = [](const QString &text, Qt::KeyboardModifiers mods) {
        QKeyEvent e(QEvent::KeyPress, 0, mods, text);
        return CapsLockDetector::guess(e);
    };
    CHECK(guess(QStringLiteral("A"), Qt::NoModifier) == std::optional<bool>(true));
    CHECK(guess(QStringLiteral("a"), Qt::ShiftModifier) == std::optional<bool>(true));
    CHECK(guess(QStringLiteral("a"), Qt::NoModifier) == std::optional<bool>(false));
    CHECK(guess(QStringLiteral("A"), Qt::ShiftModifier) == std::optional<bool>(false));
    CHECK(guess(QStringLiteral("É"), Qt::NoModifier) == std::optional<bool>(true));
    CHECK_FALSE(guess(QStringLiteral("7"), Qt::NoModifier).has_value());
    CHECK_FALSE(guess(QString(), Qt::NoModifier).has_value());
}

TEST_CASE("Unlock dialog: recovery code and a new password open the workspace", "[ui][unlock][recovery]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("ws"));
    const QString code = createWorkspace(dir, kPassword);
    const QString newPassword = QStringLiteral("gado gado lontong sayur 12");
    UnlockDialog d(dir);
    d.show();
    QTest::mouseClick(findChild<QPushButton>(&d, "recoveryToggle"), Qt::LeftButton);
    REQUIRE(d.isRecoveryMode());
    auto *unlock = findChild<QPushButton>(&d, "unlockButton");

    SECTION("right code")
    {
        QTest::keyClicks(findChild<QLineEdit>(&d, "recoveryCodeEdit"), code);
        QTest::keyClicks(findChild<QLineEdit>(&d, "newPasswordEdit"), newPassword);
        CHECK_FALSE(unlock->isEnabled()); // confirmation still missing
        QTest::keyClicks(findChild<QLineEdit>(&d, "confirmNewPasswordEdit"), newPassword);
        REQUIRE(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        REQUIRE(waitFor([&] { return d.result() == QDialog::Accepted; }));
        d.takeWorkspace()->lock();
        // The new password now works on its own.
        UnlockDialog again(dir);
        again.show();
        typePassword(again, newPassword);
        QTest::mouseClick(findChild<QPushButton>(&again, "unlockButton"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return again.result() == QDialog::Accepted; }));
        again.takeWorkspace()->lock();
    }
    SECTION("wrong code")
    {
        QString wrong = code;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::keyClicks(findChild<QLineEdit>(&d, "recoveryCodeEdit"), wrong);
        QTest::keyClicks(findChild<QLineEdit>(&d, "newPasswordEdit"), newPassword);
        QTest::keyClicks(findChild<QLineEdit>(&d, "confirmNewPasswordEdit"), newPassword);
        QTest::mouseClick(unlock, Qt::LeftButton);
        REQUIRE(waitFor([&] { return !d.isBusy(); }));
        auto *error = findChild<QLabel>(&d, "errorLabel");
        CHECK_FALSE(error->isHidden());
        CHECK(error->text().startsWith(QStringLiteral("The recovery code is not correct.")));
        CHECK(d.result() != QDialog::Accepted);
    }
}

TEST_CASE("Unlock dialog: a missing key file gets its own message", "[ui][unlock]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("ws"));
    createWorkspace(dir, kPassword);
    REQUIRE(QFile::remove(Workspace::vaultPath(dir)));
    UnlockDialog d(dir);
    d.show();
    typePassword(d, kPassword);
    clickUnlockAndWait(d);
    auto *error = findChild<QLabel>(&d, "errorLabel");
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("relasi.vault")));
    CHECK(error->text().contains(QStringLiteral("missing")));
}

namespace {

// Records whether a widget was ever shown (the upgrade note may be visible for a few milliseconds only).
class ShowSpy : public QObject
{
public:
    bool shown = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            shown = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

TEST_CASE("Unlock dialog: an older workspace is upgraded on a worker with a note, then opens", "[ui][unlock][upgrade]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("ws"));
    createWorkspace(dir, kPassword);
    {
        Credentials c;
        auto ws = Workspace::open(dir, c, SecureBytes::fromUtf8(kPassword));
        REQUIRE(ws.ok());
        QSqlDatabase db = (*ws)->database();
        // Migration 9 only rebuilds two indexes, so a workspace marked 8 is an honest older workspace.
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
        (*ws)->lock();
    }
    UnlockDialog d(dir);
    d.show();
    ShowSpy spy;
    auto *note = findChild<QLabel>(&d, "upgradeNote");
    CHECK(note->isHidden());
    note->installEventFilter(&spy);
    typePassword(d, kPassword);
    QTest::mouseClick(findChild<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return d.result() == QDialog::Accepted; }));
    CHECK(spy.shown);
    CHECK(note->isHidden());
    std::unique_ptr<Workspace> ws = d.takeWorkspace();
    REQUIRE(ws);
    QSqlDatabase db = ws->database();
    auto version = Schema::userVersion(db);
    REQUIRE(version.ok());
    CHECK(*version == Schema::latestVersion());
    ws->lock();
}
