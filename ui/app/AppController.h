#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace relasi {

class CreateWorkspaceWizard;
class IdleLockWatcher;
class LanguageManager;
class MainWindow;
class UnlockDialog;
class WelcomeWindow;
class Workspace;

// The user flow of the desktop app: Welcome → (Create wizard | Unlock dialog) → Main window, and back to the
// Unlock dialog on lock (manual or idle). Owns the open Workspace; windows only borrow it. Dialogs are
// shown with show()/open(), never exec(), so the flow can be driven by tests.
class AppController : public QObject
{
    Q_OBJECT

public:
    static QString demoPassword();
    static QString demoDirectory();

    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    // Shows the welcome window, or the unlock dialog straight away when `workspaceDirectory` is given.
    void start(const QString &workspaceDirectory = QString());

    void showWelcome();
    void startCreateWizard();
    void openWorkspace(const QString &directory, const QString &infoMessage = QString());
    void openDemo();
    // Closes the main window and its views, wipes the key, clears our clipboard data, asks to unlock again.
    void lock(const QString &reason = QString());
    void setLanguage(const QString &code);
    void showSettings();

    // For tests: an idle-lock interval in milliseconds instead of the minutes from the settings (-1: none).
    void setIdleIntervalOverrideMs(int ms);

    WelcomeWindow *welcomeWindow() const;
    CreateWorkspaceWizard *wizard() const;
    UnlockDialog *unlockDialog() const;
    MainWindow *mainWindow() const;
    Workspace *workspace() const { return m_workspace.get(); }
    IdleLockWatcher *idleWatcher() const { return m_idle; }
    LanguageManager *languageManager() const { return m_language; }

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    void showMainWindow(std::unique_ptr<Workspace> workspace, bool demo);
    void onWizardFinished(int result);
    void onUnlockFinished(int result);
    void applyIdleInterval();
    void announcePrivacyChanges();
    void closeWelcome();

    LanguageManager *m_language = nullptr;
    IdleLockWatcher *m_idle = nullptr;
    QPointer<WelcomeWindow> m_welcome;
    QPointer<CreateWorkspaceWizard> m_wizard;
    QPointer<UnlockDialog> m_unlock;
    QPointer<MainWindow> m_main;
    std::unique_ptr<Workspace> m_workspace;
    QString m_directory;
    bool m_demo = false;
    int m_idleOverrideMs = -1;
};

} // namespace relasi
