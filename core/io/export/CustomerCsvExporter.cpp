#include "io/export/CustomerCsvExporter.h"

#include "domain/Customer.h"
#include "io/export/CustomerExportCursor.h"
#include "io/export/RecordExporter.h"
#include "io/export/RowPipeline.h"

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

void CustomerCsvExporter::appendRow(const CustomerExportCursor &cursor, RowBlock &out)
{
    using C = CustomerExportCursor;
    out.appendCell(cursor.column(C::DisplayName));
    out.appendCell(cursor.column(C::GivenName));
    out.appendCell(cursor.column(C::FamilyName));
    out.appendCell(cursor.column(C::CompanyName));
    // Several values in one cell, joined with " ::: " (the cursor gives them primary first).
    const QByteArrayView separator(" ::: ");
    for (ContactKind kind : {ContactKind::Email, ContactKind::Phone}) {
        bool first = true;
        for (const auto *p = cursor.contactsBegin(); p != cursor.contactsEnd(); ++p) {
            if (p->kind != kind)
                continue;
            if (!first)
                out.appendPart(separator);
            first = false;
            out.appendPart(kind == ContactKind::Phone && !p->normalized.isEmpty() ? p->normalized : p->raw);
        }
        out.endCell();
    }
    const C::AddressRow *a = cursor.addressesBegin() != cursor.addressesEnd() ? cursor.addressesBegin() : nullptr;
    out.appendCell(a ? QByteArrayView(a->street) : QByteArrayView());
    out.appendCell(a ? QByteArrayView(a->city) : QByteArrayView());
    out.appendCell(a ? QByteArrayView(a->postalCode) : QByteArrayView());
    out.appendCell(a ? QByteArrayView(a->country) : QByteArrayView());
    out.appendCell(cursor.column(C::StatusName));
    for (qsizetype i = 0; i < cursor.tagCount(); ++i) {
        if (i > 0)
            out.appendPart(separator);
        out.appendPart(cursor.tag(i));
    }
    out.endCell();
    out.appendCell(cursor.column(C::Notes));
    out.appendCell(cursor.column(C::ExternalId));
    out.appendCell(cursor.column(C::Id));
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
