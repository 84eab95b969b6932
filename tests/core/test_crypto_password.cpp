#include "crypto/PasswordStrength.h"

#include <catch2/catch.hpp>

using relasi::evaluatePassword;

TEST_CASE("Password strength: short or common passwords are rejected", "[crypto]")
{
    const QString password = GENERATE(QStringLiteral(""), QStringLiteral("Xq7#pL2!"), // strong-looking but 8 chars
        QStringLiteral("password123"), QStringLiteral("qwertyuiop"), QStringLiteral("1234567890"),
        QStringLiteral("iloveyou2024"), QStringLiteral("aaaaaaaaaaaaaaaa"));
    CAPTURE(password.toStdString());
    const auto strength = evaluatePassword(password);
    CAPTURE(strength.entropyBits);
    CHECK_FALSE(strength.acceptable);
    CHECK(strength.score <= 2);
}

TEST_CASE("Password strength: a long passphrase is accepted", "[crypto]")
{
    const QString password
        = GENERATE(QStringLiteral("mangga terbang di atas jembatan kuning"), QStringLiteral("Kx9!vR2#mQ7@tL4$"));
    CAPTURE(password.toStdString());
    const auto strength
        = evaluatePassword(password, {QStringLiteral("Budi Santoso"), QStringLiteral("budi.santoso@tokomaju.co.id")});
    CAPTURE(strength.entropyBits);
    CHECK(strength.acceptable);
    CHECK(strength.score >= 3);
}

TEST_CASE("Password strength: the user's own e-mail, name or business is rejected", "[crypto]")
{
    const QString email = QStringLiteral("budi.santoso@tokomaju.co.id");
    const QStringList inputs = {QStringLiteral("Budi Santoso"), email, QStringLiteral("Toko Maju Jaya")};
    const QString password = GENERATE(QStringLiteral("budi.santoso@tokomaju.co.id"),
        QStringLiteral("Budi.Santoso@TokoMaju.co.id"), QStringLiteral("tokomajujaya"), QStringLiteral("budisantoso1"));
    CAPTURE(password.toStdString());
    const auto strength = evaluatePassword(password, inputs);
    CAPTURE(strength.entropyBits);
    CHECK_FALSE(strength.acceptable);
}

TEST_CASE("Password strength: user inputs lower the estimate of a password made from them", "[crypto]")
{
    const QString email = QStringLiteral("budi.santoso@tokomaju.co.id");
    const auto without = evaluatePassword(email);
    const auto with = evaluatePassword(email, {email});
    CAPTURE(without.entropyBits, with.entropyBits);
    CHECK(with.entropyBits < without.entropyBits);
}
