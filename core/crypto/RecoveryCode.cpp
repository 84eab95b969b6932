#include "crypto/RecoveryCode.h"

#include <QList>

#include <utility>

namespace relasi {

namespace {

// Crockford's base32 alphabet: digits and letters without I, L, O and U.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// Value of one typed character, or -1 if it is not a Crockford digit.
int decodeChar(char32_t c)
{
    if (c >= U'a' && c <= U'z')
        c = c - U'a' + U'A';
    switch (c) {
    case U'O':
        return 0;
    case U'I':
    case U'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (static_cast<char32_t>(kAlphabet[i]) == c)
            return i;
    }
    return -1;
}

bool isSeparator(char32_t c)
{
    return c == U'-' || c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 /* no-break space */
        || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212; // dash look-alikes
}

} // namespace

QString RecoveryCode::generate(SecureBytes *secretOut)
{
    SecureBytes secret = SecureBytes::random(kSecretBytes);
    QString code;
    code.reserve(kCharacters + kCharacters / kGroupSize);
    // Big-endian bit stream, 5 bits per character; 160 bits fill exactly 32 characters.
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (size_t i = 0; i < secret.size(); ++i) {
        buffer = (buffer << 8) | secret.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (written > 0 && written % kGroupSize == 0)
                code.append(QLatin1Char('-'));
            code.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1F]));
            ++written;
        }
    }
    if (secretOut)
        *secretOut = std::move(secret);
    return code;
}

SecureBytes RecoveryCode::normalize(const QString &typed)
{
    SecureBytes out(kSecretBytes);
    quint32 buffer = 0;
    int bits = 0;
    int characters = 0;
    size_t produced = 0;
    const QList<uint> codePoints = typed.toUcs4();
    for (const uint cp : codePoints) {
        const auto c = static_cast<char32_t>(cp);
        if (isSeparator(c))
            continue;
        const int value = decodeChar(c);
        if (value < 0 || characters >= kCharacters)
            return {};
        ++characters;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data()[produced++] = static_cast<unsigned char>((buffer >> bits) & 0xFF);
        }
    }
    if (characters != kCharacters || produced != kSecretBytes)
        return {};
    return out;
}

} // namespace relasi
