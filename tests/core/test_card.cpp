#include <catch2/catch.hpp>

#include "domain/CardNumberGuard.h"

using namespace relasi;

TEST_CASE("Luhn check", "[card]")
{
    CHECK(CardNumberGuard::luhnValid(QStringLiteral("4111111111111111")));
    CHECK(CardNumberGuard::luhnValid(QStringLiteral("79927398713")));
    CHECK_FALSE(CardNumberGuard::luhnValid(QStringLiteral("79927398710")));
    CHECK_FALSE(CardNumberGuard::luhnValid(QStringLiteral("4111111111111112")));
    CHECK_FALSE(CardNumberGuard::luhnValid(QStringLiteral("4111 1111")));
    CHECK_FALSE(CardNumberGuard::luhnValid(QString()));
}

TEST_CASE("Texts holding a payment card number are recognised", "[card]")
{
    const auto [text, last4] = GENERATE(table<const char *, const char *>({
        {"4111 1111 1111 1111", "1111"},
        {"4111111111111111", "1111"},
        {"4111-1111-1111-1111", "1111"},
        {"paid by card 5500 0000 0000 0004 on the 3rd", "0004"},
        {"Amex 3782 822463 10005", "0005"},
        {"378282246310005", "0005"},
        {"Diners 3056 9309 0259 04", "5904"},
        {"6011 1111 1111 1117", "1117"},
        {"JCB:3530111333300000.", "0000"},
        {"4222222222222", "2222"},        // 13-digit Visa test number
        {"6221 2600 0000 0000 126", "0126"}, // 19 digits; its first 16 also pass Luhn: the whole wins
        {"ref INV-2024-001 4111 1111 1111 1111", "1111"},
        {"order 12 4111 1111 1111 1111", "1111"},
        {"４１１１ １１１１ １１１１ １１１１", "1111"},
    }));
    CAPTURE(text);
    const QString t = QString::fromUtf8(text);
    CHECK(CardNumberGuard::containsCardNumber(t));
    CHECK(CardNumberGuard::lastFour(t) == QString::fromUtf8(last4));
}

TEST_CASE("Texts without a card number pass", "[card]")
{
    const char *text = GENERATE(
        "", "no digits here", "1234 5678 9012 3456", // not Luhn-valid
        "4111 1111 1111 1112",                        // one digit off
        "4111 1111 1111",                             // too short
        "41111111111111111111",                       // 20 digits: not a card
        "0812-3456-7890", "081234567890", "+62 812 3456 7890", "+6281234567890", "+62-812-3456-7890",
        "Call +1 650 253 0000 or +44 20 7946 0958", "0812 3456 7890 1", "(021) 555-1234",
        "Invoice 2024-0001, amount Rp 1.250.000", "NPWP 01.234.567.8-901.000", "qty 10 20 30 40 50 60 70 80 90");
    CAPTURE(text);
    const QString t = QString::fromUtf8(text);
    CHECK_FALSE(CardNumberGuard::containsCardNumber(t));
    CHECK(CardNumberGuard::lastFour(t).isEmpty());
}
