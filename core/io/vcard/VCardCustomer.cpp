#include "io/vcard/VCardCustomer.h"

namespace relasi {

namespace {

constexpr int kAddresses = 5; // addresses a card brings along; more are counted by droppedAddresses()

enum Column {
    ColFn,
    ColGiven,
    ColFamily,
    ColOrg,
    ColEmail,
    ColPhone,
    ColUrl,
    ColAddress0, // street, city, region, postal code, country; kAddresses groups of 5
    ColNote = ColAddress0 + 5 * 5,
    ColTags,
    ColExternal,
    ColCount,
};

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList out;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out.join(separator);
}

QString stripScheme(const QString &value, const QLatin1String &scheme)
{
    return value.startsWith(scheme, Qt::CaseInsensitive) ? value.mid(scheme.size()) : value;
}

} // namespace

QStringList VCardCustomer::header()
{
    QStringList h{QStringLiteral("FN"),    QStringLiteral("N.given"), QStringLiteral("N.family"), QStringLiteral("ORG"),
                  QStringLiteral("EMAIL"), QStringLiteral("TEL"),     QStringLiteral("URL")};
    for (int g = 0; g < kAddresses; ++g) {
        for (const char *part : {"street", "city", "region", "postal", "country"})
            h << QStringLiteral("ADR%1.%2").arg(g + 1).arg(QLatin1String(part));
    }
    h << QStringLiteral("NOTE") << QStringLiteral("CATEGORIES") << QStringLiteral("X-RELASI-EXTERNAL-ID");
    return h;
}

QList<ColumnMapping> VCardCustomer::columns()
{
    QList<ColumnMapping> c(ColCount);
    c[ColFn] = {ImportField::DisplayName, 0};
    c[ColGiven] = {ImportField::GivenName, 0};
    c[ColFamily] = {ImportField::FamilyName, 0};
    c[ColOrg] = {ImportField::Company, 0};
    c[ColEmail] = {ImportField::Email, 0};
    c[ColPhone] = {ImportField::Phone, 0};
    c[ColUrl] = {ImportField::Website, 0};
    for (int g = 0; g < kAddresses; ++g) {
        const int base = ColAddress0 + 5 * g;
        c[base] = {ImportField::Street, g};
        c[base + 1] = {ImportField::City, g};
        c[base + 2] = {ImportField::Region, g};
        c[base + 3] = {ImportField::PostalCode, g};
        c[base + 4] = {ImportField::Country, g};
    }
    c[ColNote] = {ImportField::Notes, 0};
    c[ColTags] = {ImportField::Tags, 0};
    c[ColExternal] = {ImportField::ExternalId, 0};
    return c;
}

static QList<const VCardProperty *> orderedAddresses(const VCard &card)
{
    QList<const VCardProperty *> adr = card.all(QStringLiteral("ADR"));
    // The first WORK address goes second (group 1 is labelled "work"), unless it is the only one.
    for (qsizetype i = 0; i < adr.size() && adr.size() > 1; ++i) {
        if (adr.at(i)->hasType(QStringLiteral("WORK")) && i != 1) {
            const VCardProperty *work = adr.takeAt(i);
            adr.insert(qMin<qsizetype>(1, adr.size()), work);
            break;
        }
    }
    return adr;
}

int VCardCustomer::droppedAddresses(const VCard &card)
{
    return qMax(0, int(card.all(QStringLiteral("ADR")).size()) - kAddresses);
}

QStringList VCardCustomer::row(const VCard &card)
{
    QStringList r(ColCount);
    if (const VCardProperty *fn = card.first(QStringLiteral("FN")))
        r[ColFn] = fn->text().simplified();
    if (const VCardProperty *n = card.first(QStringLiteral("N"))) {
        const QStringList parts = n->components();
        r[ColFamily] = parts.value(0);
        r[ColGiven] = joinNonEmpty({parts.value(1), parts.value(2)}, QStringLiteral(" "));
    }
    if (const VCardProperty *org = card.first(QStringLiteral("ORG")))
        r[ColOrg] = org->components().value(0);
    QStringList emails;
    for (const VCardProperty *p : card.all(QStringLiteral("EMAIL")))
        emails << stripScheme(p->text().trimmed(), QLatin1String("mailto:"));
    r[ColEmail] = joinNonEmpty(emails, QStringLiteral("\n"));
    QStringList phones;
    for (const VCardProperty *p : card.all(QStringLiteral("TEL")))
        phones << stripScheme(p->text().trimmed(), QLatin1String("tel:"));
    r[ColPhone] = joinNonEmpty(phones, QStringLiteral("\n"));
    QStringList urls;
    for (const VCardProperty *p : card.all(QStringLiteral("URL")))
        urls << p->text().trimmed();
    r[ColUrl] = joinNonEmpty(urls, QStringLiteral("\n"));
    const QList<const VCardProperty *> adr = orderedAddresses(card);
    for (int g = 0; g < kAddresses && g < adr.size(); ++g) {
        const QStringList parts = adr.at(g)->components(); // PO box; extended; street; city; region; postal; country
        const int base = ColAddress0 + 5 * g;
        r[base] = joinNonEmpty({parts.value(2), parts.value(1), parts.value(0)}, QStringLiteral(", "));
        r[base + 1] = parts.value(3);
        r[base + 2] = parts.value(4);
        r[base + 3] = parts.value(5);
        r[base + 4] = parts.value(6);
    }
    QStringList notes;
    for (const VCardProperty *p : card.all(QStringLiteral("NOTE")))
        notes << p->text().trimmed();
    r[ColNote] = joinNonEmpty(notes, QStringLiteral("\n"));
    QStringList tags;
    for (const VCardProperty *p : card.all(QStringLiteral("CATEGORIES")))
        tags << p->list();
    r[ColTags] = tags.join(QLatin1Char('\n'));
    if (const VCardProperty *x = card.first(QStringLiteral("X-RELASI-EXTERNAL-ID")))
        r[ColExternal] = x->text().trimmed();
    return r;
}

