#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace relasi {

class OwnerPasswordCheck;
class PasswordLineEdit;
class Workspace;

// Asks the signed-in owner for their password again before a sensitive action. Subclasses (or callers)
// add fields to form(); OK first runs validateFields(), then checks the password off the GUI thread and
// accepts only when it is right. The action itself is the caller's, on accepted().
class ConfirmPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmPasswordDialog(const Workspace &workspace, const QString &message, const QString &confirmText,
                          QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    PasswordLineEdit *passwordEdit() const { return m_password; }
    QPushButton *confirmButton() const { return m_confirm; }
    bool isChecking() const;
    void showError(const QString &message);

public Q_SLOTS:
    void accept() override;

protected:
    // Fields the subclass added; return false (after showError) to stay open.
    virtual bool validateFields() { return true; }

private:
    void setChecking(bool checking);

    const Workspace &m_workspace;
    QLabel *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    PasswordLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    OwnerPasswordCheck *m_check = nullptr;
};

} // namespace relasi
