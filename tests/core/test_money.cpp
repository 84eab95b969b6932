#include <catch2/catch.hpp>

#include "domain/Money.h"

#include <QRandomGenerator>

#include <limits>

using namespace relasi;

namespace {
const QLocale kId(QLocale::Indonesian, QLocale::Indonesia);
const QLocale kEn(QLocale::English, QLocale::UnitedStates);
const QLocale kDe(QLocale::German, QLocale::Germany);
const QLocale kFr(QLocale::French, QLocale::France);
const QLocale kJa(QLocale::Japanese, QLocale::Japan);

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST_CASE("Money knows each currency's minor digits", "[money]")
{
    CHECK(Money::minorDigits(QStringLiteral("IDR")) == 2); // ISO 4217; see Money.h for the choice
    CHECK(Money::minorDigits(QStringLiteral("JPY")) == 0);
    CHECK(Money::minorDigits(QStringLiteral("KRW")) == 0);
    CHECK(Money::minorDigits(QStringLiteral("USD")) == 2);
    CHECK(Money::minorDigits(QStringLiteral("EUR")) == 2);
    CHECK(Money::minorDigits(QStringLiteral("SGD")) == 2);
    CHECK(Money::minorDigits(QStringLiteral("KWD")) == 3);
    CHECK(Money::minorDigits(QStringLiteral("CLF")) == 4);
    CHECK(Money::isValidCurrency(QStringLiteral("IDR")));
    CHECK_FALSE(Money::isValidCurrency(QStringLiteral("idr")));
    CHECK_FALSE(Money::isValidCurrency(QStringLiteral("RUPIAH")));
}

TEST_CASE("Money parses amounts as typed in the user's locale", "[money]")
{
    struct Case {
        const char *text;
        const char *currency;
        QLocale locale;
        qint64 minor;
    };
    const Case c = GENERATE_COPY(values<Case>({
        {"Rp 1.250.000", "IDR", kId, 125000000},
        {"Rp1.250.000", "IDR", kId, 125000000},
        {"Rp. 1.250.000", "IDR", kId, 125000000},
        {"rp 1.250.000", "IDR", kId, 125000000},
        {"1.250.000,50", "IDR", kId, 125000050},
        {"1.250.000,5", "IDR", kId, 125000050},
        {"1250000", "IDR", kId, 125000000},
        {"IDR 5.000", "IDR", kId, 500000},
        {"-Rp 1.000", "IDR", kId, -100000},
        {"Rp -1.000", "IDR", kId, -100000},
        {"(Rp 1.000)", "IDR", kId, -100000},
        {",75", "IDR", kId, 75},
        {"1,250,000.50", "USD", kEn, 125000050},
        {"$1,250,000.50", "USD", kEn, 125000050},
        {"1250.5", "USD", kEn, 125050},
        {"-0.01", "USD", kEn, -1},
        {"12,50,000.00", "INR", QLocale(QLocale::English, QLocale::India), 125000000}, // Indian grouping
        {"1.250,50 €", "EUR", kDe, 125050},
        {"EUR 1.250,50", "EUR", kDe, 125050},
        {"1 250 000,50", "EUR", kFr, 125000050},
        {"1\u202f250\u202f000,50", "EUR", kFr, 125000050},
        {"1,250", "JPY", kJa, 1250},
        {"1,250.00", "JPY", kJa, 1250},
        {"1.250", "KWD", kEn, 1250},
        {"9,223,372,036,854,775.807", "KWD", kEn, std::numeric_limits<qint64>::max()},
        {"\uff11\uff12\uff13", "USD", kEn, 12300}, // full-width digits
    }));
    CAPTURE(c.text, c.currency, c.locale.name().toStdString());
    const auto m = Money::parse(u8(c.text), QString::fromLatin1(c.currency), c.locale);
    INFO((m.ok() ? std::string() : m.error().message.toStdString()));
    REQUIRE(m.ok());
    CHECK(m->minorUnits() == c.minor);
    CHECK(m->currency() == QString::fromLatin1(c.currency));
}

TEST_CASE("Money refuses malformed or ambiguous amounts", "[money]")
{
    struct Case {
        const char *text;
        const char *currency;
        QLocale locale;
    };
    const Case c = GENERATE_COPY(values<Case>({
        {"", "IDR", kId},
        {"Rp", "IDR", kId},
        {"abc", "IDR", kId},
        {"1.25.000", "IDR", kId},     // misplaced grouping
        {"12,50,000", "USD", kEn},    // Indian grouping outside an Indian locale
        {"1234.567", "IDR", kId},
        {"1250000.50", "IDR", kId},   // English decimal point in Indonesian: group of 2, refused
        {"1.250.000,505", "IDR", kId}, // more decimals than IDR has
        {"1,2,3", "USD", kEn},
        {"1.2.3", "USD", kEn},
        {"1,250.5.0", "USD", kEn},
        {"12 apples", "USD", kEn},
        {"--5", "USD", kEn},
        {"1.5", "JPY", kJa},
        {"1e6", "USD", kEn},
        {"9,223,372,036,854,775.808", "KWD", kEn}, // one past qint64
        {"99999999999999999999", "USD", kEn},
        {"100", "rupiah", kId},
    }));
    CAPTURE(c.text, c.currency);
    const auto m = Money::parse(u8(c.text), QString::fromLatin1(c.currency), c.locale);
    REQUIRE_FALSE(m.ok());
    CHECK(m.code() == ErrorCode::Invalid);
}

TEST_CASE("Money formats for the user's locale", "[money]")
{
    CHECK(Money(125000000, QStringLiteral("IDR")).format(kId) == QStringLiteral("Rp 1.250.000"));
    CHECK(Money(125000050, QStringLiteral("IDR")).format(kId) == QStringLiteral("Rp 1.250.000,50"));
    CHECK(Money(0, QStringLiteral("IDR")).format(kId) == QStringLiteral("Rp 0"));
    CHECK(Money(125050, QStringLiteral("USD")).format(kEn) == QStringLiteral("$1,250.50"));
    CHECK(Money(5, QStringLiteral("USD")).format(kEn) == QStringLiteral("$0.05"));
    CHECK(Money(125000, QStringLiteral("USD")).format(kEn) == QStringLiteral("$1,250.00"));
    CHECK(Money(125050, QStringLiteral("EUR")).format(kDe) == u8("1.250,50\u00a0€"));
    CHECK(Money(1250, QStringLiteral("KWD")).format(kEn) == QStringLiteral("KWD 1.250"));
    CHECK(Money(125050, QStringLiteral("USD")).format(kId) == QStringLiteral("US$1.250,50"));
    CHECK(Money(1250, QStringLiteral("JPY")).format(kJa).endsWith(QStringLiteral("1,250")));
    const QString negative = Money(-125000000, QStringLiteral("IDR")).format(kId);
    CHECK(negative.contains(QStringLiteral("1.250.000")));
    CHECK(negative.contains(QLatin1Char('-')));
    // The most negative amount formats without overflow.
    CHECK(Money(std::numeric_limits<qint64>::min(), QStringLiteral("USD"))
              .format(kEn)
              .contains(QStringLiteral("92,233,720,368,547,758.08")));
}

TEST_CASE("Money format and parse round-trip", "[money]")
{
    const QString currency = GENERATE(QStringLiteral("IDR"), QStringLiteral("USD"), QStringLiteral("JPY"),
                                      QStringLiteral("KWD"), QStringLiteral("EUR"));
    const QLocale locale = GENERATE(kId, kEn, kDe, kFr);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 200; ++i) {
        const qint64 minor = qint64(rng->bounded(2'000'000'000)) * (i % 2 ? 1 : -1) * (i % 3 ? 1 : 1000);
        const Money m(minor, currency);
        const QString text = m.format(locale);
        const auto back = Money::parse(text, currency, locale);
        INFO(text.toStdString());
        REQUIRE(back.ok());
        REQUIRE(*back == m);
    }
}

TEST_CASE("Money arithmetic is checked", "[money]")
{
    const Money max(std::numeric_limits<qint64>::max(), QStringLiteral("IDR"));
    const Money one(1, QStringLiteral("IDR"));
    const auto overflow = max.plus(one);
    REQUIRE_FALSE(overflow.ok());
    CHECK(overflow.code() == ErrorCode::Invalid);
    const Money min(std::numeric_limits<qint64>::min(), QStringLiteral("IDR"));
    CHECK_FALSE(min.minus(one).ok());
    CHECK(max.minus(one)->minorUnits() == std::numeric_limits<qint64>::max() - 1);

    const auto mixed = one.plus(Money(1, QStringLiteral("USD")));
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.code() == ErrorCode::Invalid);

    CHECK_FALSE(Money::sum({max, one}, QStringLiteral("IDR")).ok());
    CHECK(Money::sum({}, QStringLiteral("IDR"))->minorUnits() == 0);
}

TEST_CASE("Money sum of many amounts equals the integer sum exactly", "[money]")
{
    // Amounts like 0.10 and 0.20 that floating point cannot represent: 100,000 of them summed.
    QList<Money> amounts;
    qint64 expected = 0;
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 100000; ++i) {
        const qint64 minor = (i % 3 == 0) ? 10 : (i % 3 == 1) ? 20 : qint64(rng->bounded(1'000'000'000));
        amounts.append(Money(minor, QStringLiteral("USD")));
        expected += minor;
    }
    const auto total = Money::sum(amounts, QStringLiteral("USD"));
    REQUIRE(total.ok());
    CHECK(total->minorUnits() == expected);
    // And parsing the parts as text gives the same total as parsing the formatted total.
    qint64 parsedSum = 0;
    for (int i = 0; i < 1000; ++i)
        parsedSum += Money::parse(amounts.at(i).format(kEn), QStringLiteral("USD"), kEn)->minorUnits();
    qint64 direct = 0;
    for (int i = 0; i < 1000; ++i)
        direct += amounts.at(i).minorUnits();
    CHECK(parsedSum == direct);
}
