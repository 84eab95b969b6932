#pragma once

#include "common/Result.h"
#include "io/csv/CsvWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>

namespace relasi {

class CustomerExportCursor;
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

    // One row's cells as UTF-8: views into the cursor's current row and into the joined cells kept here.
    struct RowCells {
        std::array<QByteArrayView, columnCount> cells;
        QByteArray emails, phones, tags; // joined with " ::: "
    };

    explicit CustomerCsvExporter(ServiceContext &ctx);

    static QStringList header();
    static QStringList row(const Customer &c);
    // The same row for the cursor's current customer, without a QString (valid until the cursor moves on).
    static void row(const CustomerExportCursor &cursor, RowCells &out);

    // The number of customers written.
    Result<qint64> exportTo(const QString &path, const CsvWriter::Options &options = CsvWriter::Options());

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
