#include <catch2/catch.hpp>

#include "text/TextNormalizer.h"

#include <QRegularExpression>

using namespace relasi;

namespace {
QString u8(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST_CASE("fold makes search insensitive to case, diacritics and width", "[text]")
{
    const auto [input, expected] = GENERATE(table<const char *, const char *>({
        {"José", "jose"},
        {"JOSÉ", "jose"},
        {"Łukasz", "lukasz"},
        {"ŁUKASZ", "lukasz"},
        {"Øster", "oster"},
        {"Đặng", "dang"},
        {"Nguyễn Thị Ánh", "nguyen thi anh"},
        {"straße", "strasse"},
        {"STRAẞE", "strasse"},
        {"Ærøskøbing", "aeroskobing"},
        {"Œuvre", "oeuvre"},
        {"Þór", "thor"},
        {"Guðrún", "gudrun"},
        {"Işık", "isik"},
        {"İstanbul", "istanbul"},
        {"Müller", "muller"},
        {"François", "francois"},
        {"Dvořák", "dvorak"},
        {"ＡＢＣ", "abc"},
        {"ｔａｎａｋａ１２３", "tanaka123"},
        {"ﬁnance", "finance"},
        {"ΣΟΦΊΑ", "σοφια"},
        {"plain ascii", "plain ascii"},
        {"", ""},
    }));
    CAPTURE(input);
    CHECK(TextNormalizer::fold(u8(input)) == u8(expected));
}

TEST_CASE("fold keeps CJK characters and composes Hangul and voiced kana", "[text]")
{
    CHECK(TextNormalizer::fold(u8("株式会社田中")) == u8("株式会社田中"));
    CHECK(TextNormalizer::fold(u8("김민준")) == u8("김민준"));
    CHECK(TextNormalizer::fold(u8("ガス")) == u8("ガス"));
    // Half-width katakana widen to the ordinary form, voiced mark included.
    CHECK(TextNormalizer::fold(u8("ｶﾞｽ")) == u8("ガス"));
}

TEST_CASE("indexTokens splits words on anything but letters and digits", "[text]")
{
    CHECK(TextNormalizer::indexTokens(u8("  Budi  Santoso, PT. Maju-Jaya (Jakarta) 0812 ")) ==
          QStringList{u8("budi"), u8("santoso"), u8("pt"), u8("maju"), u8("jaya"), u8("jakarta"), u8("0812")});
    CHECK(TextNormalizer::indexTokens(u8("Łukasz Żółć")) == QStringList{u8("lukasz"), u8("zolc")});
    CHECK(TextNormalizer::indexTokens(QString()).isEmpty());
    CHECK(TextNormalizer::indexTokens(u8("-- ** \"\" ()")).isEmpty());
}

TEST_CASE("indexTokens segments CJK runs into overlapping bigrams", "[text]")
{
    CHECK(TextNormalizer::indexTokens(u8("株式会社田中")) ==
          QStringList{u8("株式"), u8("式会"), u8("会社"), u8("社田"), u8("田中"), u8("中")});
    CHECK(TextNormalizer::indexTokens(u8("田")) == QStringList{u8("田")});
    // Mixed scripts: the Latin part is a word of its own.
    CHECK(TextNormalizer::indexTokens(u8("Sony株式会社 Tokyo")) ==
          QStringList{u8("sony"), u8("株式"), u8("式会"), u8("会社"), u8("社"), u8("tokyo")});
    CHECK(TextNormalizer::indexTokens(u8("김민준")) == QStringList{u8("김민"), u8("민준"), u8("준")});
    // Katakana with the prolonged sound mark stays one run.
    CHECK(TextNormalizer::indexTokens(u8("ルーシー")) == QStringList{u8("ルー"), u8("ーシ"), u8("シー"), u8("ー")});
}

namespace {
// What an FTS4 MATCH would do with our expressions over indexTokens() output, enough to check that a
// query finds the text: every term must match some token (prefix term: token starts with it).
bool matches(const QString &query, const QString &document)
{
    const QStringList tokens = TextNormalizer::indexTokens(document);
    const QStringList terms = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return false;
    for (const QString &term : terms) {
        const bool prefix = term.endsWith(QLatin1Char('*'));
        const QString t = prefix ? term.chopped(1) : term;
        bool found = false;
        for (const QString &tok : tokens)
            found = found || (prefix ? tok.startsWith(t) : tok == t);
        if (!found)
            return false;
    }
    return true;
}
} // namespace

TEST_CASE("ftsQuery finds indexed text whatever the accents, case or CJK part typed", "[text]")
{
    const auto [typed, document, found] = GENERATE(table<const char *, const char *, bool>({
        {"jose", "José Ramos", true},
        {"jos", "José Ramos", true},
        {"lukasz", "Łukasz Nowak", true},
        {"luk now", "Łukasz Nowak", true},
        {"nowak luk", "Łukasz Nowak", true},
        {"oster", "Øster Søren", true},
        {"dang", "Đặng Văn Lâm", true},
        {"strasse", "Hauptstraße 5", false}, // compound: "hauptstrasse" does not start with "strasse"
        {"hauptstr", "Hauptstraße 5", true},
        {"ＡＢＣ", "abc company", true},
        {"田中", "株式会社田中", true},
        {"会社", "株式会社田中", true},
        {"田", "株式会社田中", true},
        {"中", "株式会社田中", true},
        {"田中太郎", "株式会社田中", false},
        {"민준", "김민준", true},
        {"budi xyz", "Budi Santoso", false},
    }));
    CAPTURE(typed, document);
    CHECK(matches(TextNormalizer::ftsQuery(u8(typed)), u8(document)) == found);
}

TEST_CASE("ftsQuery builds prefix terms and CJK bigrams", "[text]")
{
    CHECK(TextNormalizer::ftsQuery(u8("José ram")) == u8("jose* ram*"));
    CHECK(TextNormalizer::ftsQuery(u8("株式会社")) == u8("株式 式会 会社"));
    CHECK(TextNormalizer::ftsQuery(u8("田")) == u8("田*"));
    CHECK(TextNormalizer::ftsQuery(u8("tanaka 田中")) == u8("tanaka* 田中"));
}

TEST_CASE("ftsQuery neutralises FTS syntax typed by the user", "[text]")
{
    const auto [typed, expected] = GENERATE(table<const char *, const char *>({
        {"\"a\" OR b*", "a* or* b*"},
        {"-x", "x*"},
        {"NEAR(", "near*"},
        {"a NEAR/3 b", "a* near* 3* b*"},
        {"x AND NOT y", "x* and* not* y*"},
        {"name:budi", "name* budi*"},
        {"^start", "start*"},
        {"(a OR b) -c", "a* or* b* c*"},
        {"\"unterminated", "unterminated*"},
        {"*", ""},
        {"\"\"", ""},
        {"   ", ""},
        {"", ""},
    }));
    CAPTURE(typed);
    const QString query = TextNormalizer::ftsQuery(u8(typed));
    CHECK(query == u8(expected));
    // Whatever the input, only folded letters/digits, '*' after a term and single spaces remain, and no
    // upper-case FTS operator can appear.
    static const QRegularExpression safe(QStringLiteral("^([\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}]+\\*? ?)*$"));
    CHECK(safe.match(query).hasMatch());
}

TEST_CASE("ftsQuery caps the number of terms", "[text]")
{
    QString many;
    for (int i = 0; i < 100; ++i)
        many += QStringLiteral("w%1 ").arg(i);
    CHECK(TextNormalizer::ftsQuery(many).split(QLatin1Char(' ')).size() == TextNormalizer::maxQueryTerms);
}
