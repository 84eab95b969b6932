#include "services/CustomerValidator.h"

#include "domain/CardNumberGuard.h"
#include "domain/EmailAddress.h"
#include "domain/PhoneNormalizer.h"
#include "text/TextNormalizer.h"

#include <QSet>

namespace relasi {

QString CustomerValidator::tagKey(const QString &tag)
{
    return TextNormalizer::fold(tag.simplified());
}

Status CustomerValidator::normalizeContact(ContactPoint &p, const QString &region)
{
    p.raw = p.raw.trimmed();
    p.label = p.label.trimmed();
    const QString field = contactKindName(p.kind);
    if (p.raw.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("%1: empty value").arg(field));
    switch (p.kind) {
    case ContactKind::Email: {
        auto e = EmailAddress::normalize(p.raw);
        if (!e)
            return Error(ErrorCode::Invalid, QStringLiteral("email: \"%1\" is not a valid e-mail address (%2)")
                                                 .arg(p.raw, e.error().message));
        p.normalized = *e;
        break;
    }
    case ContactKind::Phone:
    case ContactKind::WhatsApp: {
        auto n = PhoneNormalizer::toE164(p.raw, region);
        if (!n)
            return Error(ErrorCode::Invalid, QStringLiteral("%1: \"%2\" is not a valid phone number (%3)")
                                                 .arg(field, p.raw, n.error().message));
        p.normalized = *n;
        break;
    }
    case ContactKind::Website:
        if (p.raw.contains(QLatin1Char(' ')) || !p.raw.contains(QLatin1Char('.')))
            return Error(ErrorCode::Invalid, QStringLiteral("website: \"%1\" is not a web address").arg(p.raw));
        p.normalized = p.raw.toLower();
        break;
    }
    return {};
}

Status CustomerValidator::normalize(Customer &c, const QString &region)
{
    c.givenName = c.givenName.simplified();
    c.familyName = c.familyName.simplified();
    c.displayName = c.displayName.simplified();
    c.companyName = c.companyName.simplified();
    c.source = c.source.trimmed();
    c.externalId = c.externalId.trimmed();
    if (c.displayName.isEmpty()) {
        c.displayName = QStringList{c.givenName, c.familyName}.join(QLatin1Char(' ')).trimmed();
        if (c.displayName.isEmpty() && c.kind == CustomerKind::Company)
            c.displayName = c.companyName;
    }
    if (c.displayName.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("name: a customer needs a name"));
    if (CardNumberGuard::containsCardNumber(c.notes))
        return Error(ErrorCode::Invalid, QStringLiteral("notes: contain a payment card number (ending %1); card "
                                                        "numbers are never stored")
                                             .arg(CardNumberGuard::lastFour(c.notes)));
    bool havePrimary[4] = {false, false, false, false};
    for (ContactPoint &p : c.contacts) {
        if (Status s = normalizeContact(p, region); !s)
            return s;
        // At most one primary per kind; the first one marked wins.
        bool &seen = havePrimary[int(p.kind)];
        if (p.primary && seen)
            p.primary = false;
        seen = seen || p.primary;
    }
    for (Address &a : c.addresses) {
        a.label = a.label.trimmed();
        a.street = a.street.trimmed();
        a.city = a.city.simplified();
        a.region = a.region.simplified();
        a.postalCode = a.postalCode.trimmed();
        a.country = a.country.trimmed().toUpper();
    }
    QStringList tags;
    QSet<QString> keys;
    for (const QString &t : std::as_const(c.tags)) {
        const QString key = tagKey(t);
        if (key.isEmpty() || keys.contains(key))
            continue;
        keys.insert(key);
        tags << t.simplified();
    }
    c.tags = tags;
    return {};
}

} // namespace relasi
