#include "io/import/CustomerOverwrite.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace relasi {

namespace {

struct ScalarField {
    const char *name;
    QString Customer::*member;
};

const ScalarField kScalars[] = {
    {"display_name", &Customer::displayName}, {"given_name", &Customer::givenName},
    {"family_name", &Customer::familyName},   {"company_name", &Customer::companyName},
    {"notes", &Customer::notes},              {"external_id", &Customer::externalId},
};

QSet<QString> idsOf(const QList<ContactPoint> &list)
{
    QSet<QString> out;
    for (const ContactPoint &p : list)
        out.insert(p.id);
    return out;
}

QSet<QString> idsOf(const QList<Address> &list)
{
    QSet<QString> out;
    for (const Address &a : list)
        out.insert(a.id);
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QSet<QString> stringSet(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &x : v.toArray())
        out.insert(x.toString());
    return out;
}

} // namespace

void CustomerOverwrite::merge(Customer &c, const Customer &in, bool over)
{
    auto take = [over](QString &target, const QString &value) {
        if (!value.isEmpty() && (over || target.isEmpty()))
            target = value;
    };
    take(c.givenName, in.givenName);
    take(c.familyName, in.familyName);
    if (!in.displayName.isEmpty() && over)
        c.displayName = in.displayName;
    if (c.companyId.isEmpty())
        take(c.companyName, in.companyName);
    take(c.notes, in.notes);
    take(c.externalId, in.externalId);
    for (const ContactPoint &p : in.contacts) {
        if (std::none_of(c.contacts.cbegin(), c.contacts.cend(),
                         [&p](const ContactPoint &q) { return q.kind == p.kind && q.normalized == p.normalized; })) {
            ContactPoint add = p;
            add.primary = false;
            c.contacts << add;
        }
    }
    if (c.addresses.isEmpty())
        c.addresses = in.addresses;
    for (const QString &t : in.tags)
        c.tags << t;
}

QJsonObject CustomerOverwrite::diff(const Customer &before, const Customer &after)
{
    QJsonObject fields;
    for (const ScalarField &f : kScalars) {
        const QString &a = before.*(f.member);
        const QString &b = after.*(f.member);
        if (a != b)
            fields.insert(QLatin1String(f.name), QJsonArray{a, b});
    }
    QStringList contacts;
    const QSet<QString> oldContacts = idsOf(before.contacts);
    for (const ContactPoint &p : after.contacts) {
        if (!oldContacts.contains(p.id))
            contacts << p.id;
    }
    QStringList addresses;
    const QSet<QString> oldAddresses = idsOf(before.addresses);
    for (const Address &a : after.addresses) {
        if (!oldAddresses.contains(a.id))
            addresses << a.id;
    }
    QStringList tags;
    for (const QString &t : after.tags) {
        if (!before.tags.contains(t, Qt::CaseInsensitive))
            tags << t;
    }
    QJsonObject out;
    if (!fields.isEmpty())
        out.insert(QStringLiteral("fields"), fields);
    if (!contacts.isEmpty())
        out.insert(QStringLiteral("contacts"), toArray(contacts));
    if (!addresses.isEmpty())
        out.insert(QStringLiteral("addresses"), toArray(addresses));
    if (!tags.isEmpty())
        out.insert(QStringLiteral("tags"), toArray(tags));
    return out;
}

bool CustomerOverwrite::revert(Customer &current, const QJsonObject &diff)
{
    bool changed = false;
    const QJsonObject fields = diff.value(QStringLiteral("fields")).toObject();
    for (const ScalarField &f : kScalars) {
        const QJsonArray pair = fields.value(QLatin1String(f.name)).toArray();
        if (pair.size() != 2)
            continue;
        QString &value = current.*(f.member);
        if (value == pair.at(1).toString()) {
            value = pair.at(0).toString();
            changed = true;
        }
    }
    const QSet<QString> contacts = stringSet(diff.value(QStringLiteral("contacts")));
    const auto removedContacts = current.contacts.removeIf([&](const ContactPoint &p) { return contacts.contains(p.id); });
    const QSet<QString> addresses = stringSet(diff.value(QStringLiteral("addresses")));
    const auto removedAddresses = current.addresses.removeIf([&](const Address &a) { return addresses.contains(a.id); });
    const QSet<QString> tags = stringSet(diff.value(QStringLiteral("tags")));
    const auto removedTags = current.tags.removeIf([&](const QString &t) { return tags.contains(t); });
    return changed || removedContacts > 0 || removedAddresses > 0 || removedTags > 0;
}

} // namespace relasi
