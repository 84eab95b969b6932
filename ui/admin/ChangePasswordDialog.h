#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace relasi {

class MainWindow;
class PasswordLineEdit;
class PasswordStrengthMeter;
class ServiceContext;
class Workspace;

// "Choose your own password": asked at sign-in while users.must_change_password is set (the owner gave a
// temporary one). Rewraps the signed-in user's key slot (Workspace::changePassword) and clears the flag.
// Rejecting it leaves the flag set; the caller then locks.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Workspace &workspace, ServiceContext &services, QWidget *parent = nullptr);

    // Opens the dialog (window-modal over `main`) when the signed-in user must change their password, and
    // locks through the window's lock action if they cancel. Returns whether it was opened.
    static bool promptIfRequired(MainWindow *main);

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);

    Workspace &m_workspace;
    ServiceContext &m_services;
    PasswordLineEdit *m_current = nullptr;
    PasswordLineEdit *m_new = nullptr;
    PasswordLineEdit *m_confirm = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace relasi
