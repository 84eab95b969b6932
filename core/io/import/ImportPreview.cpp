#include "io/import/ImportPreview.h"

#include "io/csv/CsvReader.h"

#include <QBuffer>
#include <QIODevice>

namespace relasi {

Result<ImportPreviewResult> ImportPreview::run(QIODevice &file, const ImportProfile &profile, ServiceContext &ctx,
                                               int rows, bool vcard, const QString &fileName)
{
    ImportPreviewResult out;
    // The first rows as read, and where the row after them starts, so the dry run sees exactly these rows.
    qint64 cut = -1;
    if (!vcard) {
        CsvDialect dialect;
        dialect.delimiter = profile.delimiter.isNull() ? QLatin1Char(',') : profile.delimiter;
        dialect.encoding = profile.encoding;
        dialect.hasHeader = profile.headerRow > 0;
        CsvReader reader(&file, dialect);
        reader.setSkipEmptyLines(true);
        CsvRecord record;
        const qint64 lastRecord = qMax(1, profile.firstDataRow) - 1 + rows;
        while (true) {
            const bool read = reader.readRecord(record);
            if (!read && (reader.atEnd() || !reader.error().isRecoverable()))
                break;
            if (record.number > lastRecord) {
                cut = record.byteOffset;
                break;
            }
            if (record.number >= profile.firstDataRow)
                out.rows.append(ImportPreviewResult::Row{record.line, record.fields});
        }
    }
    if (!file.seek(0))
        return Error(ErrorCode::Io, QStringLiteral("cannot read the file again: %1").arg(file.errorString()));
    QBuffer prefix;
    QIODevice *device = &file;
    if (cut > 0) {
        prefix.setData(file.read(cut));
        prefix.open(QIODevice::ReadOnly);
        device = &prefix;
    }
    CustomerImporter dryRunner(ctx);
    auto report = dryRunner.run(*device, profile, {}, true, fileName);
    if (!report)
        return report.error();
    out.report = std::move(*report);
    return out;
}

} // namespace relasi
