#include "app/AppController.h"

#include "admin/ChangePasswordDialog.h"
#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "app/UiResources.h"
#include "common/BackgroundTask.h"
#include "common/ClipboardGuard.h"
#include "common/ErrorMessages.h"
#include "crypto/SecureBytes.h"
#include "main/IdleLockWatcher.h"
#include "main/MainWindow.h"
#include "privacy/PrivacyNotice.h"
#include "services/ServiceContext.h"
#include "settings/SettingsDialog.h"
#include "welcome/WelcomeWindow.h"
#include "workspace/CreateWorkspaceWizard.h"
#include "workspace/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QJsonObject>
#include <QMessageBox>
#include <QStandardPaths>

namespace relasi {

QString AppController::demoPassword()
{
    return QStringLiteral("demo-relasi-2026");
}

QString AppController::demoDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo"));
}

AppController::AppController(QObject *parent) : QObject(parent)
{
    initUiResources();
    m_language = new LanguageManager(this);
    m_language->applyFromSettings();
    m_idle = new IdleLockWatcher(this);
    connect(m_idle, &IdleLockWatcher::idleTimeout, this, [this]() {
        lock(tr("The workspace was locked because nobody used it for a while."));
    });
}

AppController::~AppController()
{
    m_idle->stop();
    delete m_main;
    delete m_unlock;
    delete m_wizard;
    delete m_welcome;
    if (m_workspace)
        m_workspace->lock();
    ClipboardGuard::clearIfOurs();
}

WelcomeWindow *AppController::welcomeWindow() const
{
    return m_welcome;
}

CreateWorkspaceWizard *AppController::wizard() const
{
    return m_wizard;
}

UnlockDialog *AppController::unlockDialog() const
{
    return m_unlock;
}

MainWindow *AppController::mainWindow() const
{
    return m_main;
}

void AppController::start(const QString &workspaceDirectory)
{
    if (workspaceDirectory.isEmpty())
        showWelcome();
    else
        openWorkspace(workspaceDirectory);
}

void AppController::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomeWindow;
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_welcome, &WelcomeWindow::createRequested, this, &AppController::startCreateWizard);
        connect(m_welcome, &WelcomeWindow::openRequested, this,
                [this](const QString &dir) { openWorkspace(dir); });
        connect(m_welcome, &WelcomeWindow::demoRequested, this, &AppController::openDemo);
        connect(m_welcome, &WelcomeWindow::languageChosen, this, &AppController::setLanguage);
    }
    m_welcome->setRecentWorkspaces(AppSettings::recentWorkspaces());
    m_welcome->setCurrentLanguage(AppSettings::language());
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

void AppController::closeWelcome()
{
    if (m_welcome)
        m_welcome->close();
}

void AppController::startCreateWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_wizard = new CreateWorkspaceWizard(m_welcome);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &CreateWorkspaceWizard::workspaceCreated, this, [](const QString &dir) {
        AppSettings::addRecentWorkspace(dir);
        AppSettings::setSeenPrivacyNoticeVersion(kPrivacyNoticeVersion);
    });
    connect(m_wizard, &QDialog::finished, this, &AppController::onWizardFinished);
    m_wizard->show();
}

void AppController::onWizardFinished(int result)
{
    auto *wizard = qobject_cast<CreateWorkspaceWizard *>(sender());
    if (!wizard || result != QDialog::Accepted)
        return;
    const QString dir = wizard->createdDirectory();
    std::optional<UnlockToken> token = wizard->takeUnlockToken();
    if (token && token->isValid()) {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(std::move(*token));
        if (opened.ok()) {
            m_directory = dir;
            showMainWindow(std::move(opened).value(), false);
            return;
        }
    }
    // The workspace exists but could not be opened in one go: ask for the password as usual.
    openWorkspace(dir);
}

