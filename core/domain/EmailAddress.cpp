#include "domain/EmailAddress.h"

#include <QUrl>

namespace relasi {

namespace {

Error invalid(const QString &reason)
{
    return Error(ErrorCode::Invalid, reason);
}

bool isForbiddenInLocal(QChar c)
{
    if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
        return true;
    switch (c.unicode()) {
    case u'(': case u')': case u'<': case u'>': case u'[': case u']':
    case u'\\': case u',': case u';': case u':': case u'"': case u'@':
        return true;
    default:
        return false;
    }
}

bool isLdh(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// Checks the ASCII (punycode) form of the domain; empty when fine, the reason otherwise.
QString domainProblem(const QByteArray &ace)
{
    if (ace.isEmpty())
        return QStringLiteral("the domain is not a valid domain name");
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return QStringLiteral("the domain has no dot (e.g. example.com)");
    for (const QByteArray &label : labels) {
        if (label.isEmpty())
            return QStringLiteral("the domain has an empty label");
        if (label.size() > 63)
            return QStringLiteral("a domain label is longer than 63 characters");
        if (label.startsWith('-') || label.endsWith('-'))
            return QStringLiteral("a domain label starts or ends with '-'");
        for (const char c : label) {
            if (!isLdh(c))
                return QStringLiteral("the domain contains a character not allowed in host names");
        }
    }
    bool numeric = true;
    for (const char c : labels.last())
        numeric = numeric && c >= '0' && c <= '9';
    if (numeric)
        return QStringLiteral("the top-level domain is numeric");
    return {};
}

} // namespace

Result<QString> EmailAddress::normalize(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("the e-mail address is empty"));
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 0)
        return invalid(QStringLiteral("the e-mail address has no '@'"));
    if (text.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return invalid(QStringLiteral("the e-mail address has more than one '@'"));

    const QString local = text.left(at).toLower();
    const QString domain = text.mid(at + 1);
    if (local.isEmpty())
        return invalid(QStringLiteral("nothing before the '@'"));
    if (domain.isEmpty())
        return invalid(QStringLiteral("nothing after the '@'"));
    if (local.size() > maxLocalLength)
        return invalid(QStringLiteral("the part before the '@' is longer than 64 characters"));
    for (const QChar c : local) {
        if (isForbiddenInLocal(c))
            return invalid(QStringLiteral("the part before the '@' contains a space or a character not allowed there"));
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return invalid(QStringLiteral("misplaced '.' before the '@'"));
    for (const QChar c : domain) {
        if (c.isSpace())
            return invalid(QStringLiteral("the domain contains a space"));
    }

    // IDNA (UTS #46) maps the domain: case, full-width forms, Unicode to punycode.
    const QByteArray ace = QUrl::toAce(domain);
    const QString problem = domainProblem(ace);
    if (!problem.isEmpty())
        return invalid(problem);
    if (local.toUtf8().size() + 1 + ace.size() > maxLength)
        return invalid(QStringLiteral("the e-mail address is longer than 254 characters"));
    const QString canonicalDomain = QUrl::fromAce(ace);
    return QString(local + QLatin1Char('@') + canonicalDomain);
}

} // namespace relasi
