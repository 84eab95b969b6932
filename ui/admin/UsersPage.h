#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace relasi {

class ServiceContext;
class Workspace;

// The Users screen (owner only): who may sign in, with role and state. Add a user (users row + key slot
// with a temporary password shown once), change a role, disable a user (their key slot goes), and make a
// new recovery code (shown once). Each action asks for the owner's password again first.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(ServiceContext &services, Workspace *workspace, QWidget *parent = nullptr);

    QString selectedUserId() const;
    void selectUser(const QString &userId);

public Q_SLOTS:
    void reload();
    void addUser();
    void changeRole();
    void disableUser();
    void regenerateRecoveryCode();

Q_SIGNALS:
    // After a one-time secret dialog is opened (tests read it from there).
    void secretShown(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showMessage(const QString &message, bool error);
    void finishAddUser(const QString &name, const QString &email, const QString &phone, int role);
    void showSecret(const QString &title, const QString &explanation, const QString &secret,
                    const QString &confirmation);

    ServiceContext &m_services;
    Workspace *m_workspace = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_recovery = nullptr;
};

} // namespace relasi