void AppController::openWorkspace(const QString &directory, const QString &infoMessage)
{
    if (!Workspace::exists(directory)) {
        showWelcome();
        m_welcome->showError(ErrorMessages::forUnlock(Error(ErrorCode::NotFound, QString())));
        return;
    }
    if (m_unlock)
        m_unlock->deleteLater();
    m_directory = QDir::cleanPath(directory);
    m_demo = QDir::cleanPath(m_directory) == QDir::cleanPath(demoDirectory());
    m_unlock = new UnlockDialog(m_directory);
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    m_unlock->setWindowIcon(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")));
    m_unlock->setInfoMessage(infoMessage);
    if (m_demo)
        m_unlock->setDemoPassword(demoPassword());
    connect(m_unlock, &QDialog::finished, this, &AppController::onUnlockFinished);
    if (m_welcome)
        m_welcome->clearMessage();
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void AppController::onUnlockFinished(int result)
{
    auto *dialog = qobject_cast<UnlockDialog *>(sender());
    if (!dialog)
        return;
    if (result != QDialog::Accepted) {
        if (!m_main)
            showWelcome();
        return;
    }
    std::unique_ptr<Workspace> workspace = dialog->takeWorkspace();
    if (!workspace) {
        showWelcome();
        return;
    }
    AppSettings::addRecentWorkspace(workspace->directory());
    showMainWindow(std::move(workspace), m_demo);
}

void AppController::openDemo()
{
    const QString dir = demoDirectory();
    if (Workspace::exists(dir)) {
        openWorkspace(dir);
        return;
    }
    showWelcome();
    m_welcome->setBusy(true, tr("Creating the demo workspace…"));
    WorkspaceCreateParams params;
    params.directory = dir;
    params.ownerName = tr("Demo Owner");
    params.ownerEmail = QStringLiteral("demo@example.com");
    params.businessName = QStringLiteral("Toko Demo");
    params.privacyNoticeVersion = kPrivacyNoticeVersion;
    params.ownerConfirmedAdult = true;
    const QString password = demoPassword();
    BackgroundTask::run<Result<WorkspaceCreated>>(
        this,
        [params, password]() {
            return Workspace::create(params, SecureBytes::fromUtf8(password));
        },
        [this, dir](Result<WorkspaceCreated> created) {
            if (m_welcome)
                m_welcome->setBusy(false);
            if (!created.ok()) {
                showWelcome();
                m_welcome->showError(ErrorMessages::forCreate(created.error()));
                return;
            }
            // The demo's recovery code is deliberately not shown: the password is public anyway.
            openWorkspace(dir);
        });
}

void AppController::showMainWindow(std::unique_ptr<Workspace> workspace, bool demo)
{
    m_workspace = std::move(workspace);
    m_demo = demo;
    m_main = new MainWindow(m_workspace.get());
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    m_main->setDemo(demo);
    connect(m_main, &MainWindow::lockRequested, this, [this]() { lock(); });
    connect(m_main, &MainWindow::settingsRequested, this, &AppController::showSettings);
    // Closing the main window ends the session: lock, so the key does not outlive the window.
    connect(m_main, &QObject::destroyed, this, [this]() {
        m_idle->stop();
        if (m_workspace) {
            m_workspace->lock();
            m_workspace.reset();
        }
    });
    m_main->show();
    closeWelcome();
    applyIdleInterval();
    m_idle->start();
    announcePrivacyChanges();
    Q_EMIT unlocked();
    ChangePasswordDialog::promptIfRequired(m_main); // a temporary password from the owner: choose one now
}

void AppController::lock(const QString &reason)
{
    m_idle->stop();
    if (m_main) {
        MainWindow *main = m_main;
        if (ServiceContext *sc = main->services()) // audited while the key is still held (DESIGN §6)
            (void)sc->audit().append(sc->session().userId, QStringLiteral("lock"), QStringLiteral("user"),
                                     sc->session().userId, QJsonObject{{QStringLiteral("via"), QStringLiteral("gui")}});
        m_main = nullptr;
        main->disconnect(this);
        // Deleted later: lock() may run inside one of the window's own signal emissions.
        main->hide();
        main->releaseWorkspace();
        main->deleteLater();
    }
    if (m_workspace) {
        m_workspace->lock();
        m_workspace.reset();
    }
    ClipboardGuard::clearIfOurs();
    Q_EMIT locked();
    if (!m_directory.isEmpty())
        openWorkspace(m_directory, reason.isEmpty() ? tr("The workspace is locked.") : reason);
    else
        showWelcome();
}

void AppController::setLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    m_language->applyFromSettings();
}

void AppController::showSettings()
{
    auto *dialog = new SettingsDialog(m_main, m_main ? m_main->services() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_language->applyFromSettings();
        applyIdleInterval();
    });
    dialog->open();
}

void AppController::setIdleIntervalOverrideMs(int ms)
{
    m_idleOverrideMs = ms;
    applyIdleInterval();
}

void AppController::applyIdleInterval()
{
    if (m_idleOverrideMs >= 0)
        m_idle->setIntervalMs(m_idleOverrideMs);
    else
        m_idle->setIntervalMinutes(AppSettings::idleLockMinutes());
}

void AppController::announcePrivacyChanges()
{
    // The version the owner accepted is stored in the workspace itself, so it travels with the data.
    const int seen = m_workspace ? m_workspace->acceptedPrivacyNoticeVersion() : AppSettings::seenPrivacyNoticeVersion();
    if (seen >= kPrivacyNoticeVersion)
        return;
    AppSettings::setSeenPrivacyNoticeVersion(kPrivacyNoticeVersion);
    if (m_workspace && !m_workspace->recordPrivacyNoticeAccepted(kPrivacyNoticeVersion).ok())
        return;
    if (seen == 0)
        return; // nothing accepted before (e.g. made by relasi-cli init): no older notice to compare with
    auto *box = new QMessageBox(QMessageBox::Information, tr("The privacy notice has changed"),
                                tr("Relasi's privacy notice has been updated. What changed:"), QMessageBox::Ok,
                                m_main);
    box->setObjectName(QStringLiteral("privacyChangesBox"));
    box->setInformativeText(PrivacyNotice::changesSince(seen));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace relasi
