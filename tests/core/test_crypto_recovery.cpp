#include "crypto/RecoveryCode.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using relasi::RecoveryCode;
using relasi::SecureBytes;

TEST_CASE("RecoveryCode: generate gives 8 Crockford groups whose secret normalize() recovers", "[crypto]")
{
    SecureBytes secret;
    const QString code = RecoveryCode::generate(&secret);
    static const QRegularExpression shape(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
    CHECK(shape.match(code).hasMatch());
    REQUIRE(secret.size() == 20);
    CHECK(RecoveryCode::normalize(code).constantTimeEquals(secret));

    SecureBytes other;
    CHECK(RecoveryCode::generate(&other) != code);
    CHECK_FALSE(other.constantTimeEquals(secret));
    CHECK_FALSE(RecoveryCode::generate(nullptr).isEmpty());
}

TEST_CASE("RecoveryCode: normalize forgives case, separators and look-alike characters", "[crypto]")
{
    const QString canonical = QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ");
    const SecureBytes expected = RecoveryCode::normalize(canonical);
    REQUIRE(expected.size() == 20);

    const QString typed = GENERATE(QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
        QStringLiteral("0123-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz"),
        QStringLiteral(" 0123 4567 89AB CDEF  GHJK MNPQ RSTV WXYZ\n"),
        QStringLiteral("O123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"),
        QStringLiteral("oI23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"),
        QStringLiteral("0L23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"),
        QStringLiteral("0l23-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz"),
        QStringLiteral("0i23\u20134567\u201389AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"));
    CAPTURE(typed.toStdString());
    CHECK(RecoveryCode::normalize(typed).constantTimeEquals(expected));
}

TEST_CASE("RecoveryCode: normalize rejects malformed codes", "[crypto]")
{
    const QString typed = GENERATE(QString(), QStringLiteral("----"),
        QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY"), // 31 characters
        QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ0"), // 33 characters
        QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYU"), // U is not a digit
        QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY*"),
        QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY\u00c9"),
        QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY\U0001F600"));
    CAPTURE(typed.toStdString());
    CHECK(RecoveryCode::normalize(typed).isEmpty());
}
