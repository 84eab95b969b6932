#include "admin/UsersPage.h"

#include "admin/AddUserDialog.h"
#include "admin/ConfirmPasswordDialog.h"
#include "admin/OneTimeSecretDialog.h"
#include "common/RoleNames.h"
#include "crypto/SecureBytes.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relasi {

namespace {
enum Column { NameColumn, EmailColumn, RoleColumn, StateColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kRoleRole = Qt::UserRole + 2;
constexpr int kActiveRole = Qt::UserRole + 3;

QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

UsersPage::UsersPage(ServiceContext &services, Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_services(services), m_workspace(workspace)
{
    setObjectName(QStringLiteral("usersPage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("usersTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("usersList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    m_add = button(this, "addUserButton");
    m_add->setIcon(QIcon(QStringLiteral(":/relasi/icons/plus.svg")));
    m_role = button(this, "changeRoleButton");
    m_disable = button(this, "disableUserButton");
    m_recovery = button(this, "recoveryCodeButton");
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_role);
    buttons->addWidget(m_disable);
    buttons->addStretch(1);
    buttons->addWidget(m_recovery);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::disableUser);
    connect(m_recovery, &QPushButton::clicked, this, &UsersPage::regenerateRecoveryCode);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &UsersPage::updateButtons);
    connect(&services.notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("user"))
            reload();
    });
    retranslate();
    reload();
}

QString UsersPage::selectedUserId() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toString() : QString();
}

void UsersPage::selectUser(const QString &userId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, kIdRole).toString() == userId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void UsersPage::reload()
{
    const QString selected = selectedUserId();
    m_list->clear();
    auto users = UserService(m_services).list(true);
    if (!users) {
        showMessage(tr("The users could not be read: %1").arg(users.error().message), true);
        return;
    }
    for (const User &u : *users) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, u.name);
        item->setText(EmailColumn, u.email);
        item->setText(RoleColumn, roleDisplayName(u.role));
        QString state = u.active ? tr("Active") : tr("Disabled");
        if (u.active && u.mustChangePassword)
            state = tr("Active, temporary password");
        item->setText(StateColumn, state);
        item->setData(NameColumn, kIdRole, u.id);
        item->setData(NameColumn, kRoleRole, int(u.role));
        item->setData(NameColumn, kActiveRole, u.active);
        if (!u.active) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int c = 0; c < ColumnCount; ++c)
        m_list->resizeColumnToContents(c);
    selectUser(selected);
    updateButtons();
}

void UsersPage::updateButtons()
{
    const bool canManage = m_workspace && Policy::allows(m_services.session(), Permission::ManageUsers);
    QTreeWidgetItem *item = m_list->currentItem();
    const bool active = item && item->data(NameColumn, kActiveRole).toBool();
    const bool self = item && item->data(NameColumn, kIdRole).toString() == m_services.session().userId;
    m_add->setEnabled(canManage);
    m_role->setEnabled(canManage && active);
    m_disable->setEnabled(canManage && active && !self);
    m_recovery->setEnabled(canManage);
}

void UsersPage::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!message.isEmpty());
}

void UsersPage::addUser()
{
    if (!m_workspace)
        return;
    auto *dialog = new AddUserDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        finishAddUser(dialog->name(), dialog->email(), dialog->phone(), int(dialog->role()));
    });
    dialog->open();
}

void UsersPage::finishAddUser(const QString &name, const QString &email, const QString &phone, int role)
{
    UserService users(m_services);
    auto id = users.addUser(name, email, phone, Role(role));
    if (!id) {
        showMessage(id.code() == ErrorCode::Conflict ? tr("A user with this e-mail address exists already.")
                                                     : tr("The user could not be added: %1").arg(id.error().message),
                    true);
        return;
    }
    const QString temporary = UserService::generateTemporaryPassword();
    // The vault belongs to the Workspace, used from this thread only: the key derivation runs here.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status slot = m_workspace->addUserSlot(*id, email, SecureBytes::fromUtf8(temporary));
    QApplication::restoreOverrideCursor();
    if (!slot) {
        // Without a key slot the user could never sign in: take the row back out of use.
        (void)users.disable(*id, nullptr);
        showMessage(tr("The user could not be given a password: %1").arg(slot.error().message), true);
        return;
    }
    if (Status s = users.setMustChangePassword(*id, true); !s)
        showMessage(tr("The user was added, but the temporary password is not marked: %1").arg(s.error().message),
                    true);
    else
        showMessage(tr("%1 was added. Give them the temporary password in person.").arg(name), false);
    reload();
    selectUser(*id);
    showSecret(tr("Temporary password"),
               tr("%1 signs in with the e-mail address %2 and this temporary password, then chooses their own. "
                  "It is shown only now.")
                   .arg(name, email),
               temporary, tr("I have passed it on"));
}

