#pragma once

#include "common/Result.h"
#include "io/csv/CsvWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace relasi {

class CustomerExportCursor;
class RowBlock;
class ServiceContext;
struct Customer;

// Every live customer the session may read (CustomerService::exportAll: needs the export permission and is
// audited with the row count) as CSV with Relasi's fixed header, which ImportProfile::autoDetect maps back
// so that export → import reproduces the records. Several e-mails, phones and tags in one cell are separated
// by " ::: ". Written atomically (QSaveFile): the target is replaced only when everything was written.
// exportTo() is RecordExporter's customers CSV export (CustomerExportCursor straight into CsvWriter).
class CustomerCsvExporter
{
public:
    static constexpr int columnCount = 15;

    explicit CustomerCsvExporter(ServiceContext &ctx);

    static QStringList header();
    static QStringList row(const Customer &c);
    // The same row for the cursor's current customer, as UTF-8 cells appended to `out` (no QString; the
    // caller ends the row). The cursor may read CustomerExportCursor::Fields::Table only.
    static void appendRow(const CustomerExportCursor &cursor, RowBlock &out);

    // The number of customers written.
    Result<qint64> exportTo(const QString &path, const CsvWriter::Options &options = CsvWriter::Options());

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
