#pragma once

#include "admin/ConfirmPasswordDialog.h"
#include "services/Session.h"

class QComboBox;
class QLineEdit;

namespace relasi {

// Name, e-mail, phone and role of a new user, confirmed with the owner's password. The page adds the user
// (and their key slot) after accept.
class AddUserDialog : public ConfirmPasswordDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(const Workspace &workspace, QWidget *parent = nullptr);

    QString name() const;
    QString email() const;
    QString phone() const;
    Role role() const;

protected:
    bool validateFields() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_role = nullptr;
};

} // namespace relasi
