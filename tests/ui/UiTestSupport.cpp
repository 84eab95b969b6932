#include "ui/UiTestSupport.h"

#include "crypto/SecureBytes.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>

namespace relasi::uitest {

UiTestScope::UiTestScope()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RelasiUiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("Relasi"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    settings.sync();
}

UiTestScope::~UiTestScope()
{
    // Close whatever a test left open so the next one starts clean.
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

QString UiTestScope::path(const QString &name) const
{
    return m_dir.filePath(name);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QString createWorkspace(const QString &directory, const QString &password, const QString &ownerEmail)
{
    WorkspaceCreateParams params;
    params.directory = directory;
    params.ownerName = QStringLiteral("Sari Wulandari");
    params.ownerEmail = ownerEmail;
    params.businessName = QStringLiteral("Toko Uji");
    params.privacyNoticeVersion = 1;
    params.ownerConfirmedAdult = true;
    Result<WorkspaceCreated> created = Workspace::create(params, SecureBytes::fromUtf8(password));
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created->recoveryCode;
}

} // namespace relasi::uitest
