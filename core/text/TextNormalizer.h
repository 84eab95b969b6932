#pragma once

#include <QString>
#include <QStringList>

namespace relasi {

// Search normalisation for the FTS4 index (DESIGN §4). Pure functions, thread-safe, no database.
//
// How the index is meant to be used:
//   - store   TextNormalizer::indexTokens(text).join(QLatin1Char(' '))   into the FTS4 column
//             (the table is created with tokenize=unicode61, which then only splits on the spaces);
//   - query   ... WHERE tbl MATCH :q   with   :q = TextNormalizer::ftsQuery(userInput)
//             (bound as a value; an empty result means "no search": do not run MATCH with it).
// Both sides go through the same fold(), so case, every diacritic (incl. ł/ø/đ), compatibility width
// and CJK segmentation agree between what was indexed and what is typed.
class TextNormalizer
{
public:
    // Case-insensitive, diacritic-insensitive, width-insensitive form of text:
    // NFKD (compatibility: full-width → ASCII, ligatures ﬁ → fi, half-width kana), case folding,
    // non-spacing marks dropped (é → e, İ → i; the kana voicing marks are kept), letters that have no
    // decomposition folded explicitly (ł→l, ø→o, đ→d, ð→d, þ→th, ß→ss, æ→ae, œ→oe, ı→i, ħ→h, ŧ→t),
    // then NFC so Hangul syllables and voiced kana are composed again.
    static QString fold(const QString &text);

    // The folded words of text for an FTS column. Words are runs of letters/digits (anything else
    // separates). Runs of Han/Hiragana/Katakana/Hangul become overlapping character bigrams
    // ("株式会社" → 株式 式会 会社) plus the run's last character as a unigram, so any part of a name
    // finds it, including a single character; a lone CJK character is a unigram.
    static QStringList indexTokens(const QString &text);

    // A safe FTS4 MATCH expression for search-as-you-type over indexTokens() columns: every folded word
    // becomes a prefix term (tok*), CJK runs become bigram terms joined by implicit AND (a lone CJK
    // character becomes a prefix term 田*). Terms only ever contain folded letters and digits, so quotes,
    // *, -, ^, :, parentheses and the NEAR/OR/AND/NOT operators (upper-case only in FTS4) typed by the
    // user cannot change the query's structure. At most maxQueryTerms terms. Empty input → empty string.
    static QString ftsQuery(const QString &userInput);

    static constexpr int maxQueryTerms = 16;

    // True for code points that are segmented as CJK (Han, Hiragana, Katakana, Hangul and their
    // iteration / prolonged-sound marks).
    static bool isCjk(char32_t codePoint);
};

} // namespace relasi
