#include "io/export/CustomerCsvExporter.h"

#include "domain/Customer.h"
#include "io/export/CustomerExportCursor.h"
#include "io/export/RecordExporter.h"

namespace relasi {

namespace {

const QString kSeparator = QStringLiteral(" ::: ");

QString joinContacts(const Customer &c, ContactKind kind)
{
    QStringList out;
    for (const ContactPoint &p : c.contacts) {
        if (p.kind == kind)
            out << (kind == ContactKind::Phone && !p.normalized.isEmpty() ? p.normalized : p.raw);
    }
    return out.join(kSeparator);
}

void appendJoined(QByteArray &cell, QByteArrayView value)
{
    if (!cell.isEmpty())
        cell.append(" ::: ", 5);
    cell.append(value.data(), value.size());
}

} // namespace

CustomerCsvExporter::CustomerCsvExporter(ServiceContext &ctx) : m_ctx(ctx) {}

QStringList CustomerCsvExporter::header()
{
    return {QStringLiteral("name"),    QStringLiteral("given_name"),  QStringLiteral("family_name"),
            QStringLiteral("company"), QStringLiteral("emails"),      QStringLiteral("phones"),
            QStringLiteral("street"),  QStringLiteral("city"),        QStringLiteral("postal_code"),
            QStringLiteral("country"), QStringLiteral("status"),      QStringLiteral("tags"),
            QStringLiteral("notes"),   QStringLiteral("external_id"), QStringLiteral("id")};
}

QStringList CustomerCsvExporter::row(const Customer &c)
{
    const Address a = c.addresses.isEmpty() ? Address() : c.addresses.constFirst();
    return {c.displayName,
            c.givenName,
            c.familyName,
            c.companyName,
            joinContacts(c, ContactKind::Email),
            joinContacts(c, ContactKind::Phone),
            a.street,
            a.city,
            a.postalCode,
            a.country,
            customerStatusName(c.status),
            c.tags.join(kSeparator),
            c.notes,
            c.externalId,
            c.id};
}

void CustomerCsvExporter::row(const CustomerExportCursor &cursor, RowCells &out)
{
    out.emails.resize(0);
    out.phones.resize(0);
    out.tags.resize(0);
    for (const auto *p = cursor.contactsBegin(); p != cursor.contactsEnd(); ++p) {
        if (p->kind == ContactKind::Email)
            appendJoined(out.emails, p->raw);
        else if (p->kind == ContactKind::Phone)
            appendJoined(out.phones, p->normalized.isEmpty() ? p->raw : p->normalized);
    }
    for (qsizetype i = 0; i < cursor.tagCount(); ++i)
        appendJoined(out.tags, cursor.tag(i));
    const CustomerExportCursor::AddressRow *a =
        cursor.addressesBegin() != cursor.addressesEnd() ? cursor.addressesBegin() : nullptr;
    using C = CustomerExportCursor;
    out.cells = {cursor.column(C::DisplayName),
                 cursor.column(C::GivenName),
                 cursor.column(C::FamilyName),
                 cursor.column(C::CompanyName),
                 out.emails,
                 out.phones,
                 a ? QByteArrayView(a->street) : QByteArrayView(),
                 a ? QByteArrayView(a->city) : QByteArrayView(),
                 a ? QByteArrayView(a->postalCode) : QByteArrayView(),
                 a ? QByteArrayView(a->country) : QByteArrayView(),
                 cursor.column(C::StatusName),
                 out.tags,
                 cursor.column(C::Notes),
                 cursor.column(C::ExternalId),
                 cursor.column(C::Id)};
}

Result<qint64> CustomerCsvExporter::exportTo(const QString &path, const CsvWriter::Options &options)
{
    ExportOptions export_;
    export_.entity = ExportEntity::Customers;
    export_.format = ExportFormat::Csv;
    export_.csv = options;
    return RecordExporter(m_ctx).exportTo(path, export_);
}

} // namespace relasi
