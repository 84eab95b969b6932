#include <catch2/catch.hpp>

#include "domain/PhoneNormalizer.h"

using namespace relasi;

namespace {
QString u8(const char *s)
{
    return QString::fromUtf8(s);
}
const QString kId = QStringLiteral("ID");
} // namespace

TEST_CASE("toE164 reads Indonesian numbers in the usual formats", "[phone]")
{
    const auto [raw, e164] = GENERATE(table<const char *, const char *>({
        {"0812-3456-7890", "+6281234567890"},
        {"081234567890", "+6281234567890"},
        {"0812 3456 7890", "+6281234567890"},
        {"+62 812 3456 7890", "+6281234567890"},
        {"+62-812-3456-7890", "+6281234567890"},
        {"+6281234567890", "+6281234567890"},
        {"(+62) 812-3456-7890", "+6281234567890"},
        {"62 812 3456 7890", "+6281234567890"},
        {"  0812.3456.7890  ", "+6281234567890"},
        {"０８１２－３４５６－７８９０", "+6281234567890"},
        {"0857 1234 5678", "+6285712345678"},
        {"(021) 555-1234", "+62215551234"},
        {"021-5551234", "+62215551234"},
        {"+62 21 5551234", "+62215551234"},
        {"(022) 4201234", "+62224201234"},
        {"0812-3456-7890 ext. 12", "+6281234567890"},
    }));
    CAPTURE(raw);
    const auto result = PhoneNormalizer::toE164(u8(raw));
    REQUIRE(result.ok());
    CHECK(*result == u8(e164));
}

TEST_CASE("toE164 reads foreign numbers given with their country code", "[phone]")
{
    const auto [raw, e164] = GENERATE(table<const char *, const char *>({
        {"+65 6123 4567", "+6561234567"},
        {"+1 650-253-0000", "+16502530000"},
        {"+44 20 7946 0958", "+442079460958"},
        {"+81 3-1234-5678", "+81312345678"},
        {"+49 30 12345678", "+493012345678"},
        {"+60 12-345 6789", "+60123456789"},
    }));
    CAPTURE(raw);
    const auto result = PhoneNormalizer::toE164(u8(raw));
    REQUIRE(result.ok());
    CHECK(*result == u8(e164));
}

TEST_CASE("toE164 uses the given default region for national numbers", "[phone]")
{
    const auto sg = PhoneNormalizer::toE164(QStringLiteral("6123 4567"), QStringLiteral("SG"));
    REQUIRE(sg.ok());
    CHECK(*sg == QStringLiteral("+6561234567"));
    const auto de = PhoneNormalizer::toE164(QStringLiteral("030 12345678"), QStringLiteral("de"));
    REQUIRE(de.ok());
    CHECK(*de == QStringLiteral("+493012345678"));
}

TEST_CASE("toE164 refuses text that is not a valid phone number", "[phone]")
{
    const char *raw = GENERATE("", "   ", "abc", "12", "0812", "+62 12", "+999 1234 5678", "0812-3456-7890-1234-5678",
                               "budi@example.com");
    CAPTURE(raw);
    const auto result = PhoneNormalizer::toE164(u8(raw));
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::Invalid);
    CHECK_FALSE(result.error().message.isEmpty());
}

TEST_CASE("formatForDisplay shows home numbers nationally and others internationally", "[phone]")
{
    CHECK(PhoneNormalizer::formatForDisplay(QStringLiteral("+6281234567890"), kId) == QStringLiteral("0812-3456-7890"));
    CHECK(PhoneNormalizer::formatForDisplay(QStringLiteral("+62215551234"), kId) == QStringLiteral("(021) 5551234"));
    CHECK(PhoneNormalizer::formatForDisplay(QStringLiteral("+6561234567"), kId) == QStringLiteral("+65 6123 4567"));
    CHECK(PhoneNormalizer::formatForDisplay(QStringLiteral("+6281234567890"), QStringLiteral("SG")) ==
          QStringLiteral("+62 812-3456-7890"));
    CHECK(PhoneNormalizer::formatForDisplay(QStringLiteral("garbage"), kId) == QStringLiteral("garbage"));
}

