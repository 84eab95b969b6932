#include "crypto/PasswordStrength.h"

#include "crypto/SecureBytes.h"

#include <QByteArrayList>
#include <QList>
#include <QRegularExpression>

#include <zxcvbn.h>

#include <algorithm>
#include <vector>

namespace relasi {

namespace {

// The dictionary words a user input contributes: the whole input lower-cased, and for anything with
// separators (an e-mail, a full name, "Toko Maju Jaya") each part of at least 3 characters as well.
QByteArrayList userWords(const QStringList &inputs)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QByteArrayList words;
    auto add = [&words](const QString &word) {
        if (word.size() < 3)
            return;
        const QByteArray utf8 = word.toUtf8();
        if (!words.contains(utf8))
            words.append(utf8);
    };
    for (const QString &input : inputs) {
        const QString lower = input.trimmed().toLower();
        add(lower);
        const QStringList parts = lower.split(separators, Qt::SkipEmptyParts);
        for (const QString &part : parts)
            add(part);
        add(QString(lower).remove(separators)); // "budi.santoso" typed as "budisantoso"
    }
    return words;
}

int scoreFor(double bits)
{
    if (bits < 25)
        return 0;
    if (bits < 45)
        return 1;
    if (bits < 60)
        return 2;
    if (bits < 80)
        return 3;
    return 4;
}

} // namespace

PasswordStrength evaluatePassword(const QString &password, const QStringList &userInputs)
{
    PasswordStrength result;
    if (password.isEmpty())
        return result;

    // The password goes to zxcvbn as NUL-terminated UTF-8 held in guarded memory.
    const SecureBytes utf8 = SecureBytes::fromUtf8(password);
    SecureBytes terminated(utf8.size() + 1);
    std::copy(utf8.data(), utf8.data() + utf8.size(), terminated.data());

    const QByteArrayList words = userWords(userInputs);
    std::vector<const char *> dictionary;
    dictionary.reserve(static_cast<size_t>(words.size()) + 1);
    for (const QByteArray &word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    result.entropyBits = ZxcvbnMatch(reinterpret_cast<const char *>(terminated.data()), dictionary.data(), nullptr);
    result.score = scoreFor(result.entropyBits);
    const auto characters = password.toUcs4().size();
    result.acceptable
        = characters >= PasswordStrength::kMinCharacters && result.entropyBits >= PasswordStrength::kMinEntropyBits;
    return result;
}

} // namespace relasi
