#include <catch2/catch.hpp>

#include "domain/EmailAddress.h"

using namespace relasi;

TEST_CASE("EmailAddress normalises valid addresses", "[text][email]")
{
    const auto [raw, normalized] = GENERATE(table<const char *, const char *>({
        {"budi@example.com", "budi@example.com"},
        {"  Budi.Santoso@Gmail.COM \n", "budi.santoso@gmail.com"},
        {"BUDI+crm@Example.co.id", "budi+crm@example.co.id"},
        {"o'connor@example.ie", "o'connor@example.ie"},
        {"first_last-99@sub.mail.example.org", "first_last-99@sub.mail.example.org"},
        {"info@Bücher.DE", "info@bücher.de"},
        {"info@xn--bcher-kva.de", "info@bücher.de"},
        {"kontak@ｅｘａｍｐｌｅ．ｃｏｍ", "kontak@example.com"},
        {"josé@example.com", "josé@example.com"},
        {"田中@例え.jp", "田中@例え.jp"},
        {"a@b.co", "a@b.co"},
    }));
    CAPTURE(raw);
    const auto result = EmailAddress::normalize(QString::fromUtf8(raw));
    INFO((result.ok() ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    CHECK(*result == QString::fromUtf8(normalized));
}

TEST_CASE("EmailAddress refuses malformed addresses with a reason", "[text][email]")
{
    const char *raw = GENERATE("", "   ", "budi", "budi@", "@example.com", "budi@@example.com", "budi@ex@ample.com",
                               "budi santoso@example.com", "budi@exa mple.com", "budi@gmail", "budi@localhost",
                               ".budi@example.com", "budi.@example.com", "bu..di@example.com", "budi@example..com",
                               "budi@.example.com", "budi@example.com.", "budi@-example.com", "budi@example-.com",
                               "budi@exa_mple.com", "budi@1.2.3.4", "budi@[192.168.0.1]", "\"budi\"@example.com",
                               "budi,s@example.com", "budi<s>@example.com", "budi@example.com>");
    CAPTURE(raw);
    const auto result = EmailAddress::normalize(QString::fromUtf8(raw));
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::Invalid);
    CHECK_FALSE(result.error().message.isEmpty());
}

TEST_CASE("EmailAddress enforces the length limits", "[text][email]")
{
    const QString local64(64, QLatin1Char('a'));
    CHECK(EmailAddress::normalize(local64 + QStringLiteral("@example.com")).ok());
    CHECK_FALSE(EmailAddress::normalize(local64 + QStringLiteral("a@example.com")).ok());

    const QString label63(63, QLatin1Char('b'));
    CHECK(EmailAddress::normalize(QStringLiteral("x@") + label63 + QStringLiteral(".com")).ok());
    CHECK_FALSE(EmailAddress::normalize(QStringLiteral("x@") + label63 + QStringLiteral("b.com")).ok());

    // 254 characters in all is the limit: 64 + 1 + 189.
    QString domain189 = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + QString(57, QLatin1Char('c')) +
                        QStringLiteral(".com");
    REQUIRE(domain189.size() == 189);
    CHECK(EmailAddress::normalize(local64 + QLatin1Char('@') + domain189).ok());
    CHECK_FALSE(EmailAddress::normalize(local64 + QLatin1Char('@') + QLatin1Char('c') + domain189).ok());
}
