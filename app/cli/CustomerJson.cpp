#include "CustomerJson.h"

#include "Cli.h"

#include <QJsonArray>

namespace relasi::cli {

QJsonObject customerSummaryJson(const Customer &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.displayName},
        {QStringLiteral("kind"), customerKindName(c.kind)},
        {QStringLiteral("company"), c.companyName},
        {QStringLiteral("emails"), QJsonArray::fromStringList(c.emails())},
        {QStringLiteral("phones"), QJsonArray::fromStringList(c.phones())},
        {QStringLiteral("status"), customerStatusName(c.status)},
        {QStringLiteral("owner_id"), c.ownerId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
    };
}

QJsonObject customerFullJson(const Customer &c, const QString &ownerEmail)
{
    QJsonObject o = customerSummaryJson(c);
    o.insert(QStringLiteral("given_name"), c.givenName);
    o.insert(QStringLiteral("family_name"), c.familyName);
    o.insert(QStringLiteral("company_id"), c.companyId);
    o.insert(QStringLiteral("owner"), QJsonObject{{QStringLiteral("id"), c.ownerId}, {QStringLiteral("email"), ownerEmail}});
    o.insert(QStringLiteral("source"), c.source);
    o.insert(QStringLiteral("notes"), c.notes);
    o.insert(QStringLiteral("external_id"), c.externalId);
    o.insert(QStringLiteral("legal_hold"), c.legalHold);
    o.insert(QStringLiteral("deleted"), c.isDeleted());
    o.insert(QStringLiteral("created_at"), isoFromMs(c.createdAt));
    o.insert(QStringLiteral("updated_at"), isoFromMs(c.updatedAt));
    o.insert(QStringLiteral("last_contact_at"), c.lastContactAt > 0 ? QJsonValue(isoFromMs(c.lastContactAt)) : QJsonValue());
    QJsonArray contacts;
    for (const ContactPoint &p : c.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("kind"), contactKindName(p.kind)},
                                    {QStringLiteral("raw"), p.raw},
                                    {QStringLiteral("normalized"), p.normalized},
                                    {QStringLiteral("label"), p.label},
                                    {QStringLiteral("primary"), p.primary}});
    }
    o.insert(QStringLiteral("contact_points"), contacts);
    QJsonArray addresses;
    for (const Address &a : c.addresses) {
        addresses.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("label"), a.label},
                                     {QStringLiteral("street"), a.street},
                                     {QStringLiteral("city"), a.city},
                                     {QStringLiteral("region"), a.region},
                                     {QStringLiteral("postal_code"), a.postalCode},
                                     {QStringLiteral("country"), a.country}});
    }
    o.insert(QStringLiteral("addresses"), addresses);
    o.insert(QStringLiteral("shared_with"), QJsonArray::fromStringList(c.sharedWith));
    return o;
}

} // namespace relasi::cli
