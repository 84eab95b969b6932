#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace relasi {

// Recovery codes: 20 random bytes (160 bits) written in Crockford base32 as 8 groups of 4 characters
// joined by '-', e.g. "7K3M-0QZ4-...". The secret that keys the recovery slot is the 20 decoded bytes.
class RecoveryCode
{
public:
    static constexpr size_t kSecretBytes = 20;
    static constexpr int kCharacters = 32; // 160 bits / 5 bits per character, no padding
    static constexpr int kGroupSize = 4;

    // A fresh code for display; *secretOut (if given) receives the bytes normalize() returns for it.
    static QString generate(SecureBytes *secretOut);

    // The secret a typed code stands for: uppercases, drops spaces and dashes, reads I/L as 1 and O as 0.
    // Returns an empty SecureBytes if the code is malformed (wrong length or characters).
    static SecureBytes normalize(const QString &typed);
};

} // namespace relasi
