#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/KeySlot.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relasi {

// relasi.vault: the workspace's key slots, as JSON (format version, workspace id, cipher settings, slots and
// a MAC). Binary fields are base64. The data key itself is never stored, only wrapped per slot.
//
// Opening a workspace: load() -> findSlotForUser()/defaultSlot()/recoverySlot() -> unwrap() -> verifyMac()
// with the unwrapped key. verifyMac() is what detects slots added, removed or edited by someone without the
// data key; unwrap() alone only proves the one slot.
//
// Each slot's AEAD associated data binds the workspace id, the slot id, the slot kind and its user id, so a
// slot cannot be moved to another workspace or re-labelled as another user's.
class KeyVault
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr size_t kDataKeyBytes = 32;
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    static KeyVault createNew(const QString &workspaceId);

    // VaultMissing if absent; VaultDamaged if unparseable, truncated, missing fields, malformed values or an
    // unknown newer format; Io if it exists but cannot be read. Never trusts the file: every field is checked.
    static Result<KeyVault> load(const QString &path);

    // Writes atomically (QSaveFile) with a MAC keyed by a subkey of dataKey; afterwards this object's MAC is
    // the one written, so verifyMac(dataKey) succeeds on it.
    Status save(const QString &path, const SecureBytes &dataKey) const;

    QString workspaceId() const { return m_workspaceId; }
    int formatVersion() const { return m_formatVersion; }
    const QList<KeySlot> &slots() const { return m_slots; }

    // Keyed BLAKE2b-256 of the trimmed, lower-cased e-mail; the key is derived from the workspace id.
    static QByteArray userHintFor(const QString &workspaceId, const QString &email);

    // Wraps dataKey under Argon2id(secret) with params (a fresh salt is always drawn; params.salt is ignored).
    // kind "password" needs userId and email; kind "recovery" takes neither and cannot be the default.
    // Errors: Usage (malformed arguments), Conflict (a second default or recovery slot, or a second slot for
    // the same e-mail), VaultDamaged (params outside the floor/bounds). Returns the new slot id.
    Result<QString> addSlot(const QString &kind, const QString &userId, const QString &email, bool isDefault,
        const SecureBytes &secret, const SecureBytes &dataKey, const KdfParams &params);

    // NotFound if no such slot; Usage when it is the last slot (the workspace could never be opened again).
    Status removeSlot(const QString &slotId);

    // Wraps dataKey again under newSecret, with a fresh salt and nonce (password change, new recovery code).
    Status rewrapSlot(
        const QString &slotId, const SecureBytes &newSecret, const SecureBytes &dataKey, const KdfParams &params);

    const KeySlot *findSlotForUser(const QString &email) const; // password slot by hint; nullptr if none
    const KeySlot *defaultSlot() const;
    const KeySlot *recoverySlot() const;

    // The data key. WrongSecret when the AEAD tag fails (wrong secret, or the slot belongs to another
    // workspace or was edited); VaultDamaged when the slot's fields are malformed or its KDF parameters are
    // below the floor.
    Result<SecureBytes> unwrap(const KeySlot &slot, const SecureBytes &secret) const;

    // VaultDamaged if the vault was altered (slots added/removed/edited, settings changed) by someone without
    // the data key, or if it carries no MAC yet (never saved or loaded).
    Status verifyMac(const SecureBytes &dataKey) const;

private:
    KeyVault() = default;

    QByteArray macInput() const;
    Result<QByteArray> computeMac(const SecureBytes &dataKey) const;
    QByteArray associatedData(const KeySlot &slot) const;
    Status wrapInto(
        KeySlot &slot, const SecureBytes &secret, const SecureBytes &dataKey, const KdfParams &params) const;
    int indexOfSlot(const QString &slotId) const;

    int m_formatVersion = kFormatVersion;
    QString m_workspaceId;
    QString m_aead;
    QString m_kdfAlgorithm;
    QList<KeySlot> m_slots;
    mutable QByteArray m_mac; // as last loaded or saved
};

} // namespace relasi