void UsersPage::changeRole()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!m_workspace || !item)
        return;
    const QString userId = item->data(NameColumn, kIdRole).toString();
    auto *dialog = new ConfirmPasswordDialog(*m_workspace, tr("Change the role of %1.").arg(item->text(NameColumn)),
                                             tr("Change role"), this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->setWindowTitle(tr("Change role"));
    auto *combo = new QComboBox(dialog);
    combo->setObjectName(QStringLiteral("newRoleCombo"));
    combo->setAccessibleName(tr("New role"));
    for (Role r : {Role::Owner, Role::Manager, Role::Sales, Role::Viewer})
        combo->addItem(roleDisplayName(r), int(r));
    combo->setCurrentIndex(combo->findData(item->data(NameColumn, kRoleRole)));
    dialog->form()->addRow(tr("New &role:"), combo);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, userId, combo]() {
        Status s = UserService(m_services).changeRole(userId, Role(combo->currentData().toInt()));
        if (!s)
            showMessage(s.code() == ErrorCode::Conflict ? tr("The workspace needs at least one active owner.")
                                                        : tr("The role could not be changed: %1").arg(s.error().message),
                        true);
        else
            showMessage(tr("The role was changed. It applies from the user's next sign-in."), false);
        reload();
    });
    dialog->open();
}

void UsersPage::disableUser()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!m_workspace || !item)
        return;
    const QString userId = item->data(NameColumn, kIdRole).toString();
    const QString name = item->text(NameColumn);
    auto *dialog = new ConfirmPasswordDialog(
        *m_workspace,
        tr("Disable %1? They can no longer sign in on this computer: their password is removed from the "
           "workspace. Their records stay.")
            .arg(name),
        tr("Disable user"), this);
    dialog->setObjectName(QStringLiteral("disableUserDialog"));
    dialog->setWindowTitle(tr("Disable user"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, userId, name]() {
        Status s = UserService(m_services).disable(userId, m_workspace);
        if (!s)
            showMessage(s.code() == ErrorCode::Conflict ? tr("You cannot disable yourself or the last owner.")
                                                        : tr("The user could not be disabled: %1").arg(s.error().message),
                        true);
        else
            showMessage(tr("%1 was disabled.").arg(name), false);
        reload();
    });
    dialog->open();
}

void UsersPage::regenerateRecoveryCode()
{
    if (!m_workspace)
        return;
    auto *dialog = new ConfirmPasswordDialog(
        *m_workspace,
        tr("Make a new recovery code? The old code stops working at once. Store the new one somewhere safe, "
           "away from this computer."),
        tr("Make new code"), this);
    dialog->setObjectName(QStringLiteral("recoveryCodeConfirmDialog"));
    dialog->setWindowTitle(tr("New recovery code"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this]() {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto code = m_workspace->regenerateRecoveryCode();
        QApplication::restoreOverrideCursor();
        if (!code) {
            showMessage(tr("No new recovery code was made: %1").arg(code.error().message), true);
            return;
        }
        if (Status s = UserService(m_services).recordRecoveryCodeRegenerated(); !s)
            showMessage(tr("A new recovery code was made, but it could not be recorded in the audit log: %1")
                            .arg(s.error().message),
                        true);
        else
            showMessage(tr("A new recovery code was made; the old one no longer works."), false);
        showSecret(tr("New recovery code"),
                   tr("With this code the workspace can be opened if every password is forgotten. Write it down "
                      "or print it and keep it safe. It is shown only now."),
                   *code, tr("I have stored it"));
    });
    dialog->open();
}

void UsersPage::showSecret(const QString &title, const QString &explanation, const QString &secret,
                           const QString &confirmation)
{
    auto *dialog = new OneTimeSecretDialog(title, explanation, secret, confirmation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    Q_EMIT secretShown(dialog);
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void UsersPage::retranslate()
{
    m_title->setText(tr("Users"));
    m_list->setHeaderLabels({tr("Name"), tr("E-mail"), tr("Role"), tr("State")});
    m_list->setAccessibleName(tr("Users"));
    m_add->setText(tr("&Add user…"));
    m_add->setAccessibleName(tr("Add user"));
    m_role->setText(tr("Change &role…"));
    m_role->setAccessibleName(tr("Change role"));
    m_disable->setText(tr("&Disable…"));
    m_disable->setAccessibleName(tr("Disable user"));
    m_recovery->setText(tr("New recovery &code…"));
    m_recovery->setAccessibleName(tr("New recovery code"));
}

} // namespace relasi
