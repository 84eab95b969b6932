#include "io/import/CustomerRowMapper.h"

#include "io/csv/CsvWriter.h"
#include "services/CustomerValidator.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace relasi {

QStringList CustomerRowMapper::splitValues(const QString &cell, const QString &separator, bool splitComma)
{
    QStringList parts{cell};
    if (!separator.isEmpty() && cell.contains(separator))
        parts = cell.split(separator);
    QStringList out;
    static const QRegularExpression semicolon(QStringLiteral("[;\\n]"));
    static const QRegularExpression semicolonComma(QStringLiteral("[;,\\n]"));
    for (const QString &p : std::as_const(parts)) {
        for (const QString &v : p.split(splitComma ? semicolonComma : semicolon, Qt::SkipEmptyParts)) {
            const QString t = v.trimmed();
            if (!t.isEmpty())
                out << t;
        }
    }
    return out;
}

MappedRow CustomerRowMapper::map(const QStringList &fields, const ImportProfile &profile, const QString &region)
{
    MappedRow r;
    NewCustomer &c = r.customer;
    QMap<int, Address> addresses;
    QStringList unverified;  // notes lines for values kept as typed
    QString unverifiedPhone; // the first phone among them
    const int n = int(qMin(fields.size(), profile.columns.size()));
    auto fail = [&r](int column, const QString &reason) {
        r.errorColumn = column;
        r.error = reason;
        return r;
    };
    auto addContact = [&](ContactKind kind, const QString &value, int column) -> bool {
        ContactPoint p;
        p.kind = kind;
        p.raw = value;
        if (Status s = CustomerValidator::normalizeContact(p, region); !s) {
            if (kind == ContactKind::Email || p.raw.isEmpty()) {
                fail(column, s.error().message); // e-mails identify customers (duplicates): fixed, not guessed
                return false;
            }
            // A phone libphonenumber does not accept for its country (a typo, a made-up or unallocated number, a
            // national number of another country) or a website that is not a web address: kept as typed in the
            // notes, and the row says so.
            unverified << (kind == ContactKind::Phone ? QStringLiteral("Phone (not verified): ")
                                                      : QStringLiteral("Website (not verified): "))
                    + p.raw;
            if (kind == ContactKind::Phone && unverifiedPhone.isEmpty())
                unverifiedPhone = p.raw;
            r.warnings << qMakePair(column, s.error().message + QStringLiteral("; kept in the notes"));
            return true;
        }
        for (const ContactPoint &q : std::as_const(c.contacts)) {
            if (q.kind == kind && q.normalized == p.normalized)
                return true;
        }
        p.primary = std::none_of(c.contacts.cbegin(), c.contacts.cend(),
                                 [kind](const ContactPoint &x) { return x.kind == kind; });
        c.contacts << p;
        return true;
    };
    for (int i = 0; i < n; ++i) {
        const ColumnMapping &m = profile.columns.at(i);
        if (m.field == ImportField::Ignore || m.field == ImportField::CreatedAt)
            continue;
        const QString value = CsvWriter::unguardCell(fields.at(i)).trimmed();
        if (value.isEmpty())
            continue;
        const int column = i + 1;
        auto setOnce = [&value](QString &target) {
            if (target.isEmpty())
                target = value;
        };
        switch (m.field) {
        case ImportField::DisplayName:
            setOnce(c.displayName);
            break;
        case ImportField::GivenName:
            setOnce(c.givenName);
            break;
        case ImportField::FamilyName:
            setOnce(c.familyName);
            break;
        case ImportField::Company:
            setOnce(c.companyName);
            break;
        case ImportField::Notes:
            c.notes = c.notes.isEmpty() ? value : c.notes + QLatin1Char('\n') + value;
            break;
        case ImportField::ExternalId:
            setOnce(c.externalId);
            break;
        case ImportField::Status: {
            auto st = customerStatusFromName(value);
            if (!st)
                return fail(column, QStringLiteral("status: \"%1\" is not lead, prospect, customer or inactive").arg(value));
            c.status = *st;
            break;
        }
        case ImportField::Email:
        case ImportField::Phone:
        case ImportField::Website: {
            const ContactKind kind = m.field == ImportField::Email ? ContactKind::Email
                : m.field == ImportField::Phone                   ? ContactKind::Phone
                                                                  : ContactKind::Website;
            for (const QString &v : splitValues(value, profile.multiValueSeparator, kind == ContactKind::Email)) {
                if (!addContact(kind, v, column))
                    return r;
            }
            break;
        }
        case ImportField::Tags:
            for (const QString &t : splitValues(value, profile.multiValueSeparator, true)) {
                if (!t.startsWith(QLatin1String("* "))) // Google's system groups ("* myContacts", "* starred")
                    c.tags << t;
            }
            break;
        case ImportField::Street: {
            QString &street = addresses[m.group].street;
            street = street.isEmpty() ? value : street + QStringLiteral(", ") + value;
            break;
        }
        case ImportField::City:
            setOnce(addresses[m.group].city);
            break;
        case ImportField::Region:
            setOnce(addresses[m.group].region);
            break;
        case ImportField::PostalCode:
            setOnce(addresses[m.group].postalCode);
            break;
        case ImportField::Country:
            setOnce(addresses[m.group].country);
            break;
        case ImportField::Ignore:
        case ImportField::CreatedAt:
            break;
        }
    }
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
        Address a = *it;
        a.label = it.key() == 0 ? QString() : it.key() == 1 ? QStringLiteral("work") : QStringLiteral("other");
        c.addresses << a;
    }
    for (const QString &t : profile.tags)
        c.tags << t;
    c.ownerId = profile.ownerId;

    for (const QString &line : std::as_const(unverified))
        c.notes = c.notes.isEmpty() ? line : c.notes + QLatin1Char('\n') + line;

    const bool hasName = !c.displayName.isEmpty() || !c.givenName.isEmpty() || !c.familyName.isEmpty();
    if (!hasName) {
        if (!c.companyName.isEmpty()) {
            c.kind = CustomerKind::Company;
            c.displayName = c.companyName;
        } else if (!c.contacts.isEmpty()) {
            c.displayName = c.contacts.constFirst().raw;
        } else if (!unverifiedPhone.isEmpty()) {
            c.displayName = unverifiedPhone;
        } else {
            return fail(0, QStringLiteral("name: the row has no name, company, e-mail or phone"));
        }
    }

    for (const ContactPoint &p : std::as_const(c.contacts)) {
        if (p.kind == ContactKind::Email && (profile.matchOn & ImportProfile::MatchEmail))
            r.keys << QStringLiteral("e:") + p.normalized;
        else if (p.kind == ContactKind::Phone && (profile.matchOn & ImportProfile::MatchPhone))
            r.keys << QStringLiteral("p:") + p.normalized;
    }
    if (!c.externalId.isEmpty() && (profile.matchOn & ImportProfile::MatchExternalId))
        r.keys << QStringLiteral("x:") + c.externalId;
    if (profile.matchOn & ImportProfile::MatchNameCompany) {
        const QString name = c.displayName.isEmpty() ? QStringList{c.givenName, c.familyName}.join(QLatin1Char(' '))
                                                     : c.displayName;
        r.keys << QStringLiteral("n:") + name.simplified().toCaseFolded() + QLatin1Char('\x1f')
                + c.companyName.simplified().toCaseFolded();
    }
    return r;
}

} // namespace relasi
