#include "io/export/CustomerCsvExporter.h"

#include "common/Logging.h"
#include "domain/Customer.h"
#include "services/CustomerService.h"
#include "services/ServiceContext.h"

#include <QSaveFile>

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

Result<qint64> CustomerCsvExporter::exportTo(const QString &path, const CsvWriter::Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    qint64 count = 0;
    {
        CsvWriter writer(&file, options);
        if (Status s = writer.writeRecord(header()); !s)
            return s.error();
        Status writeStatus;
        CustomerService customers(m_ctx);
        Status s = customers.exportAll([&](const Customer &c) {
            writeStatus = writer.writeRecord(row(c));
            if (!writeStatus)
                return false;
            ++count;
            return true;
        });
        if (!writeStatus)
            return writeStatus.error();
        if (!s)
            return s.error();
        if (Status f = writer.flush(); !f)
            return f.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    qCInfo(lcImport) << "exported" << count << "customers";
    return count;
}

} // namespace relasi
