#pragma once

#include "common/Result.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace relasi {

class ServiceContext;

// What the wizard's validation step shows: the first rows of the file as read, and what the import would do
// with exactly those rows (CustomerImporter's dry run: created / updated / skipped / rejected with reasons).
struct ImportPreviewResult {
    struct Row {
        qint64 line = 0;
        QStringList fields;
    };
    QList<Row> rows;     // data rows as read (empty for a vCard file, which is checked whole)
    ImportReport report; // the dry run over those rows
};

// The validation preview, headless (the wizard's page shows it; bench/import.cpp times it on a large file).
// Reads only as far as the first `rows` data rows (a CSV file is cut after them, so the cost does not grow
// with the file), then runs the importer's dry run over that prefix. Nothing is written.
class ImportPreview
{
public:
    static Result<ImportPreviewResult> run(QIODevice &file, const ImportProfile &profile, ServiceContext &ctx, int rows,
                                           bool vcard, const QString &fileName = {});
};

} // namespace relasi
