#pragma once

#include <QString>
#include <QStringList>

namespace relasi {

// How hard a password is to guess, estimated with zxcvbn (libzxcvbn).
//   score: 0 (<25 bits), 1 (<45), 2 (<60), 3 (<80), 4 (80 bits and more)
//   acceptable: at least kMinCharacters characters AND at least kMinEntropyBits bits.
// userInputs (the user's name, e-mail, business name, ...) join zxcvbn's dictionary, so a password built from
// them counts as weak.
struct PasswordStrength {
    static constexpr int kMinCharacters = 10;
    static constexpr double kMinEntropyBits = 45.0;

    int score = 0;
    double entropyBits = 0;
    bool acceptable = false;
};

PasswordStrength evaluatePassword(const QString &password, const QStringList &userInputs = {});

} // namespace relasi
