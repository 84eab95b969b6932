#pragma once

#include "common/Result.h"
#include "io/csv/CsvWriter.h"
#include "io/vcard/VCardWriter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace relasi {

class CustomerExportCursor;
class ServiceContext;

enum class ExportEntity { Customers, Logs, Deals, Tasks };
enum class ExportFormat { Csv, VCard, Xlsx };

std::optional<ExportEntity> exportEntityFromName(const QString &name); // customers | logs | deals | tasks
std::optional<ExportFormat> exportFormatFromName(const QString &name); // csv | vcard | xlsx
QString exportEntityName(ExportEntity e);

struct ExportOptions {
    ExportEntity entity = ExportEntity::Customers;
    ExportFormat format = ExportFormat::Csv;
    CsvWriter::Options csv;                                    // CSV only
    VCardWriter::Version vcardVersion = VCardWriter::Version::V3; // vCard only (customers only)
};

// The headless bulk export (relasi-cli export, and the GUI's export dialog): every live record of one entity
// the session may read, as CSV (CsvWriter: CRLF, encoding, delimiter, formula guard), .xlsx (one sheet) or, for
// customers, vCard 3.0/4.0. Needs Permission::BulkExport (denials audited) and appends one audit entry
// "export" with the entity, the row count, the format and whether it completed. Customers stream from
// CustomerExportCursor (a few forward-only queries merged in customer-id order, read as UTF-8), and only those
// the session may read (DESIGN §5); as CSV/xlsx the rows go through RowPipeline, so encoding and writing run on a
// second thread while this one reads. The file is replaced atomically (QSaveFile): a failed
// or cancelled export leaves the previous file (or none). Logs, deals and tasks carry their customer's primary
// e-mail and external id, the keys their import matches customers by.
class RecordExporter
{
public:
    using Progress = std::function<bool(qint64 rows)>; // return false to cancel (Cancelled)

    explicit RecordExporter(ServiceContext &ctx);

    static QStringList header(ExportEntity entity);

    // The number of records written.
    Result<qint64> exportTo(const QString &path, const ExportOptions &options, const Progress &progress = {});

    // CPU seconds the last customer table export's writer thread used (benchmarks).
    double lastWriterCpuSeconds() const { return m_lastWriterCpuSeconds; }

private:
    // What streaming the customers came to: rows handed to the writer, and why it stopped.
    struct CustomerStream {
        qint64 rows = 0;
        bool cancelled = false;
        Status readStatus;
        Status writeStatus;
        bool complete() const { return !cancelled && readStatus.ok() && writeStatus.ok(); }
    };
    // The customer loop of every format: the cursor's rows into `row` until the end, an error or a cancel
    // (progress every 500 rows); ends the cursor's read transaction.
    static CustomerStream streamCustomers(CustomerExportCursor &cursor, const Progress &progress,
                                          const std::function<Status(const CustomerExportCursor &)> &row);
    // The audit entry with the rows written, then the first error (read, write, cancel) if any.
    Status concludeCustomers(ExportFormat format, const CustomerStream &stream, qint64 written,
                             const Status &writeStatus);
    Result<qint64> exportCustomersVCard(const QString &path, const ExportOptions &options, const Progress &progress);
    Result<qint64> exportTable(const QString &path, const ExportOptions &options, const Progress &progress);
    // The "export" audit entry: entity, row count, format, whether every row was written.
    Status auditExport(ExportEntity entity, ExportFormat format, qint64 count, bool complete);

    ServiceContext &m_ctx;
    double m_lastWriterCpuSeconds = 0;
};

} // namespace relasi
