#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace relasi {

// One content line of a vCard (RFC 2425/2426/6350, and 2.1's variants): [group.]NAME;PARAM=…:value.
// name and parameter names are upper-case; values stays as written except that unfolding, quoted-printable
// and the CHARSET parameter are already applied (text escapes are not: use components()/list()).
struct VCardProperty {
    QString group;
    QString name;
    QList<QPair<QString, QString>> params; // name (upper-case) → value; a 2.1 bare parameter is ("TYPE", value)
    QString value;

    // All values of a parameter (comma lists split, upper-cased for TYPE).
    QStringList param(const QString &name) const;
    bool hasType(const QString &type) const; // TYPE=… (case-insensitive), also 2.1 bare types
    // The value split at unescaped ';' (structured: N, ADR, ORG), each part unescaped.
    QStringList components() const;
    // The value split at unescaped ',' (CATEGORIES, NICKNAME), each part unescaped and trimmed, empty dropped.
    QStringList list() const;
    // The value unescaped as one text (FN, NOTE, EMAIL, TEL).
    QString text() const;

    static QString unescape(const QString &text);
    static QString escape(const QString &text); // \\ \n \, \;
};

struct VCard {
    QString version; // "2.1", "3.0", "4.0"; empty if the card has no VERSION
    qint64 line = 0; // line of BEGIN:VCARD
    QList<VCardProperty> properties;

    const VCardProperty *first(const QString &name) const; // nullptr if absent
    QList<const VCardProperty *> all(const QString &name) const;
};

} // namespace relasi