VCard VCardCustomer::fromCustomer(const Customer &c, VCardWriter::Version version)
{
    const bool v4 = version == VCardWriter::Version::V4;
    VCard card;
    card.version = VCardWriter::versionName(version);
    auto add = [&card](const QString &name, const QString &value, QList<QPair<QString, QString>> params = {}) {
        VCardProperty p;
        p.name = name;
        p.value = value;
        p.params = std::move(params);
        card.properties << p;
    };
    const QString fn = c.displayName.isEmpty() ? joinNonEmpty({c.givenName, c.familyName}, QStringLiteral(" ")) : c.displayName;
    add(QStringLiteral("FN"), VCardProperty::escape(fn));
    if (c.kind == CustomerKind::Company && c.givenName.isEmpty() && c.familyName.isEmpty()) {
        add(QStringLiteral("N"), QStringLiteral(";;;;"));
        if (v4)
            add(QStringLiteral("KIND"), QStringLiteral("org"));
    } else {
        add(QStringLiteral("N"), VCardProperty::escape(c.familyName) + QLatin1Char(';') + VCardProperty::escape(c.givenName)
                                     + QStringLiteral(";;;"));
    }
    if (!c.companyName.isEmpty())
        add(QStringLiteral("ORG"), VCardProperty::escape(c.companyName));
    auto typeParams = [v4](const QString &type, bool primary) {
        QList<QPair<QString, QString>> params;
        QString t = type;
        if (primary && !v4)
            t += t.isEmpty() ? QStringLiteral("pref") : QStringLiteral(",pref");
        if (!t.isEmpty())
            params << qMakePair(QStringLiteral("TYPE"), t);
        if (primary && v4)
            params << qMakePair(QStringLiteral("PREF"), QStringLiteral("1"));
        return params;
    };
    for (const ContactPoint &p : c.contacts) {
        switch (p.kind) {
        case ContactKind::Email:
            add(QStringLiteral("EMAIL"), VCardProperty::escape(p.raw), typeParams(v4 ? QString() : QStringLiteral("internet"), p.primary));
            break;
        case ContactKind::Phone:
        case ContactKind::WhatsApp: {
            const QString number = p.normalized.isEmpty() ? p.raw : p.normalized;
            add(QStringLiteral("TEL"), v4 ? QStringLiteral("tel:") + number : VCardProperty::escape(number),
                typeParams(p.kind == ContactKind::WhatsApp ? QStringLiteral("cell") : QStringLiteral("voice"), p.primary)
                    + (v4 ? QList<QPair<QString, QString>>{qMakePair(QStringLiteral("VALUE"), QStringLiteral("uri"))}
                          : QList<QPair<QString, QString>>{}));
            break;
        }
        case ContactKind::Website:
            add(QStringLiteral("URL"), p.raw);
            break;
        }
    }
    for (const Address &a : c.addresses) {
        const QString value = QStringList{QString(), QString(), VCardProperty::escape(a.street), VCardProperty::escape(a.city),
                                          VCardProperty::escape(a.region), VCardProperty::escape(a.postalCode),
                                          VCardProperty::escape(a.country)}
                                  .join(QLatin1Char(';'));
        add(QStringLiteral("ADR"), value,
            typeParams(a.label.compare(QLatin1String("work"), Qt::CaseInsensitive) == 0 ? QStringLiteral("work")
                                                                                         : QStringLiteral("home"),
                       false));
    }
    if (!c.notes.isEmpty())
        add(QStringLiteral("NOTE"), VCardProperty::escape(c.notes));
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : c.tags)
            tags << VCardProperty::escape(t);
        add(QStringLiteral("CATEGORIES"), tags.join(QLatin1Char(',')));
    }
    if (!c.externalId.isEmpty())
        add(QStringLiteral("X-RELASI-EXTERNAL-ID"), VCardProperty::escape(c.externalId));
    add(QStringLiteral("UID"), v4 ? QStringLiteral("urn:uuid:") + c.id : c.id);
    return card;
}

} // namespace relasi
