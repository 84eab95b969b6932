#include "domain/Money.h"

#include <algorithm>
#include <array>
#include <limits>

namespace relasi {

namespace {

bool isOneOf(const QString &code, std::initializer_list<const char *> list)
{
    for (const char *c : list) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

// Currencies whose minor unit exists in ISO 4217 but not in everyday prices: whole amounts are shown
// without the zero minor part.
bool omitsZeroMinor(const QString &currency)
{
    return currency == QLatin1String("IDR");
}

// Symbol for currency when shown in locale.
QString symbolFor(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const std::array<std::pair<const char *, const char16_t *>, 9> known{{
        {"USD", u"US$"},
        {"EUR", u"€"},
        {"GBP", u"£"},
        {"JPY", u"JP¥"},
        {"CNY", u"CN¥"},
        {"KRW", u"₩"},
        {"INR", u"₹"},
        {"AUD", u"AU$"},
        {"SGD", u"S$"},
    }};
    for (const auto &[code, symbol] : known) {
        if (currency == QLatin1String(code))
            return QString::fromUtf16(symbol);
    }
    return currency;
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isMinusSign(QChar c, const QLocale &locale)
{
    return c == QLatin1Char('-') || c == QChar(0x2212) || QString(c) == locale.negativeSign();
}

int decimalDigit(QChar c)
{
    return c.category() == QChar::Number_DecimalDigit ? c.digitValue() : -1;
}

qint64 pow10(int n)
{
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

Error invalid(const QString &reason)
{
    return Error(ErrorCode::Invalid, reason);
}

// Appends digits to value (value = value * 10 + d), false on overflow.
bool appendDigit(qint64 &value, int d)
{
    return !__builtin_mul_overflow(value, qint64(10), &value) && !__builtin_add_overflow(value, qint64(d), &value);
}

// Removes a currency marker at the start or end of text (case-insensitive); true when one was removed.
bool stripMarker(QString &text, const QStringList &markers)
{
    for (const QString &m : markers) {
        if (m.isEmpty())
            continue;
        if (text.startsWith(m, Qt::CaseInsensitive)) {
            text.remove(0, m.size());
            return true;
        }
        if (text.endsWith(m, Qt::CaseInsensitive)) {
            text.chop(m.size());
            return true;
        }
    }
    return false;
}

} // namespace

int Money::minorDigits(const QString &currency)
{
    if (isOneOf(currency, {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
                           "VUV", "XAF", "XOF", "XPF"}))
        return 0;
    if (isOneOf(currency, {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}))
        return 3;
    if (isOneOf(currency, {"CLF", "UYW"}))
        return 4;
    return 2;
}

bool Money::isValidCurrency(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

Result<Money> Money::parse(const QString &input, const QString &currency, const QLocale &locale)
{
    if (!isValidCurrency(currency))
        return invalid(QStringLiteral("not an ISO 4217 currency code: %1").arg(currency));

    QStringList markers{symbolFor(currency, locale), currency};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        markers.prepend(locale.currencySymbol(QLocale::CurrencySymbol));
    if (currency == QLatin1String("IDR"))
        markers << QStringLiteral("Rp.") << QStringLiteral("Rp");
    else if (currency == QLatin1String("USD"))
        markers << QStringLiteral("$");
    // Longest first, so "Rp." wins over "Rp" and "US$" over "$".
    std::sort(markers.begin(), markers.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

    QString text = input.trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2);
    }
    // Peel off currency marker and sign in whatever order they were written.
    bool markerSeen = false;
    bool signSeen = negative;
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.isEmpty() && isSpaceLike(text.front()))
            text.remove(0, 1);
        while (!text.isEmpty() && isSpaceLike(text.back()))
            text.chop(1);
        if (text.isEmpty())
            break;
        if (!markerSeen && stripMarker(text, markers)) {
            markerSeen = changed = true;
            continue;
        }
        if (!signSeen && (isMinusSign(text.front(), locale) || text.front() == QLatin1Char('+'))) {
            negative = text.front() != QLatin1Char('+');
            text.remove(0, 1);
            signSeen = changed = true;
        } else if (!signSeen && isMinusSign(text.back(), locale)) {
            negative = true;
            text.chop(1);
            signSeen = changed = true;
        }
    }
    if (text.isEmpty())
        return invalid(QStringLiteral("no amount"));

    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    const bool spaceGroups = groupSeparator.size() == 1 && isSpaceLike(groupSeparator.front());
    const int digits = minorDigits(currency);

    // Split into integer groups and the fraction.
    QList<int> groupSizes{0};
    qint64 value = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool anyDigit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const int d = decimalDigit(c);
        if (d >= 0) {
            anyDigit = true;
            if (!inFraction) {
                ++groupSizes.last();
                if (!appendDigit(value, d))
                    return invalid(QStringLiteral("amount too large"));
            } else if (fractionDigits < digits) {
                ++fractionDigits;
                if (!appendDigit(value, d))
                    return invalid(QStringLiteral("amount too large"));
            } else if (d != 0) {
                return invalid(QStringLiteral("%1 has %2 decimal places").arg(currency).arg(digits));
            }
            continue;
        }
        if (!decimalPoint.isEmpty() && QStringView(text).mid(i).startsWith(decimalPoint)) {
            if (inFraction)
                return invalid(QStringLiteral("more than one decimal point"));
            inFraction = true;
            i += decimalPoint.size() - 1;
            continue;
        }
        const bool isGroup = (!groupSeparator.isEmpty() && QStringView(text).mid(i).startsWith(groupSeparator)) ||
                             (spaceGroups && isSpaceLike(c));
        if (isGroup && !inFraction) {
            if (groupSizes.last() == 0)
                return invalid(QStringLiteral("misplaced group separator"));
            groupSizes.append(0);
            if (!spaceGroups)
                i += groupSeparator.size() - 1;
            continue;
        }
        return invalid(QStringLiteral("unexpected character '%1' in amount").arg(c));
    }
    if (!anyDigit)
        return invalid(QStringLiteral("no digits in amount"));
    if (groupSizes.size() > 1) {
        // 1–3 digits, then groups of 3; in a locale with Indian grouping (12,50,000) the inner groups are 2.
        const bool indian = locale.toString(qlonglong(10000000)).count(groupSeparator) == 3;
        const int inner = indian ? 2 : 3;
        if (groupSizes.first() > inner || groupSizes.last() != 3)
            return invalid(QStringLiteral("misplaced group separator"));
        for (qsizetype g = 1; g + 1 < groupSizes.size(); ++g) {
            if (groupSizes.at(g) != inner)
                return invalid(QStringLiteral("misplaced group separator"));
        }
    }
    for (int i = fractionDigits; i < digits; ++i) {
        if (!appendDigit(value, 0))
            return invalid(QStringLiteral("amount too large"));
    }
    return Money(negative ? -value : value, currency);
}

QString Money::format(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    const bool negative = m_minor < 0;
    // |m_minor| without overflow for the most negative value.
    const quint64 magnitude = negative ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    const quint64 scale = quint64(pow10(digits));
    const quint64 major = magnitude / scale;
    const quint64 minor = magnitude % scale;

    QString number = locale.toString(major);
    if (digits > 0 && !(minor == 0 && omitsZeroMinor(m_currency))) {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        QString fraction = plain.toString(minor);
        const QString zero = plain.zeroDigit();
        while (fraction.size() < digits * zero.size())
            fraction.prepend(zero);
        number += locale.decimalPoint() + fraction;
    }

    // The locale's currency pattern (symbol position, sign, accounting brackets) from a formatted 1.
    const QString symbol = symbolFor(m_currency, locale);
    const QString pattern = locale.toCurrencyString(qlonglong(negative ? -1 : 1), symbol);
    const QString one = locale.toString(qlonglong(1));
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return symbol + QLatin1Char(' ') + (negative ? locale.negativeSign() : QString()) + number;
    QString out = pattern.left(at) + number + pattern.mid(at + one.size());

    // A letter symbol ("Rp", "IDR") never touches the number: "Rp 1.250.000", not "Rp1.250.000".
    const qsizetype s = out.indexOf(symbol);
    if (s >= 0 && !symbol.isEmpty()) {
        const qsizetype end = s + symbol.size();
        if (symbol.back().isLetter() && end < out.size() && !isSpaceLike(out.at(end)))
            out.insert(end, QLatin1Char(' '));
        if (symbol.front().isLetter() && s > 0 && !isSpaceLike(out.at(s - 1)) && out.at(s - 1) != QLatin1Char('('))
            out.insert(s, QLatin1Char(' '));
    }
    return out;
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return invalid(QStringLiteral("cannot add %1 to %2").arg(other.m_currency, m_currency));
    qint64 result = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &result))
        return invalid(QStringLiteral("amount overflow"));
    return Money(result, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return invalid(QStringLiteral("cannot subtract %1 from %2").arg(other.m_currency, m_currency));
    qint64 result = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &result))
        return invalid(QStringLiteral("amount overflow"));
    return Money(result, m_currency);
}

Result<Money> Money::sum(const QList<Money> &amounts, const QString &currency)
{
    Money total(0, currency);
    for (const Money &m : amounts) {
        auto next = total.plus(m);
        if (!next.ok())
            return next.error();
        total = *next;
    }
    return total;
}

} // namespace relasi
