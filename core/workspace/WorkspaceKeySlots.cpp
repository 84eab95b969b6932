#include "workspace/WorkspaceKeySlots.h"

#include "crypto/KeyVault.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SecureBytes.h"

#include <QStringList>

namespace relasi {

WorkspaceKeySlots::WorkspaceKeySlots(KeyVault &vault, const SecureBytes &dataKey, QString vaultPath)
    : m_vault(vault), m_dataKey(dataKey), m_vaultPath(std::move(vaultPath))
{
}

KdfParams WorkspaceKeySlots::paramsLike(const KdfParams &like)
{
    KdfParams p = Kdf::floorParams(); // fresh random salt
    p.opsLimit = like.opsLimit;
    p.memLimitBytes = like.memLimitBytes;
    return p;
}

Status WorkspaceKeySlots::save() const
{
    return m_vault.save(m_vaultPath, m_dataKey);
}

Status WorkspaceKeySlots::changePassword(const QString &userId, const SecureBytes &currentPassword,
                                         const SecureBytes &newPassword)
{
    const KeySlot *slot = nullptr;
    for (const KeySlot &s : m_vault.slots()) {
        if (s.kind == QLatin1String("password") && s.userId == userId)
            slot = &s;
    }
    if (!slot)
        return Error(ErrorCode::NotFound, QStringLiteral("the signed-in user has no password slot"));
    auto check = m_vault.unwrap(*slot, currentPassword);
    if (!check)
        return check.error();
    Status s = m_vault.rewrapSlot(slot->id, newPassword, m_dataKey, paramsLike(Kdf::calibrate()));
    if (!s)
        return s;
    return save();
}

Status WorkspaceKeySlots::addUserSlot(const QString &userId, const QString &email, const SecureBytes &password)
{
    if (m_vault.findSlotForUser(email.trimmed().toLower()))
        return Error(ErrorCode::Conflict, QStringLiteral("a key slot for %1 exists already").arg(email));
    auto added = m_vault.addSlot(QStringLiteral("password"), userId, email.trimmed().toLower(), false, password,
                                 m_dataKey, Kdf::calibrate());
    if (!added)
        return added.error();
    return save();
}

Status WorkspaceKeySlots::removeUserSlot(const QString &userId)
{
    QStringList ids;
    for (const KeySlot &s : m_vault.slots()) {
        if (s.kind == QLatin1String("password") && s.userId == userId)
            ids << s.id;
    }
    if (ids.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no key slot for that user"));
    for (const QString &id : ids) {
        Status s = m_vault.removeSlot(id);
        if (!s)
            return s;
    }
    return save();
}

Result<QString> WorkspaceKeySlots::regenerateRecoveryCode()
{
    SecureBytes secret;
    const QString code = RecoveryCode::generate(&secret);
    const KeySlot *old = m_vault.recoverySlot();
    Status s;
    if (old) {
        s = m_vault.rewrapSlot(old->id, secret, m_dataKey, Kdf::calibrate());
    } else {
        auto added = m_vault.addSlot(QStringLiteral("recovery"), QString(), QString(), false, secret, m_dataKey,
                                     Kdf::calibrate());
        if (!added)
            s = added.error();
    }
    if (!s)
        return s.error();
    Status saved = save();
    if (!saved)
        return saved.error();
    return code;
}

Status WorkspaceKeySlots::setOwnerPassword(const SecureBytes &newPassword)
{
    const KeySlot *owner = m_vault.defaultSlot();
    if (!owner)
        return Error(ErrorCode::VaultDamaged, QStringLiteral("the vault has no owner slot"));
    Status s = m_vault.rewrapSlot(owner->id, newPassword, m_dataKey, Kdf::calibrate());
    if (!s)
        return s;
    return save();
}

QList<KeySlotInfo> WorkspaceKeySlots::list() const
{
    QList<KeySlotInfo> out;
    for (const KeySlot &s : m_vault.slots()) {
        KeySlotInfo k;
        k.slotId = s.id;
        k.kind = s.kind;
        k.userId = s.userId;
        k.opsLimit = s.kdf.opsLimit;
        k.memLimitBytes = s.kdf.memLimitBytes;
        k.createdAtMs = s.createdAtMs;
        out << k;
    }
    return out;
}

} // namespace relasi
