#include "domain/Customer.h"

namespace relasi {

QString customerKindName(CustomerKind k)
{
    return k == CustomerKind::Company ? QStringLiteral("company") : QStringLiteral("person");
}

QString customerStatusName(CustomerStatus s)
{
    switch (s) {
    case CustomerStatus::Lead:
        return QStringLiteral("lead");
    case CustomerStatus::Prospect:
        return QStringLiteral("prospect");
    case CustomerStatus::Customer:
        return QStringLiteral("customer");
    case CustomerStatus::Inactive:
        return QStringLiteral("inactive");
    }
    return QStringLiteral("lead");
}

QString contactKindName(ContactKind k)
{
    switch (k) {
    case ContactKind::Email:
        return QStringLiteral("email");
    case ContactKind::Phone:
        return QStringLiteral("phone");
    case ContactKind::WhatsApp:
        return QStringLiteral("whatsapp");
    case ContactKind::Website:
        return QStringLiteral("website");
    }
    return QStringLiteral("email");
}

std::optional<CustomerKind> customerKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("person"))
        return CustomerKind::Person;
    if (n == QLatin1String("company"))
        return CustomerKind::Company;
    return std::nullopt;
}

std::optional<CustomerStatus> customerStatusFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (CustomerStatus s : {CustomerStatus::Lead, CustomerStatus::Prospect, CustomerStatus::Customer,
                             CustomerStatus::Inactive}) {
        if (customerStatusName(s) == n)
            return s;
    }
    return std::nullopt;
}

std::optional<ContactKind> contactKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (ContactKind k : {ContactKind::Email, ContactKind::Phone, ContactKind::WhatsApp, ContactKind::Website}) {
        if (contactKindName(k) == n)
            return k;
    }
    return std::nullopt;
}

QStringList Customer::emails() const
{
    QStringList out;
    for (const ContactPoint &c : contacts) {
        if (c.kind == ContactKind::Email)
            out << c.normalized;
    }
    return out;
}

QStringList Customer::phones() const
{
    QStringList out;
    for (const ContactPoint &c : contacts) {
        if (c.kind == ContactKind::Phone)
            out << c.normalized;
    }
    return out;
}

} // namespace relasi
