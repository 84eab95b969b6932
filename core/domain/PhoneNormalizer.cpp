#include "domain/PhoneNormalizer.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>
#include <string>

namespace relasi {

namespace {

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string regionCode(const QString &region)
{
    return region.trimmed().toUpper().toStdString();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// ASCII digits of text, any Unicode decimal digit (full-width, Arabic-Indic, …) included.
QString digitsOf(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int v = c.digitValue();
        if (v >= 0 && c.category() == QChar::Number_DecimalDigit)
            out.append(QChar(u'0' + v));
    }
    return out;
}

QString parseErrorText(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return QStringLiteral("unknown country calling code or region");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return QStringLiteral("not a phone number");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QStringLiteral("too short");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QStringLiteral("too long");
    default:
        return QStringLiteral("cannot be read as a phone number");
    }
}

bool parse(const QString &text, const std::string &region, PhoneNumber *number)
{
    return util().Parse(text.toStdString(), region, number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

Result<QString> PhoneNormalizer::toE164(const QString &raw, const QString &defaultRegion)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("phone number is empty"));
    PhoneNumber number;
    const auto error = util().Parse(text.toStdString(), regionCode(defaultRegion), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error(ErrorCode::Invalid, QStringLiteral("phone number %1").arg(parseErrorText(error)));
    if (!util().IsValidNumber(number))
        return Error(ErrorCode::Invalid, QStringLiteral("not a valid phone number for its country"));
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return fromStd(e164);
}

QString PhoneNormalizer::formatForDisplay(const QString &e164, const QString &region)
{
    PhoneNumber number;
    if (!parse(e164, "ZZ", &number))
        return e164;
    const bool home = number.country_code() == util().GetCountryCodeForRegion(regionCode(region));
    std::string out;
    util().Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return fromStd(out);
}

QStringList PhoneNormalizer::searchDigitForms(const QString &e164, const QString &region)
{
    PhoneNumber number;
    if (!parse(e164, "ZZ", &number))
        return {};
    QStringList forms;
    auto add = [&forms](const std::string &formatted) {
        const QString digits = digitsOf(fromStd(formatted));
        if (!digits.isEmpty() && !forms.contains(digits))
            forms.append(digits);
    };
    std::string out;
    util().Format(number, PhoneNumberUtil::E164, &out);
    add(out);
    util().Format(number, PhoneNumberUtil::NATIONAL, &out);
    add(out);
    const std::string home = regionCode(region);
    if (number.country_code() != util().GetCountryCodeForRegion(home)) {
        util().FormatOutOfCountryCallingNumber(number, home, &out);
        add(out);
    }
    return forms;
}

QString PhoneNormalizer::digitsForQuery(const QString &typed, const QString &region)
{
    const QString text = typed.trimmed();
    QString digits = digitsOf(text);
    const bool international = text.startsWith(QLatin1Char('+')) || text.startsWith(QChar(0xFF0B));
    if (international && !digits.isEmpty()) {
        // "+62 0812…": people often keep the trunk prefix after the country code; the stored forms do not
        // have it there.
        const std::string home = regionCode(region);
        const QString cc = QString::number(util().GetCountryCodeForRegion(home));
        std::string nddStd;
        util().GetNddPrefixForRegion(home, true, &nddStd);
        const QString ndd = fromStd(nddStd);
        if (!ndd.isEmpty() && digits.startsWith(cc + ndd))
            digits.remove(cc.size(), ndd.size());
    }
    return digits;
}

QString PhoneNormalizer::formatAsYouType(const QString &typed, const QString &region)
{
    const std::unique_ptr<AsYouTypeFormatter> formatter(util().GetAsYouTypeFormatter(regionCode(region)));
    std::string result;
    bool any = false;
    for (const QChar c : typed) {
        if ((c == QLatin1Char('+') || c == QChar(0xFF0B)) && !any) {
            formatter->InputDigit('+', &result);
            any = true;
            continue;
        }
        const int v = c.digitValue();
        if (v >= 0 && c.category() == QChar::Number_DecimalDigit) {
            formatter->InputDigit('0' + v, &result);
            any = true;
        }
    }
    return any ? fromStd(result) : QString();
}

} // namespace relasi
