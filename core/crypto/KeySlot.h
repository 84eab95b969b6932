#pragma once

#include "crypto/Kdf.h"

#include <QByteArray>
#include <QString>

namespace relasi {

// One way into a workspace: the data key wrapped (XChaCha20-Poly1305) under a key derived (Argon2id) from a
// user's password or from the recovery code.
struct KeySlot {
    QString id; // UUID
    QString kind; // "password" | "recovery"
    QString userId; // users.id (empty for recovery)
    QByteArray userHint; // keyed BLAKE2b of the lower-cased e-mail (KeyVault::userHintFor); empty for recovery
    bool isDefault = false; // the owner's slot, used when no user is named
    KdfParams kdf;
    QByteArray nonce; // XChaCha20-Poly1305 IETF nonce (24 bytes)
    QByteArray wrappedKey; // ciphertext + tag of the 32-byte data key (48 bytes)
    qint64 createdAtMs = 0;

    static QString passwordKind() { return QStringLiteral("password"); }
    static QString recoveryKind() { return QStringLiteral("recovery"); }
};

} // namespace relasi
