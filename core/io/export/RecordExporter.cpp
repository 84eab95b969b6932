#include "io/export/RecordExporter.h"

#include "common/Logging.h"
#include "domain/Customer.h"
#include "domain/Money.h"
#include "io/export/CustomerCsvExporter.h"
#include "io/export/CustomerExportCursor.h"
#include "io/export/RowPipeline.h"
#include "io/export/TableSink.h"
#include "io/vcard/VCardCustomer.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

const QString kPrimaryEmail = QStringLiteral(
    "(SELECT cp.normalized FROM contact_points cp WHERE cp.customer_id = c.id AND cp.kind = 'email' AND cp.cl % 2 = 1 "
    "ORDER BY cp.is_primary DESC, cp.created_at LIMIT 1)");

QString isoTime(const QVariant &ms)
{
    if (ms.isNull() || ms.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

QString decimalAmount(qint64 minor, const QString &currency)
{
    const int digits = Money::minorDigits(currency);
    if (digits <= 0)
        return QString::number(minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const quint64 v = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(v / quint64(scale)) + QLatin1Char('.')
        + QStringLiteral("%1").arg(v % quint64(scale), digits, 10, QLatin1Char('0'));
}

QString auditEntity(ExportEntity e)
{
    switch (e) {
    case ExportEntity::Customers:
        return QStringLiteral("customer");
    case ExportEntity::Logs:
        return QStringLiteral("interaction");
    case ExportEntity::Deals:
        return QStringLiteral("deal");
    case ExportEntity::Tasks:
        return QStringLiteral("task");
    }
    return {};
}

QString formatName(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::VCard:
        return QStringLiteral("vcard");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

} // namespace

std::optional<ExportEntity> exportEntityFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("customers"))
        return ExportEntity::Customers;
    if (n == QLatin1String("logs"))
        return ExportEntity::Logs;
    if (n == QLatin1String("deals"))
        return ExportEntity::Deals;
    if (n == QLatin1String("tasks"))
        return ExportEntity::Tasks;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("vcard") || n == QLatin1String("vcf"))
        return ExportFormat::VCard;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QString exportEntityName(ExportEntity e)
{
    switch (e) {
    case ExportEntity::Customers:
        return QStringLiteral("customers");
    case ExportEntity::Logs:
        return QStringLiteral("logs");
    case ExportEntity::Deals:
        return QStringLiteral("deals");
    case ExportEntity::Tasks:
        return QStringLiteral("tasks");
    }
    return {};
}

RecordExporter::RecordExporter(ServiceContext &ctx) : m_ctx(ctx) {}

QStringList RecordExporter::header(ExportEntity entity)
{
    switch (entity) {
    case ExportEntity::Customers:
        return CustomerCsvExporter::header();
    case ExportEntity::Logs:
        return {QStringLiteral("occurred_at"), QStringLiteral("customer_email"), QStringLiteral("customer_external_id"),
                QStringLiteral("customer_name"), QStringLiteral("channel"), QStringLiteral("direction"),
                QStringLiteral("duration_s"), QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("outcome"),
                QStringLiteral("user"), QStringLiteral("id"), QStringLiteral("customer_id")};
    case ExportEntity::Deals:
        return {QStringLiteral("title"), QStringLiteral("customer_email"), QStringLiteral("customer_external_id"),
                QStringLiteral("customer_name"), QStringLiteral("stage"), QStringLiteral("amount"),
                QStringLiteral("currency"), QStringLiteral("probability"), QStringLiteral("expected_close"),
                QStringLiteral("closed_at"), QStringLiteral("lost_reason"), QStringLiteral("owner"), QStringLiteral("id"),
                QStringLiteral("customer_id")};
    case ExportEntity::Tasks:
        return {QStringLiteral("title"), QStringLiteral("customer_email"), QStringLiteral("customer_external_id"),
                QStringLiteral("customer_name"), QStringLiteral("deal"), QStringLiteral("due_at"),
                QStringLiteral("reminder_at"), QStringLiteral("done_at"), QStringLiteral("assignee"), QStringLiteral("id"),
                QStringLiteral("customer_id"), QStringLiteral("deal_id"), QStringLiteral("notes")};
    }
    return {};
}

Result<qint64> RecordExporter::exportTo(const QString &path, const ExportOptions &options, const Progress &progress)
{
    if (options.format == ExportFormat::VCard) {
        if (options.entity != ExportEntity::Customers)
            return Error(ErrorCode::Invalid, QStringLiteral("only customers can be exported as vCard"));
        return exportCustomersVCard(path, options, progress);
    }
    return exportTable(path, options, progress);
}

Result<qint64> RecordExporter::exportCustomersVCard(const QString &path, const ExportOptions &options,
                                                    const Progress &progress)
{
    if (Status s = m_ctx.require(Permission::BulkExport, auditEntity(ExportEntity::Customers)); !s)
        return s.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    VCardWriter writer(&file, options.vcardVersion);
    CustomerExportCursor cursor(m_ctx.db(), m_ctx.session(), CustomerExportCursor::Fields::All);
    const CustomerStream stream = streamCustomers(cursor, progress, [&](const CustomerExportCursor &c) {
        return writer.write(VCardCustomer::fromCustomer(c.customer(), options.vcardVersion));
    });
    if (Status s = concludeCustomers(options.format, stream, stream.rows, stream.writeStatus); !s)
        return s.error();
    const qint64 count = stream.rows;
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    qCInfo(lcImport) << "exported" << count << "customers as vCard";
    return count;
}

Status RecordExporter::auditExport(ExportEntity entity, ExportFormat format, qint64 count, bool complete)
{
    const QJsonObject details{{QStringLiteral("count"), double(count)},
                              {QStringLiteral("format"), formatName(format)},
                              {QStringLiteral("complete"), complete}};
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("export"), auditEntity(entity), {},
                                      details);
        !a)
        return a.error();
    return {};
}

