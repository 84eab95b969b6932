#include "text/TextNormalizer.h"

namespace relasi {

namespace {

// Letters that case folding and NFKD leave alone but that users type without their stroke.
// Input is already case-folded, so only lower-case forms are needed.
const char16_t *explicitFold(char32_t cp)
{
    switch (cp) {
    case U'ł': return u"l";
    case U'ø': return u"o";
    case U'đ': return u"d";
    case U'ð': return u"d";
    case U'þ': return u"th";
    case U'ß': return u"ss";
    case U'æ': return u"ae";
    case U'œ': return u"oe";
    case U'ı': return u"i";
    case U'ħ': return u"h";
    case U'ŧ': return u"t";
    case U'ƀ': return u"b";
    case U'ɨ': return u"i";
    default: return nullptr;
    }
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isDroppedMark(char32_t cp)
{
    // Kana voicing marks (dakuten/handakuten) change the sound, not an accent: keep them so NFC can
    // compose が again.
    if (cp == 0x3099 || cp == 0x309A)
        return false;
    const auto cat = QChar::category(cp);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing;
}

bool isMark(char32_t cp)
{
    const auto cat = QChar::category(cp);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

// Calls f(codePoint, utf16Index, utf16Length) for every code point of text.
template<typename F>
void forEachCodePoint(const QString &text, F &&f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text.at(i + 1)), i, qsizetype(2));
            ++i;
        } else {
            f(char32_t(c.unicode()), i, qsizetype(1));
        }
    }
}

// Splits folded text into words and CJK runs; calls onWord(word) and onCjkRun(units), where units are the
// run's characters (each a code point with any marks that follow it).
template<typename OnWord, typename OnRun>
void segment(const QString &folded, OnWord &&onWord, OnRun &&onCjkRun)
{
    QString word;
    QStringList run;
    auto flushWord = [&] {
        if (!word.isEmpty()) {
            onWord(word);
            word.clear();
        }
    };
    auto flushRun = [&] {
        if (!run.isEmpty()) {
            onCjkRun(run);
            run.clear();
        }
    };
    forEachCodePoint(folded, [&](char32_t cp, qsizetype index, qsizetype length) {
        const QStringView piece = QStringView(folded).mid(index, length);
        if (isMark(cp)) {
            if (!run.isEmpty())
                run.last().append(piece);
            else if (!word.isEmpty())
                word.append(piece);
            return;
        }
        if (TextNormalizer::isCjk(cp)) {
            flushWord();
            run.append(piece.toString());
        } else if (QChar::isLetterOrNumber(cp)) {
            flushRun();
            word.append(piece);
        } else {
            flushWord();
            flushRun();
        }
    });
    flushWord();
    flushRun();
}

} // namespace

bool TextNormalizer::isCjk(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return QChar::isLetterOrNumber(cp);
    default:
        break;
    }
    // Common-script marks used inside Japanese words: ー (prolonged sound), 々 〆 〻 (iteration).
    return cp == 0x30FC || cp == 0x3005 || cp == 0x3006 || cp == 0x303B || cp == 0xFF70;
}

QString TextNormalizer::fold(const QString &text)
{
    if (isAscii(text))
        return text.toLower();

    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    forEachCodePoint(decomposed, [&](char32_t cp, qsizetype index, qsizetype length) {
        if (isDroppedMark(cp))
            return;
        if (const char16_t *replacement = explicitFold(cp)) {
            out.append(QStringView(replacement));
            return;
        }
        out.append(QStringView(decomposed).mid(index, length));
    });
    // Qt's toCaseFolded() is the simple folding; the multi-letter cases that matter for names (ß, ﬀ,
    // İ) are covered by NFKD and the explicit table above. NFC recomposes Hangul syllables and が.
    return out.normalized(QString::NormalizationForm_C);
}

QStringList TextNormalizer::indexTokens(const QString &text)
{
    QStringList tokens;
    segment(
        fold(text), [&](const QString &word) { tokens.append(word); },
        [&](const QStringList &run) {
            if (run.size() == 1) {
                tokens.append(run.first());
                return;
            }
            for (qsizetype i = 0; i + 1 < run.size(); ++i)
                tokens.append(run.at(i) + run.at(i + 1));
            // The last character also on its own, so a one-character query (a prefix term) finds it.
            tokens.append(run.last());
        });
    return tokens;
}

QString TextNormalizer::ftsQuery(const QString &userInput)
{
    QStringList terms;
    auto add = [&](const QString &term) {
        if (terms.size() < maxQueryTerms)
            terms.append(term);
    };
    segment(
        fold(userInput), [&](const QString &word) { add(word + QLatin1Char('*')); },
        [&](const QStringList &run) {
            if (run.size() == 1) {
                add(run.first() + QLatin1Char('*'));
                return;
            }
            for (qsizetype i = 0; i + 1 < run.size(); ++i)
                add(run.at(i) + run.at(i + 1));
        });
    return terms.join(QLatin1Char(' '));
}

} // namespace relasi
