#include "admin/ChangePasswordDialog.h"

#include "common/ErrorMessages.h"
#include "common/PasswordLineEdit.h"
#include "crypto/PasswordStrength.h"
#include "crypto/SecureBytes.h"
#include "main/MainWindow.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"
#include "workspace/PasswordStrengthMeter.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace relasi {

ChangePasswordDialog::ChangePasswordDialog(Workspace &workspace, ServiceContext &services, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_services(services)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Choose your password"));
    auto *intro = new QLabel(tr("You signed in with a temporary password. Choose your own password now; the "
                                "temporary one stops working."),
                             this);
    intro->setWordWrap(true);
    auto field = [this](const char *name, const QString &accessible) {
        auto *e = new PasswordLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setAccessibleName(accessible);
        return e;
    };
    m_current = field("currentPasswordEdit", tr("Temporary password"));
    m_new = field("newPasswordEdit", tr("New password"));
    m_confirm = field("confirmPasswordEdit", tr("Repeat the new password"));
    m_meter = new PasswordStrengthMeter(this);
    m_meter->setObjectName(QStringLiteral("newPasswordMeter"));
    connect(m_new, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_meter->setPassword(text, {m_services.session().name, m_services.session().email});
    });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Temporary password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat it:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set password"));
    m_ok->setObjectName(QStringLiteral("setPasswordButton"));
    m_ok->setAccessibleName(tr("Set password"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Lock"));
    cancel->setObjectName(QStringLiteral("lockInsteadButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ChangePasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_confirm->text()) {
        showError(tr("The two new passwords differ."));
        m_confirm->setFocus();
        return;
    }
    if (m_new->text() == m_current->text()) {
        showError(tr("Choose a password different from the temporary one."));
        m_new->setFocus();
        return;
    }
    if (!evaluatePassword(m_new->text(), {m_services.session().name, m_services.session().email}).acceptable) {
        showError(tr("This password is too easy to guess. Use at least %1 characters, for example a few "
                     "unrelated words.")
                      .arg(PasswordStrength::kMinCharacters));
        m_new->setFocus();
        return;
    }
    // The vault belongs to the Workspace, which is used from this thread only: the key derivation (about
    // a second) runs here behind a wait cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed =
        m_workspace.changePassword(SecureBytes::fromUtf8(m_current->text()), SecureBytes::fromUtf8(m_new->text()));
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showError(changed.code() == ErrorCode::WrongSecret ? tr("The temporary password is not right.")
                                                           : ErrorMessages::forUnlock(changed.error()));
        m_current->setFocus();
        return;
    }
    if (Status s = UserService(m_services).setMustChangePassword(m_services.session().userId, false); !s) {
        showError(tr("Your password was changed, but this could not be recorded: %1").arg(s.error().message));
        return;
    }
    m_current->clear();
    m_new->clear();
    m_confirm->clear();
    QDialog::accept();
}

bool ChangePasswordDialog::promptIfRequired(MainWindow *main)
{
    if (!main || !main->services() || !main->workspace())
        return false;
    ServiceContext &services = *main->services();
    auto me = UserService(services).get(services.session().userId);
    if (!me || !me->mustChangePassword)
        return false;
    auto *dialog = new ChangePasswordDialog(*main->workspace(), services, main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<MainWindow> window(main);
    connect(dialog, &QDialog::rejected, main, [window]() {
        if (window && window->lockAction())
            window->lockAction()->trigger();
    });
    dialog->open();
    return true;
}

} // namespace relasi
