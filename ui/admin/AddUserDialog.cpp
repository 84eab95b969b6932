#include "admin/AddUserDialog.h"

#include "common/RoleNames.h"
#include "domain/EmailAddress.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace relasi {

AddUserDialog::AddUserDialog(const Workspace &workspace, QWidget *parent)
    : ConfirmPasswordDialog(workspace,
                            tr("The new user gets a temporary password, shown once after this step. They choose "
                               "their own password the first time they sign in."),
                            tr("Add user"), parent)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("userEmailEdit"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("userPhoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setPlaceholderText(tr("Optional"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("userRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (Role r : {Role::Sales, Role::Manager, Role::Viewer, Role::Owner})
        m_role->addItem(roleDisplayName(r), int(r));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&E-mail:"), m_email);
    form()->addRow(tr("P&hone:"), m_phone);
    form()->addRow(tr("&Role:"), m_role);
    m_name->setFocus();
}

QString AddUserDialog::name() const
{
    return m_name->text().trimmed();
}

QString AddUserDialog::email() const
{
    return m_email->text().trimmed();
}

QString AddUserDialog::phone() const
{
    return m_phone->text().trimmed();
}

Role AddUserDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

bool AddUserDialog::validateFields()
{
    if (name().isEmpty()) {
        showError(tr("Enter the user's name."));
        m_name->setFocus();
        return false;
    }
    if (!EmailAddress::normalize(email())) {
        showError(tr("Enter a valid e-mail address; the user signs in with it."));
        m_email->setFocus();
        return false;
    }
    return true;
}

} // namespace relasi