TEST_CASE("searchDigitForms gives international and national digits", "[phone]")
{
    CHECK(PhoneNormalizer::searchDigitForms(QStringLiteral("+6281234567890"), kId) ==
          QStringList{QStringLiteral("6281234567890"), QStringLiteral("081234567890")});
    CHECK(PhoneNormalizer::searchDigitForms(QStringLiteral("+62215551234"), kId) ==
          QStringList{QStringLiteral("62215551234"), QStringLiteral("0215551234")});
    // A foreign number: also its own national digits.
    CHECK(PhoneNormalizer::searchDigitForms(QStringLiteral("+16502530000"), kId) ==
          QStringList{QStringLiteral("16502530000"), QStringLiteral("6502530000")});
    // From a region with a single international call prefix (Germany: 00), also as dialled from there.
    // (Indonesia has several carrier prefixes and no preferred one, so nothing is added there.)
    CHECK(PhoneNormalizer::searchDigitForms(QStringLiteral("+16502530000"), QStringLiteral("DE")) ==
          QStringList{QStringLiteral("16502530000"), QStringLiteral("6502530000"), QStringLiteral("0016502530000")});
    CHECK(PhoneNormalizer::searchDigitForms(QStringLiteral("nonsense"), kId).isEmpty());
}

TEST_CASE("digitsForQuery turns typed fragments into searchable digits", "[phone]")
{
    CHECK(PhoneNormalizer::digitsForQuery(QStringLiteral("+62812-3"), kId) == QStringLiteral("628123"));
    CHECK(PhoneNormalizer::digitsForQuery(QStringLiteral("0812 3"), kId) == QStringLiteral("08123"));
    CHECK(PhoneNormalizer::digitsForQuery(QStringLiteral("+62 0812"), kId) == QStringLiteral("62812"));
    CHECK(PhoneNormalizer::digitsForQuery(QStringLiteral("(021) 555"), kId) == QStringLiteral("021555"));
    CHECK(PhoneNormalizer::digitsForQuery(u8("０８１２"), kId) == QStringLiteral("0812"));
    CHECK(PhoneNormalizer::digitsForQuery(QStringLiteral("budi"), kId).isEmpty());
    CHECK(PhoneNormalizer::digitsForQuery(QStringLiteral("+"), kId).isEmpty());
}

TEST_CASE("every prefix of every typed form of a number finds it through the digit forms", "[phone]")
{
    const auto [e164, typedForm] = GENERATE(table<const char *, const char *>({
        {"+6281234567890", "0812-3456-7890"},
        {"+6281234567890", "0812 3456 7890"},
        {"+6281234567890", "(0812) 3456-7890"},
        {"+6281234567890", "+62 812 3456 7890"},
        {"+6281234567890", "+62-812-3456-7890"},
        {"+6281234567890", "+62 (0)812 3456 7890"},
        {"+6281234567890", "+62 0812 3456 7890"},
        {"+6281234567890", "62 812 3456 7890"},
        {"+62215551234", "(021) 555-1234"},
        {"+62215551234", "+62 21 555 1234"},
        {"+6561234567", "+65 6123 4567"},
        {"+16502530000", "+1 (650) 253-0000"},
        {"+16502530000", "(650) 253-0000"},
    }));
    const QStringList forms = PhoneNormalizer::searchDigitForms(u8(e164), kId);
    REQUIRE_FALSE(forms.isEmpty());
    const QString typed = u8(typedForm);
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        const QString digits = PhoneNormalizer::digitsForQuery(typed.left(n), kId);
        if (digits.isEmpty())
            continue;
        bool found = false;
        for (const QString &form : forms)
            found = found || form.startsWith(digits);
        INFO("typed so far: " << typed.left(n).toStdString() << " → " << digits.toStdString() << " forms: "
                              << forms.join(QLatin1Char(',')).toStdString());
        REQUIRE(found);
    }
}

TEST_CASE("formatAsYouType formats a number while it is typed", "[phone]")
{
    CHECK(PhoneNormalizer::formatAsYouType(QStringLiteral("0812"), kId) == QStringLiteral("0812"));
    CHECK(PhoneNormalizer::formatAsYouType(QStringLiteral("081234567890"), kId) == QStringLiteral("0812-3456-7890"));
    CHECK(PhoneNormalizer::formatAsYouType(QStringLiteral("0812-3456-7890"), kId) == QStringLiteral("0812-3456-7890"));
    CHECK(PhoneNormalizer::formatAsYouType(QStringLiteral("+6281234567890"), kId) == QStringLiteral("+62 812-3456-7890"));
    CHECK(PhoneNormalizer::formatAsYouType(QString(), kId).isEmpty());
    CHECK(PhoneNormalizer::formatAsYouType(QStringLiteral("abc"), kId).isEmpty());
}
