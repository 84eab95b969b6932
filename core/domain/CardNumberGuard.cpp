#include "domain/CardNumberGuard.h"

#include <QList>

namespace relasi {

namespace {

constexpr int kMinDigits = 13;
constexpr int kMaxDigits = 19;
constexpr int kMinInnerGroup = 4;

int decimalDigit(QChar c)
{
    return c.category() == QChar::Number_DecimalDigit ? c.digitValue() : -1;
}

bool isGroupSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QChar(0x00A0) || c == QChar(0x2010) ||
           c == QChar(0x2011) || c == QChar(0x2013);
}

// The first card number in text as ASCII digits, or empty.
QString findCardNumber(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (decimalDigit(text.at(i)) < 0) {
            ++i;
            continue;
        }
        // A chain of digit groups, separated by single separators.
        const bool afterPlus = i > 0 && (text.at(i - 1) == QLatin1Char('+') || text.at(i - 1) == QChar(0xFF0B));
        QList<QString> groups;
        while (true) {
            QString group;
            while (i < n && decimalDigit(text.at(i)) >= 0) {
                group.append(QChar(u'0' + decimalDigit(text.at(i))));
                ++i;
            }
            groups.append(group);
            if (i + 1 < n && isGroupSeparator(text.at(i)) && decimalDigit(text.at(i + 1)) >= 0)
                ++i;
            else
                break;
        }
        // Every window of whole groups; from each starting group the longest Luhn-valid one, so that a
        // 19-digit number whose first 16 digits happen to pass is reported whole.
        for (qsizetype first = afterPlus ? 1 : 0; first < groups.size(); ++first) {
            QString candidate;
            QString found;
            for (qsizetype last = first; last < groups.size(); ++last) {
                if (last > first && groups.at(last - 1).size() < kMinInnerGroup)
                    break;
                candidate += groups.at(last);
                if (candidate.size() > kMaxDigits)
                    break;
                if (candidate.size() >= kMinDigits && candidate.at(0) != QLatin1Char('0') &&
                    CardNumberGuard::luhnValid(candidate))
                    found = candidate;
            }
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

bool CardNumberGuard::luhnValid(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        int d = c - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool CardNumberGuard::containsCardNumber(const QString &text)
{
    return !findCardNumber(text).isEmpty();
}

QString CardNumberGuard::lastFour(const QString &text)
{
    const QString pan = findCardNumber(text);
    return pan.isEmpty() ? QString() : pan.right(4);
}

} // namespace relasi
