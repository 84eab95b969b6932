#pragma once

#include "common/Result.h"
#include "io/import/ImportProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace relasi {

class ServiceContext;

// A row that was not imported, and why. line: physical line where the record starts; column: 1-based
// column of the offending value, 0 when the problem is the whole row.
struct RejectedRow {
    qint64 line = 0;
    int column = 0;
    QString reason;
    QStringList fields; // the row as read
};

// What an import did. Every data row ends in exactly one of created / updated / skipped / rejected.
struct ImportReport {
    int created = 0;
    int updated = 0;
    int skipped = 0; // duplicates (of a stored customer or of an earlier row in the file)
    int rejected = 0;
    qint64 rows = 0; // data rows read
    QString importId; // empty for a dry run
    bool dryRun = false;
    QStringList header;
    QList<RejectedRow> rejectedRows;
};

struct ImportProgress {
    qint64 rows = 0;       // data rows read so far
    qint64 bytesRead = 0;  // of the device
    qint64 bytesTotal = 0; // the device's size, 0 if unknown
};

// The headless customer import (STYLE.md: the wizard only edits an ImportProfile and calls this). Streams the
// file (memory stays constant in its size apart from the rejected rows kept for the report), maps each row to a
// customer, validates it (a bad e-mail or phone rejects the row with its line and column), skips duplicates of
// stored customers and of earlier rows in the file according to the profile, and writes new customers in
// batches through CustomerService::createMany (Origin::Import: needs the import permission), one transaction
// per batch. The import and the ids it created are recorded (tables imports / import_items) so undo() can
// remove them. On cancel or a fatal read error, the customers already created by this run are deleted again
// (causal-length delete, journalled and audited like any delete) and the import is marked cancelled/failed.
class CustomerImporter
{
public:
    using Progress = std::function<bool(const ImportProgress &)>; // return false to cancel

    explicit CustomerImporter(ServiceContext &ctx);

    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }

    // Errors: Invalid (empty file, no recognisable column, unreadable header), Cancelled, Io and the
    // services' errors (PermissionDenied without the import permission). fileName is recorded with the import.
    Result<ImportReport> run(QIODevice &device, const ImportProfile &profile, const Progress &progress = {},
                             bool dryRun = false, const QString &fileName = {});

    // Removes (deletes) the customers the import created that are still alive; returns how many.
    // NotFound for an unknown import id.
    Result<int> undo(const QString &importId);

    // The report of the last run().
    const ImportReport &report() const { return m_report; }
    // Writes the last run's rejected rows as CSV (UTF-8, the file's header plus _line, _column, _reason), atomically.
    Status writeRejected(const QString &path) const;

private:
    struct Pending;

    Status recordItems(const QString &importId, const QStringList &ids, const QString &action);
    Status finishImport(const QString &importId, const QString &status);
    void removeCreated(const QString &importId);

    ServiceContext &m_ctx;
    int m_batchSize = 2000;
    ImportReport m_report;
};

} // namespace relasi
