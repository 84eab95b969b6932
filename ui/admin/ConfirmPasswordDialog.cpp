#include "admin/ConfirmPasswordDialog.h"

#include "admin/OwnerPasswordCheck.h"
#include "common/ErrorMessages.h"
#include "common/PasswordLineEdit.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

ConfirmPasswordDialog::ConfirmPasswordDialog(const Workspace &workspace, const QString &message,
                                             const QString &confirmText, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_check(new OwnerPasswordCheck(this))
{
    m_message = new QLabel(message, this);
    m_message->setObjectName(QStringLiteral("confirmMessageLabel"));
    m_message->setWordWrap(true);
    m_form = new QFormLayout;
    m_password = new PasswordLineEdit(this);
    m_password->setObjectName(QStringLiteral("ownerPasswordEdit"));
    m_password->setAccessibleName(tr("Your password"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("confirmErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    auto *passwordForm = new QFormLayout;
    passwordForm->addRow(tr("Your &password:"), m_password);
    auto *hint = new QLabel(tr("To confirm it is you, enter the password you signed in with."), this);
    hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = m_buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(confirmText);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAccessibleName(confirmText);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfirmPasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addWidget(hint);
    layout->addLayout(passwordForm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

bool ConfirmPasswordDialog::isChecking() const
{
    return m_check->isRunning();
}

void ConfirmPasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConfirmPasswordDialog::setChecking(bool checking)
{
    m_buttons->setEnabled(!checking);
    m_password->setEnabled(!checking);
    if (checking)
        showError(QString());
    m_confirm->setToolTip(checking ? tr("Checking your password…") : QString());
}

void ConfirmPasswordDialog::accept()
{
    if (isChecking())
        return;
    if (!validateFields())
        return;
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password to confirm."));
        m_password->setFocus();
        return;
    }
    setChecking(true);
    m_check->start(m_workspace, m_password->text(), [this](Status status) {
        setChecking(false);
        if (!status) {
            showError(status.code() == ErrorCode::WrongSecret ? tr("That password is not right. Try again.")
                                                              : ErrorMessages::forUnlock(status.error()));
            m_password->setFocus();
            m_password->selectAll();
            return;
        }
        m_password->clear();
        QDialog::accept();
    });
}

} // namespace relasi
