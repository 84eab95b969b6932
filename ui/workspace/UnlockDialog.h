#pragma once

#include "workspace/Workspace.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace relasi {

class CapsLockDetector;
class PasswordLineEdit;
class PasswordStrengthMeter;

// Opens one workspace folder: with a password (optionally another user's e-mail), or with the recovery
// code plus a new password. The key derivation runs on a worker thread while the dialog stays responsive;
// the opened Workspace is then available through takeWorkspace() after accept.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kFailuresBeforeDelay = 5;

    explicit UnlockDialog(const QString &directory, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    QString directory() const { return m_directory; }
    // A line above the form, e.g. why the workspace was locked.
    void setInfoMessage(const QString &message);
    // The demo workspace: its well-known password is filled in and the dialog says it is a demo.
    void setDemoPassword(const QString &password);
    void setRecoveryMode(bool on);
    bool isRecoveryMode() const { return m_recoveryMode; }
    bool isBusy() const { return m_busy; }
    int failedAttempts() const { return m_failures; }

    std::unique_ptr<Workspace> takeWorkspace();

public Q_SLOTS:
    void unlock();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void setBusy(bool busy);
    void showError(const QString &message);
    void finishUnlock(Result<UnlockToken> token);
    void upgradeThenOpen(UnlockToken token);
    void openUnlocked(UnlockToken token);
    void updateUnlockEnabled();
    void tickDelay();

    QString m_directory;
    QLabel *m_title = nullptr;
    QLabel *m_workspace = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_demoNote = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_email = nullptr;
    PasswordLineEdit *m_password = nullptr;
    QLabel *m_capsLock = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_newPasswordLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_code = nullptr;
    PasswordLineEdit *m_newPassword = nullptr;
    PasswordLineEdit *m_confirm = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QPushButton *m_recoveryToggle = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_upgradeNote = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    CapsLockDetector *m_capsDetector = nullptr;
    QTimer *m_delayTimer = nullptr;

    std::unique_ptr<Workspace> m_opened;
    bool m_recoveryMode = false;
    bool m_busy = false;
    bool m_isDemo = false;
    int m_generation = 0;
    int m_failures = 0;
    int m_delayLeft = 0;
};

} // namespace relasi
