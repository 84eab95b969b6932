#pragma once

#include "common/Result.h"
#include "io/import/ImportProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;
class QTemporaryFile;

namespace relasi {

class CsvWriter;
class ImportSource;
class ServiceContext;
class StoredDuplicateFinder;
struct ImportBatch;
struct ImportRow;

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
    // The first kKeptRows rejected rows; all of them (as CSV records: the row, then line, column and reason) are in
    // rejectedFile, a temporary file that lives as long as a copy of the report (writeRejected() reads it).
    QList<RejectedRow> rejectedRows;
    std::shared_ptr<QTemporaryFile> rejectedFile;
    // Values kept in another form than given, the row created or updated all the same: a phone number that is not
    // valid for its country, or a website that is not a web address, is kept as typed in the notes. warned counts
    // them; warnings holds the first kKeptRows
    // (line, column, reason; no fields).
    int warned = 0;
    QList<RejectedRow> warnings;
    static constexpr int kKeptRows = 1000;
};

// What undo() did: customers the import created and now deleted, and stored customers whose overwritten fields
// were put back.
struct ImportUndo {
    int removed = 0;
    int restored = 0;
};

struct ImportProgress {
    qint64 rows = 0;       // data rows read so far
    qint64 bytesRead = 0;  // of the device
    qint64 bytesTotal = 0; // the device's size, 0 if unknown
};

// The headless customer import (STYLE.md: the wizard only edits an ImportProfile and calls this). Streams the
// file (memory stays constant in its size apart from 8 bytes per duplicate key: rejected rows go to a temporary
// file), maps each row to a customer, validates it (a bad e-mail rejects the row with its line and column; a phone
// number or website that is not valid is kept in the notes with a warning), skips duplicates of stored customers and of
// earlier rows in the file according to the profile, and writes new customers in batches through
// CustomerService::createMany (Origin::ImportRun: needs the import permission).
// Pipelined: reading, mapping, in-file duplicates and CustomerService::prepare run on a thread of their own
// (ImportBatchProducer) while the calling thread, the connection's one writer, looks up stored duplicates a batch
// at a time (StoredDuplicateFinder) and writes. run() returns when both are done; progress is called on the
// calling thread. The import and the ids it created are recorded (tables imports / import_items) so undo() can
// remove them; the run is audited once ("import", with its counts; DESIGN §6) and journalled per customer (one
// outbox mutation by reference each). The whole run is one write transaction (each batch a savepoint in it): on
// cancel or any failure it is rolled back, so every table holds exactly what it held before run(), and the
// report's importId is empty. Other connections' writers wait for the run (SQLite's busy timeout).
class CustomerImporter
{
public:
    using Progress = std::function<bool(const ImportProgress &)>; // return false to cancel

    explicit CustomerImporter(ServiceContext &ctx);
    ~CustomerImporter();

    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    // Longest cell accepted (characters); a longer one rejects its row ("field too large", line and column),
    // read in constant memory. Default 1 Mi characters.
    void setMaxFieldSize(qsizetype characters) { m_maxFieldSize = characters; }

    // A CSV file, or a vCard file (2.1/3.0/4.0, recognised by its content; mapped by VCardCustomer, the profile's
    // columns are ignored). Files that are not text (a workbook, an archive, random bytes) are refused before
    // anything is written.
    // Errors: Invalid (empty file, not text, no recognisable column, unreadable header), Cancelled, Io and the
    // services' errors (PermissionDenied without the import permission). fileName is recorded with the import.
    Result<ImportReport> run(QIODevice &device, const ImportProfile &profile, const Progress &progress = {},
                             bool dryRun = false, const QString &fileName = {});

    // Removes (deletes) the customers (and deals, ActivityImporter) the import created that are still alive, and restores in the customers it
    // updated the fields it changed (CustomerOverwrite: only those still holding the imported value; added contact
    // points, addresses and tags are removed). Journalled and audited like any edit. NotFound for an unknown
    // import id, Conflict when it is already undone.
    Result<ImportUndo> undo(const QString &importId);

    // The report of the last run().
    const ImportReport &report() const { return m_report; }
    // Writes the last run's rejected rows as CSV (UTF-8, the file's header plus _line, _column, _reason), atomically.
    Status writeRejected(const QString &path) const { return writeRejected(m_report, path); }
    static Status writeRejected(const ImportReport &report, const QString &path);

private:
    Result<ImportReport> runVCard(QIODevice &device, const ImportProfile &profile, const Progress &progress, bool dryRun,
                                  const QString &fileName);
    Result<ImportReport> runSource(ImportSource &source, const ImportProfile &profile, qint64 total,
                                   const Progress &progress, bool dryRun, const QString &fileName);
    Status writeBatch(ImportBatch &batch, ImportProfile::DuplicateAction action, bool dryRun,
                      StoredDuplicateFinder &stored, const std::function<bool()> &report, QList<RejectedRow> &rejected);
    Status addRejected(RejectedRow &&row);
    void addWarnings(const ImportRow &row);
    Status recordItems(const QString &importId, const QStringList &ids, const QString &action);
    Status recordUpdated(const QString &importId, const QString &id, const QJsonObject &before);
    Status finishImport(const QString &importId, const QString &status);

    ServiceContext &m_ctx;
    int m_batchSize = 2000;
    qsizetype m_maxFieldSize = 1024 * 1024;
    ImportReport m_report;
    std::unique_ptr<CsvWriter> m_rejectedWriter; // into m_report.rejectedFile
};

} // namespace relasi