RecordExporter::CustomerStream RecordExporter::streamCustomers(CustomerExportCursor &cursor, const Progress &progress,
                                                               const std::function<Status(const CustomerExportCursor &)> &row)
{
    CustomerStream out;
    out.readStatus = cursor.start();
    while (out.readStatus && cursor.next()) {
        out.writeStatus = row(cursor);
        if (!out.writeStatus)
            break;
        ++out.rows;
        if (progress && out.rows % 500 == 0 && !progress(out.rows)) {
            out.cancelled = true;
            break;
        }
    }
    if (out.readStatus)
        out.readStatus = cursor.status();
    // The read transaction ends before the audit entry is written.
    cursor.finish();
    return out;
}

Status RecordExporter::concludeCustomers(ExportFormat format, const CustomerStream &stream, qint64 written,
                                         const Status &writeStatus)
{
    if (Status a = auditExport(ExportEntity::Customers, format, written, stream.complete() && writeStatus.ok()); !a)
        return a;
    if (!stream.readStatus)
        return stream.readStatus;
    if (!writeStatus)
        return writeStatus;
    if (stream.cancelled)
        return Status(ErrorCode::Cancelled, QStringLiteral("the export was cancelled"));
    return {};
}

Result<qint64> RecordExporter::exportTable(const QString &path, const ExportOptions &options, const Progress &progress)
{
    std::unique_ptr<TableSink> sink;
    if (options.format == ExportFormat::Xlsx)
        sink = std::make_unique<XlsxTableSink>(path, exportEntityName(options.entity));
    else
        sink = std::make_unique<CsvTableSink>(path, options.csv);

    const QString entity = auditEntity(options.entity);
    qint64 count = 0;
    bool cancelled = false;
    Status writeStatus;
    auto emitRow = [&](const QStringList &fields) {
        writeStatus = sink->row(fields);
        if (!writeStatus)
            return false;
        ++count;
        if (progress && count % 500 == 0 && !progress(count)) {
            cancelled = true;
            return false;
        }
        return true;
    };

    if (options.entity == ExportEntity::Customers) {
        // BulkExport (owners and managers); the cursor still applies the read visibility of the session.
        if (Status s = m_ctx.require(Permission::BulkExport, entity); !s)
            return s.error();
        if (Status s = sink->begin(header(options.entity)); !s)
            return s.error();
        // Two threads: this one reads SQLite (the connection is this thread's), the pipeline's encodes and writes.
        CustomerExportCursor cursor(m_ctx.db(), m_ctx.session(), CustomerExportCursor::Fields::Table);
        RowPipeline pipeline(*sink, CustomerCsvExporter::columnCount);
        pipeline.start();
        const CustomerStream stream = streamCustomers(cursor, progress, [&pipeline](const CustomerExportCursor &c) {
            CustomerCsvExporter::appendRow(c, pipeline.current());
            return pipeline.endRow();
        });
        // The rows handed over are written out even when cancelled (at most a few blocks), so the audit counts
        // every row read; the file still appears only when complete (sink->finish() below).
        Status written = stream.writeStatus;
        if (Result<qint64> rows = pipeline.finish(); !rows && written)
            written = rows.error();
        count = pipeline.rowsWritten();
        m_lastWriterCpuSeconds = pipeline.writerCpuSeconds();
        if (Status s = concludeCustomers(options.format, stream, count, written); !s)
            return s.error();
    } else {
        // No service offers a bulk read of these yet: the same gate as CustomerService::exportAll (BulkExport,
        // which only owners and managers hold, and who read every record), then one read-only query.
        if (Status s = m_ctx.require(Permission::BulkExport, entity); !s)
            return s.error();
        if (Status s = sink->begin(header(options.entity)); !s)
            return s.error();
        QString sql;
        switch (options.entity) {
        case ExportEntity::Logs:
            sql = QStringLiteral("SELECT i.occurred_at, %1, c.external_id, c.display_name, i.channel, i.direction, "
                                 "i.duration_s, i.subject, i.body, i.outcome, u.email, i.id, i.customer_id "
                                 "FROM interactions i LEFT JOIN customers c ON c.id = i.customer_id "
                                 "LEFT JOIN users u ON u.id = i.user_id WHERE i.cl % 2 = 1 ORDER BY i.occurred_at, i.id")
                      .arg(kPrimaryEmail);
            break;
        case ExportEntity::Deals:
            sql = QStringLiteral("SELECT d.title, %1, c.external_id, c.display_name, d.stage, d.amount_minor, d.currency, "
                                 "d.probability, d.expected_close, d.closed_at, d.lost_reason, u.email, d.id, d.customer_id "
                                 "FROM deals d LEFT JOIN customers c ON c.id = d.customer_id "
                                 "LEFT JOIN users u ON u.id = d.owner_id WHERE d.cl % 2 = 1 ORDER BY d.created_at, d.id")
                      .arg(kPrimaryEmail);
            break;
        default:
            sql = QStringLiteral("SELECT t.title, %1, c.external_id, c.display_name, dl.title, t.due_at, t.reminder_at, "
                                 "t.done_at, u.email, t.id, t.customer_id, t.deal_id, t.notes "
                                 "FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                                 "LEFT JOIN deals dl ON dl.id = t.deal_id LEFT JOIN users u ON u.id = t.assignee_id "
                                 "WHERE t.cl % 2 = 1 ORDER BY t.created_at, t.id")
                      .arg(kPrimaryEmail);
            break;
        }
        QSqlQuery q(m_ctx.db());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return Database::errorFrom(q.lastError(), QStringLiteral("exporting %1").arg(exportEntityName(options.entity)));
        auto text = [&q](int i) { return q.value(i).isNull() ? QString() : q.value(i).toString(); };
        while (q.next()) {
            QStringList fields;
            switch (options.entity) {
            case ExportEntity::Logs:
                fields = {isoTime(q.value(0)), text(1), text(2), text(3), text(4), text(5), text(6),
                          text(7),             text(8), text(9), text(10), text(11), text(12)};
                break;
            case ExportEntity::Deals:
                fields = {text(0), text(1), text(2), text(3), text(4), decimalAmount(q.value(5).toLongLong(), text(6)),
                          text(6), text(7), isoTime(q.value(8)), isoTime(q.value(9)), text(10), text(11), text(12),
                          text(13)};
                break;
            default:
                fields = {text(0), text(1), text(2), text(3), text(4), isoTime(q.value(5)), isoTime(q.value(6)),
                          isoTime(q.value(7)), text(8), text(9), text(10), text(11), text(12)};
                break;
            }
            if (!emitRow(fields))
                break;
        }
        q.finish();
        if (Status a = auditExport(options.entity, options.format, count, !cancelled && writeStatus.ok()); !a)
            return a.error();
        if (!writeStatus)
            return writeStatus.error();
    }
    if (cancelled)
        return Error(ErrorCode::Cancelled, QStringLiteral("the export was cancelled"));
    if (Status s = sink->finish(); !s)
        return s.error();
    qCInfo(lcImport) << "exported" << count << exportEntityName(options.entity) << "as" << formatName(options.format);
    return count;
}

} // namespace relasi
