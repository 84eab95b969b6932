#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QString>

namespace relasi {

class KeyVault;
class SecureBytes;

// The key slots of an unlocked workspace's vault (DESIGN §3, docs/security.md): a password change rewraps
// one slot, adding or removing a user adds or removes that user's slot, a new recovery code rewraps (or
// adds) the recovery slot. The database is never re-encrypted. Each change is saved to the vault file at
// once (atomically, with a new MAC under the data key). A short-lived view over the workspace's vault and
// data key, which must outlive it; Workspace checks that it holds the key before making one.
class WorkspaceKeySlots
{
public:
    WorkspaceKeySlots(KeyVault &vault, const SecureBytes &dataKey, QString vaultPath);

    // The signed-in user's password slot, after checking currentPassword on it (WrongSecret). NotFound: the
    // user has no password slot.
    Status changePassword(const QString &userId, const SecureBytes &currentPassword, const SecureBytes &newPassword);
    // Conflict: the e-mail has a slot already.
    Status addUserSlot(const QString &userId, const QString &email, const SecureBytes &password);
    // Every password slot of the user. NotFound: none.
    Status removeUserSlot(const QString &userId);
    // The new recovery code (shown once); the old one stops working.
    Result<QString> regenerateRecoveryCode();
    // Sets a new password on the owner's (default) slot without the old one: recovery. VaultDamaged: no owner
    // slot.
    Status setOwnerPassword(const SecureBytes &newPassword);

    QList<KeySlotInfo> list() const;

    // KDF parameters as costly as `like`, with a fresh random salt.
    static KdfParams paramsLike(const KdfParams &like);

private:
    Status save() const;

    KeyVault &m_vault;
    const SecureBytes &m_dataKey;
    QString m_vaultPath;
};

} // namespace relasi
