#include "ui/UiTestSupport.h"

#include "app/AppController.h"
#include "main/MainWindow.h"
#include "services/AuditLog.h"
#include "services/ServiceContext.h"
#include "workspace/SignInAttempts.h"
#include "workspace/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QPushButton>

using namespace relasi;
using namespace relasi::uitest;

namespace {

const QString kPassword = QStringLiteral("nasi goreng kampung 2026");

void typeAndUnlock(AppController &controller, const QString &password)
{
    UnlockDialog *d = controller.unlockDialog();
    REQUIRE(d);
    auto *edit = findChild<QLineEdit>(d, "passwordEdit");
    edit->clear();
    QTest::keyClicks(edit, password);
    QTest::mouseClick(findChild<QPushButton>(d, "unlockButton"), Qt::LeftButton);
}

QList<AuditEntry> entries(MainWindow *main, const QString &action)
{
    REQUIRE(main->services());
    AuditFilter f;
    f.action = action;
    auto list = main->services()->audit().list(f);
    REQUIRE(list.ok());
    return *list;
}

} // namespace

TEST_CASE("Unlock dialog: a wrong password is audited at the next sign-in, and Lock is audited", "[ui][signin][audit]")
{
    UiTestScope scope;
    const QString dir = scope.path(QStringLiteral("toko"));
    createWorkspace(dir, kPassword);
    AppController controller;
    controller.start(dir);

    typeAndUnlock(controller, QStringLiteral("bukan sandinya"));
    REQUIRE(waitFor([&] { return QFile::exists(SignInAttempts::filePath(dir)); }));
    REQUIRE(waitFor([&] { return !controller.unlockDialog()->isBusy(); }));
    CHECK(controller.mainWindow() == nullptr);
    auto pending = SignInAttempts::pending(dir);
    REQUIRE(pending.ok());
    REQUIRE(pending->attempts.size() == 1);
    CHECK(pending->attempts.constFirst().via == QLatin1String("gui"));

    typeAndUnlock(controller, kPassword);
    REQUIRE(waitFor([&] { return controller.mainWindow() != nullptr; }));
    const QList<AuditEntry> failed = entries(controller.mainWindow(), QStringLiteral("sign_in_failed"));
    REQUIRE(failed.size() == 1);
    CHECK(failed.constFirst().details.value(QStringLiteral("via")).toString() == QLatin1String("gui"));
    CHECK(failed.constFirst().userId.isEmpty());
    CHECK_FALSE(QFile::exists(SignInAttempts::filePath(dir)));
    CHECK(entries(controller.mainWindow(), QStringLiteral("lock")).isEmpty());

    controller.lock();
    REQUIRE(controller.mainWindow() == nullptr);
    typeAndUnlock(controller, kPassword);
    REQUIRE(waitFor([&] { return controller.mainWindow() != nullptr; }));
    const QList<AuditEntry> locks = entries(controller.mainWindow(), QStringLiteral("lock"));
    REQUIRE(locks.size() == 1);
    CHECK(locks.constFirst().userId == controller.mainWindow()->services()->session().userId);
    CHECK(entries(controller.mainWindow(), QStringLiteral("sign_in_failed")).size() == 1);
    auto v = controller.mainWindow()->services()->audit().verify();
    REQUIRE(v.ok());
    CHECK(v->ok);
}
