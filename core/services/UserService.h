#pragma once

#include "common/Result.h"
#include "services/Session.h"

#include <QList>
#include <QString>

namespace relasi {

class ServiceContext;
class Workspace;

struct User {
    QString id;
    QString name;
    QString email; // normalised (lower case)
    QString phone;
    Role role = Role::Viewer;
    bool active = true;
    bool mustChangePassword = false; // signs in with a temporary password and must choose their own
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// The people who may sign in (users table). Changes need Permission::ManageUsers (owner only); every
// signed-in user may list them (owner pickers, assignees). Key slots live in the vault: the caller adds
// one with Workspace::addUserSlot after addUser(); disable() removes it through the Workspace it is given.
class UserService
{
public:
    explicit UserService(ServiceContext &ctx);

    // The new user's id. Invalid (bad e-mail, empty name), Conflict (e-mail already used).
    Result<QString> addUser(const QString &name, const QString &email, const QString &phone, Role role);
    // Conflict when it would leave the workspace without an active owner.
    Status changeRole(const QString &userId, Role role);
    // Marks the user inactive (SessionLoader then refuses them) and, when workspace is given, removes
    // their key slot. Conflict for oneself or the last active owner.
    Status disable(const QString &userId, Workspace *workspace = nullptr);

    // users.must_change_password: set (ManageUsers) after giving someone a temporary password; cleared by the
    // user themselves once they have chosen their own (or by someone with ManageUsers). Audited.
    Status setMustChangePassword(const QString &userId, bool required);

    // Audits that a new recovery code was made (Workspace::regenerateRecoveryCode changes only the vault):
    // action "recovery_code_regenerate". Needs ManageUsers.
    Status recordRecoveryCodeRegenerated();

    // A random temporary password for a new key slot (about 80 bits, four groups of letters and digits
    // without look-alikes, e.g. "k7mq-4xzt-p9wd-3hnc"). Shown once to the owner.
    static QString generateTemporaryPassword();

    Result<QList<User>> list(bool includeDisabled = true);
    Result<User> get(const QString &userId);
    Result<User> findByEmail(const QString &email);

private:
    Result<int> activeOwners();

    ServiceContext &m_ctx;
};

} // namespace relasi
