#include "ui/UiTestSupport.h"

#include "crypto/SecureBytes.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

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

void showActivated(QWidget &w, const QSize &size)
{
    w.resize(size);
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowExposed(&w));
}

void runOnNextModal(std::function<void(QWidget *)> fn, const QWidget *alreadyOpen)
{
    auto poll = std::make_shared<std::function<void()>>();
    // The timer's copy of `poll` keeps it alive until a modal widget turns up; then the chain ends.
    *poll = [fn = std::move(fn), alreadyOpen, weak = std::weak_ptr<std::function<void()>>(poll)] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != alreadyOpen) {
            fn(modal);
            return;
        }
        if (auto self = weak.lock())
            QTimer::singleShot(10, [self] { (*self)(); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(); });
}

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("RELASI_SHOTS_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

LocaleScope::LocaleScope(const QLocale &locale)
{
    QLocale::setDefault(locale);
}

LocaleScope::~LocaleScope()
{
    QLocale::setDefault(m_previous);
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
