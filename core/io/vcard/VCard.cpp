#include "io/vcard/VCard.h"

namespace relasi {

namespace {

QStringList splitUnescaped(const QString &value, QChar separator)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

} // namespace

QStringList VCardProperty::param(const QString &name) const
{
    QStringList out;
    for (const auto &p : params) {
        if (p.first != name)
            continue;
        for (const QString &v : p.second.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << (name == QLatin1String("TYPE") ? v.trimmed().toUpper() : v.trimmed());
    }
    return out;
}

bool VCardProperty::hasType(const QString &type) const
{
    return param(QStringLiteral("TYPE")).contains(type.toUpper());
}

QString VCardProperty::unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar n = text.at(++i);
        if (n == QLatin1Char('n') || n == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            out += n; // \\ \, \; \: and anything else stand for themselves
    }
    return out;
}

QString VCardProperty::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QStringList VCardProperty::components() const
{
    QStringList out;
    for (const QString &part : splitUnescaped(value, QLatin1Char(';')))
        out << unescape(part).trimmed();
    return out;
}

QStringList VCardProperty::list() const
{
    QStringList out;
    for (const QString &part : splitUnescaped(value, QLatin1Char(','))) {
        const QString v = unescape(part).trimmed();
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

QString VCardProperty::text() const
{
    return unescape(value);
}

const VCardProperty *VCard::first(const QString &name) const
{
    for (const VCardProperty &p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QList<const VCardProperty *> VCard::all(const QString &name) const
{
    QList<const VCardProperty *> out;
    for (const VCardProperty &p : properties) {
        if (p.name == name)
            out << &p;
    }
    return out;
}

} // namespace relasi
