#include "io/import/CustomerImporter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvWriter.h"
#include "io/csv/BinarySniffer.h"
#include "io/csv/DialectSniffer.h"
#include "io/import/CustomerOverwrite.h"
#include "io/import/ImportBatch.h"
#include "io/import/ImportBatchProducer.h"
#include "io/import/ImportSource.h"
#include "io/import/StoredDuplicateFinder.h"
#include "io/vcard/VCardCustomer.h"
#include "io/vcard/VCardReader.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/CustomerValidator.h"
#include "search/SearchIndex.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <optional>

namespace relasi {

namespace {

const QString kCustomer = QStringLiteral("customer");
// After a run that created at least this many customers, the WAL is checkpointed and truncated.
constexpr int kCheckpointAfter = 10000;

} // namespace

CustomerImporter::CustomerImporter(ServiceContext &ctx) : m_ctx(ctx) {}

CustomerImporter::~CustomerImporter() = default;

Result<ImportReport> CustomerImporter::run(QIODevice &device, const ImportProfile &profileIn,
                                           const Progress &progress, bool dryRun, const QString &fileName)
{
    m_report = ImportReport();
    m_report.dryRun = dryRun;
    m_rejectedWriter.reset();
    if (!device.isOpen() || !device.isReadable())
        return Error(ErrorCode::Io, QStringLiteral("the file is not open for reading"));
    if (device.bytesAvailable() <= 0 && device.atEnd() && device.peek(1).isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("the file is empty"));
    const QByteArray head = device.peek(64 * 1024);
    if (VCardReader::looksLikeVCard(head))
        return runVCard(device, profileIn, progress, dryRun, fileName);
    if (const QString why = BinarySniffer::whyNotText(head); !why.isEmpty())
        return Error(ErrorCode::Invalid, why);

    ImportProfile profile = profileIn;
    CsvDialect dialect;
    if (profile.delimiter.isNull() || profile.encoding.isEmpty()) {
        const CsvDialect sniffed = DialectSniffer::sniff(&device);
        dialect.delimiter = profile.delimiter.isNull() ? sniffed.delimiter : profile.delimiter;
        dialect.encoding = profile.encoding.isEmpty() ? sniffed.encoding : profile.encoding;
    } else {
        dialect.delimiter = profile.delimiter;
        dialect.encoding = profile.encoding;
    }
    dialect.hasHeader = profile.headerRow > 0;
    CsvReader reader(&device, dialect);
    reader.setSkipEmptyLines(true);
    reader.setMaxFieldSize(m_maxFieldSize);
    CsvImportSource source(reader);
    return runSource(source, profile, device.isSequential() ? 0 : device.size(), progress, dryRun, fileName);
}

Result<ImportReport> CustomerImporter::runVCard(QIODevice &device, const ImportProfile &profileIn,
                                                const Progress &progress, bool dryRun, const QString &fileName)
{
    const qint64 total = device.isSequential() ? 0 : device.size();
    VCardReader vcards;
    auto cards = vcards.read(device);
    if (!cards)
        return cards.error();
    QList<QStringList> rows;
    QList<qint64> lines;
    rows.reserve(cards->size());
    int dropped = 0;
    for (const VCard &card : std::as_const(*cards)) {
        rows << VCardCustomer::row(card);
        lines << card.line;
        dropped += VCardCustomer::droppedAddresses(card);
    }
    if (dropped > 0)
        qCInfo(lcImport) << "vCard import:" << dropped << "addresses beyond the fifth of a card are not imported";
    ImportProfile profile = profileIn;
    profile.columns = VCardCustomer::columns();
    profile.headerRow = 1;
    profile.firstDataRow = 2;
    profile.multiValueSeparator = QStringLiteral("\n");
    RowListSource source(VCardCustomer::header(), std::move(rows), std::move(lines), total);
    return runSource(source, profile, total, progress, dryRun, fileName);
}

Result<ImportReport> CustomerImporter::runSource(ImportSource &reader, const ImportProfile &profileIn, qint64 total,
                                                 const Progress &progress, bool dryRun, const QString &fileName)
{
    ImportProfile profile = profileIn;
    const QString region = profile.defaultRegion.isEmpty() ? m_ctx.defaultRegion() : profile.defaultRegion.toUpper();
    const QString savedRegion = m_ctx.defaultRegion();
    m_ctx.setDefaultRegion(region); // createMany checks phones in the same region as the mapping here
    struct RegionRestore {
        ServiceContext &ctx;
        QString region;
        ~RegionRestore() { ctx.setDefaultRegion(region); }
    } restoreRegion{m_ctx, savedRegion};

    StoredDuplicateFinder stored(m_ctx.db());
    if (Status s = stored.begin(); !s)
        return s.error();

    // The whole run is one write transaction (cancel or failure: a ROLLBACK, and every table — journal, outbox,
    // audit log, search index, the import's own bookkeeping — holds exactly what it held before; other
    // connections' writers wait for it through the busy timeout, so nothing of theirs can be lost). Each batch is
    // a savepoint inside it, so a batch the writer refuses can be retried row by row.
    std::optional<WriteTransaction> tx;
    QString importId;
    if (!dryRun) {
        tx.emplace(m_ctx);
        if (!tx->isActive())
            return tx->status().error();
        importId = Uuid::v7(m_ctx.clock());
        QSqlQuery q(m_ctx.db());
        q.prepare(QStringLiteral("INSERT INTO imports (id, user_id, file_name, profile, started_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(importId);
        q.addBindValue(m_ctx.session().userId);
        q.addBindValue(fileName.isNull() ? QStringLiteral("") : fileName); // a null QString would bind NULL
        q.addBindValue(QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_ctx.clock().nowMs());
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("recording the import"));
        m_report.importId = importId;
    }

    // Reading, mapping, in-file duplicates and preparation run on the producer's thread; this thread is the one
    // writer: stored duplicates a batch at a time, then createMany per batch.
    ImportBatchProducer::Options options;
    options.profile = profile;
    options.region = region;
    options.indexRegion = SearchIndex::indexRegion(m_ctx.db());
    options.batchSize = m_batchSize;
    ImportBatchProducer producer(reader, options);

    // Cancel or failure: the database goes back to exactly what it was before run() (no imports row either).
    auto abort = [&](const Error &error, const QString &status) -> Error {
        producer.stop();
        if (tx)
            tx->rollback();
        m_report.importId.clear();
        qCInfo(lcImport) << "import" << importId << status << "after" << m_report.rows << "rows:" << error.message;
        return error;
    };
    bool cancelled = false;
    qint64 bytesRead = 0;
    const std::function<bool()> report = [&]() {
        if (!cancelled && progress && !progress(ImportProgress{m_report.rows, bytesRead, total}))
            cancelled = true;
        return !cancelled;
    };
    const Error cancelError(ErrorCode::Cancelled, QStringLiteral("the import was cancelled"));

    producer.start();
    ImportBatch batch;
    while (producer.next(batch)) {
        if (batch.hasHeader)
            m_report.header = batch.header;
        m_report.rows += batch.dataRows;
        bytesRead = batch.bytesRead;
        if (batch.error)
            return abort(*batch.error, QStringLiteral("failed"));
        QList<RejectedRow> rejected = std::move(batch.rejected);
        if (Status s = writeBatch(batch, profile.action, dryRun, stored, report, rejected); !s)
            return cancelled ? abort(cancelError, QStringLiteral("cancelled")) : abort(s.error(), QStringLiteral("failed"));
        // Batches are consecutive runs of rows: sorted within the batch, the report is in file order.
        std::stable_sort(rejected.begin(), rejected.end(),
                         [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
        for (RejectedRow &r : rejected) {
            if (Status s = addRejected(std::move(r)); !s)
                return abort(s.error(), QStringLiteral("failed"));
        }
        if (m_rejectedWriter) {
            if (Status s = m_rejectedWriter->flush(); !s)
                return abort(s.error(), QStringLiteral("failed"));
        }
        if (!report())
            return abort(cancelError, QStringLiteral("cancelled"));
    }
    if (m_report.header.isEmpty() && profile.headerRow > 0)
        return abort(Error(ErrorCode::Invalid, QStringLiteral("the file has no header row")), QStringLiteral("failed"));
    if (m_report.rejectedFile && !m_report.rejectedFile->flush())
        return abort(Error(ErrorCode::Io, QStringLiteral("cannot write the rejected rows: %1")
                                              .arg(m_report.rejectedFile->errorString())),
                     QStringLiteral("failed"));
    if (!dryRun) {
        if (Status s = finishImport(importId, QStringLiteral("done")); !s)
            return abort(s.error(), QStringLiteral("failed"));
        // One audit entry for the run (DESIGN §6: one per action), with its counts; updated customers carry
        // their own entries (CustomerService::update).
        QJsonObject details;
        details.insert(QStringLiteral("import_id"), importId);
        details.insert(QStringLiteral("file"), fileName);
        details.insert(QStringLiteral("rows"), m_report.rows);
        details.insert(QStringLiteral("created"), m_report.created);
        details.insert(QStringLiteral("updated"), m_report.updated);
        details.insert(QStringLiteral("skipped"), m_report.skipped);
        details.insert(QStringLiteral("rejected"), m_report.rejected);
        details.insert(QStringLiteral("warnings"), m_report.warned);
        if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("import"), QStringLiteral("import"),
                                          importId, details);
            !a)
            return abort(a.error(), QStringLiteral("failed"));
        if (Status s = tx->commit(); !s) {
            m_report.importId.clear();
            return s.error();
        }
        tx.reset();
        // Created customers were not notified one by one (Origin::ImportRun): one "everything may have changed".
        if (m_report.created > 0)
            Q_EMIT m_ctx.notifier().changed(kCustomer, {});
        if (m_report.created >= kCheckpointAfter) {
            // The run's pages sit in the WAL: fold them into the database now and give the disk space back.
            QSqlQuery q(m_ctx.db());
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                qCInfo(lcImport) << "checkpoint after the import:" << q.lastError().text();
        }
    }
    if (progress)
        progress(ImportProgress{m_report.rows, bytesRead, total});
    qCInfo(lcImport) << "import" << importId << "rows" << m_report.rows << "created" << m_report.created << "updated"
                     << m_report.updated << "skipped" << m_report.skipped << "rejected" << m_report.rejected
                     << "warnings" << m_report.warned << "duplicate lookups" << stored.queries();
    return m_report;
}

Status CustomerImporter::addRejected(RejectedRow &&row)
{
    ++m_report.rejected;
    if (!m_report.rejectedFile) {
        auto file = std::make_shared<QTemporaryFile>();
        if (!file->open())
            return Error(ErrorCode::Io, QStringLiteral("cannot keep the rejected rows: %1").arg(file->errorString()));
        m_report.rejectedFile = std::move(file);
    }
    // The whole list goes to a temporary file as CSV records (the row, then line, column, reason); the report keeps
    // only the first few in memory, so memory stays flat whatever the number of rejected rows.
    QStringList record = row.fields;
    while (record.size() < m_report.header.size())
        record << QString();
    record << QString::number(row.line) << QString::number(row.column) << row.reason;
    if (!m_rejectedWriter)
        m_rejectedWriter = std::make_unique<CsvWriter>(m_report.rejectedFile.get());
    if (Status s = m_rejectedWriter->writeRecord(record); !s)
        return s;
    if (m_report.rejectedRows.size() < ImportReport::kKeptRows)
        m_report.rejectedRows << std::move(row);
    return {};
}

void CustomerImporter::addWarnings(const ImportRow &row)
{
    for (const auto &w : row.warnings) {
        ++m_report.warned;
        if (m_report.warnings.size() < ImportReport::kKeptRows)
            m_report.warnings << RejectedRow{row.line, w.first, w.second, {}};
    }
}

// One batch from the producer: decides for every row (created, skipped, updated), looking up the stored
// duplicates of the whole batch at once, creates the new customers in one createMany, records them, then fills
// or overwrites the stored customers matched (one update each). Inside the run's transaction, as one savepoint:
// when createMany refuses the batch (something only the writer checks), the savepoint is rolled back and the
// rows are written one by one, each in a savepoint of its own, rejecting those refused.
Status CustomerImporter::writeBatch(ImportBatch &batch, ImportProfile::DuplicateAction action, bool dryRun,
                                    StoredDuplicateFinder &stored, const std::function<bool()> &report,
                                    QList<RejectedRow> &rejected)
{
    const QString &importId = m_report.importId;
    QStringList lookup;
    for (const ImportRow &row : std::as_const(batch.rows)) {
        if (!row.inFile)
            lookup << row.keys;
    }
    auto found = stored.find(lookup);
    if (!found)
        return found.error();

    PreparedCustomers create;
    create.region = batch.prepared.region;
    create.indexRegion = batch.prepared.indexRegion;
    QList<int> createRows; // batch.rows index of each create.records entry
    QList<QPair<int, QString>> updates;
    for (int i = 0; i < batch.rows.size(); ++i) {
        const ImportRow &row = batch.rows.at(i);
        QString storedId;
        if (!row.inFile) {
            for (const QString &key : row.keys) {
                storedId = found->value(key);
                if (!storedId.isEmpty())
                    break;
            }
        }
        const bool duplicate = row.inFile || !storedId.isEmpty();
        if ((!duplicate || action == ImportProfile::DuplicateAction::Create) && !row.prepareError.isEmpty()) {
            rejected << RejectedRow{row.line, 0, row.prepareError, row.fields};
        } else if (!duplicate || action == ImportProfile::DuplicateAction::Create) {
            if (dryRun) {
                ++m_report.created;
                addWarnings(row);
            } else {
                create.records << batch.prepared.records.at(row.prepared);
                create.indexRows << batch.prepared.indexRows.at(row.prepared);
                createRows << i;
            }
        } else if (storedId.isEmpty() || action == ImportProfile::DuplicateAction::Skip) {
            ++m_report.skipped;
        } else if (dryRun) {
            ++m_report.updated;
            addWarnings(row);
        } else {
            updates << qMakePair(i, storedId);
        }
    }

    CustomerService customers(m_ctx);
    if (!create.records.isEmpty()) {
        QStringList created;
        QList<int> createdRows;
        std::optional<Error> refused;
        {
            WriteTransaction savepoint(m_ctx, WriteTransaction::Nesting::Savepoint);
            if (!savepoint.isActive())
                return savepoint.status();
            auto ids = customers.createMany(std::move(create), [&report](int, int) { return report(); },
                                            CustomerService::Origin::ImportRun);
            if (ids) {
                if (Status s = savepoint.commit(); !s)
                    return s;
                created = std::move(*ids);
                createdRows = createRows;
            } else if (ids.code() == ErrorCode::Invalid) {
                refused = ids.error(); // the savepoint rolls back as it goes
            } else {
                return ids.error();
            }
        }
        if (refused) {
            // Something only the writer checks: one by one, rejecting those.
            for (int i : std::as_const(createRows)) {
                const ImportRow &row = batch.rows.at(i);
                PreparedCustomers one;
                one.region = batch.prepared.region;
                one.indexRegion = batch.prepared.indexRegion;
                one.records << batch.prepared.records.at(row.prepared);
                one.indexRows << batch.prepared.indexRows.at(row.prepared);
                WriteTransaction savepoint(m_ctx, WriteTransaction::Nesting::Savepoint);
                if (!savepoint.isActive())
                    return savepoint.status();
                auto single = customers.createMany(std::move(one), {}, CustomerService::Origin::ImportRun);
                if (single) {
                    if (Status s = savepoint.commit(); !s)
                        return s;
                    created << single->constFirst();
                    createdRows << i;
                } else if (single.code() == ErrorCode::Invalid) {
                    rejected << RejectedRow{row.line, 0, single.error().message, row.fields};
                } else {
                    return single.error();
                }
            }
        }
        m_report.created += int(created.size());
        for (int i : std::as_const(createdRows))
            addWarnings(batch.rows.at(i));
        if (Status s = recordItems(importId, created, QStringLiteral("created")); !s)
            return s;
    }

    const bool over = action == ImportProfile::DuplicateAction::Overwrite;
    for (const auto &update : std::as_const(updates)) {
        const ImportRow &row = batch.rows.at(update.first);
        const QString &storedId = update.second;
        auto before = customers.get(storedId);
        if (!before)
            return before.error();
        Customer c = *before;
        CustomerOverwrite::merge(c, row.customer, over);
        {
            WriteTransaction savepoint(m_ctx, WriteTransaction::Nesting::Savepoint);
            if (!savepoint.isActive())
                return savepoint.status();
            if (Status s = customers.update(c); !s) {
                if (s.code() != ErrorCode::Invalid)
                    return s;
                rejected << RejectedRow{row.line, 0, s.error().message, row.fields};
                continue;
            }
            // An update that changes nothing succeeds without committing its (joined) transaction, which marks
            // this savepoint as failed: its commit() then rolls back nothing but the empty savepoint.
            (void)savepoint.commit();
        }
        ++m_report.updated;
        addWarnings(row);
        auto after = customers.get(storedId); // with the ids of what the update added
        if (!after)
            return after.error();
        if (Status s = recordUpdated(importId, storedId, CustomerOverwrite::diff(*before, *after)); !s)
            return s;
        if (!report())
            return Status(ErrorCode::Cancelled, QStringLiteral("the import was cancelled"));
    }
    return {};
}

Status CustomerImporter::recordItems(const QString &importId, const QStringList &ids, const QString &action)
{
    if (ids.isEmpty() || importId.isEmpty())
        return {};
    QSqlQuery q(m_ctx.db()); // inside the run's transaction
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO import_items (import_id, entity, entity_id, action) VALUES (?, ?, ?, ?)"));
    for (const QString &id : ids) {
        q.addBindValue(importId);
        q.addBindValue(kCustomer);
        q.addBindValue(id);
        q.addBindValue(action);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("recording imported records"));
    }
    return {};
}

Status CustomerImporter::recordUpdated(const QString &importId, const QString &id, const QJsonObject &before)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO import_items (import_id, entity, entity_id, action, before) "
                             "VALUES (?, ?, ?, 'updated', ?)"));
    q.addBindValue(importId);
    q.addBindValue(kCustomer);
    q.addBindValue(id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("recording imported records"));
    return {};
}

Status CustomerImporter::finishImport(const QString &importId, const QString &status)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("UPDATE imports SET status = ?, created = ?, updated = ?, skipped = ?, rejected = ?, "
                             "finished_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(status == QLatin1String("done") ? m_report.created : 0);
    q.addBindValue(m_report.updated);
    q.addBindValue(m_report.skipped);
    q.addBindValue(m_report.rejected);
    q.addBindValue(m_ctx.clock().nowMs());
    q.addBindValue(importId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("finishing the import"));
    return {};
}

Result<ImportUndo> CustomerImporter::undo(const QString &importId)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT status FROM imports WHERE id = ?"));
    q.addBindValue(importId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the import"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no import with id %1").arg(importId));
    if (q.value(0).toString() == QLatin1String("undone"))
        return Error(ErrorCode::Conflict, QStringLiteral("import %1 is already undone").arg(importId));
    q.finish();
    QSqlQuery items(m_ctx.db());
    items.prepare(QStringLiteral("SELECT i.entity_id, i.action, i.before FROM import_items i "
                                 "WHERE i.import_id = ? AND i.entity = ?"));
    items.addBindValue(importId);
    items.addBindValue(kCustomer);
    if (!items.exec())
        return Database::errorFrom(items.lastError(), QStringLiteral("reading the import"));
    QStringList created;
    QList<QPair<QString, QJsonObject>> updated;
    while (items.next()) {
        if (items.value(1).toString() == QLatin1String("created"))
            created << items.value(0).toString();
        else
            updated << qMakePair(items.value(0).toString(),
                                 QJsonDocument::fromJson(items.value(2).toString().toUtf8()).object());
    }
    items.finish();
    CustomerService customers(m_ctx);
    ImportUndo result;
    // Deals an activity import created (logs are insert-only and stay).
    QSqlQuery deals(m_ctx.db());
    deals.prepare(QStringLiteral("SELECT entity_id FROM import_items WHERE import_id = ? AND entity = 'deal'"));
    deals.addBindValue(importId);
    QStringList dealIds;
    if (deals.exec()) {
        while (deals.next())
            dealIds << deals.value(0).toString();
    }
    deals.finish();
    DealService dealService(m_ctx);
    for (const QString &id : std::as_const(dealIds)) {
        Status s = dealService.remove(id);
        if (s)
            ++result.removed;
        else if (s.code() != ErrorCode::NotFound)
            return s.error();
    }
    for (const QString &id : std::as_const(created)) {
        Status s = customers.remove(id);
        if (s)
            ++result.removed;
        else if (s.code() != ErrorCode::NotFound)
            return s.error(); // NotFound: deleted since (or erased)
    }
    for (const auto &item : std::as_const(updated)) {
        auto current = customers.get(item.first);
        if (!current) {
            if (current.code() == ErrorCode::NotFound)
                continue;
            return current.error();
        }
        if (current->isDeleted() || !CustomerOverwrite::revert(*current, item.second))
            continue;
        if (Status s = customers.update(*current); !s)
            return s.error();
        ++result.restored;
    }
    QSqlQuery done(m_ctx.db());
    done.prepare(QStringLiteral("UPDATE imports SET status = 'undone', finished_at = ? WHERE id = ?"));
    done.addBindValue(m_ctx.clock().nowMs());
    done.addBindValue(importId);
    if (!done.exec())
        return Database::errorFrom(done.lastError(), QStringLiteral("marking the import undone"));
    return result;
}

Status CustomerImporter::writeRejected(const ImportReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    {
        CsvWriter writer(&file);
        QStringList header = report.header;
        header << QStringLiteral("_line") << QStringLiteral("_column") << QStringLiteral("_reason");
        if (Status s = writer.writeRecord(header); !s)
            return s;
        if (report.rejectedFile) { // every rejected row, already as CSV records
            if (Status s = writer.flush(); !s)
                return s;
            QTemporaryFile &spill = *report.rejectedFile;
            if (!spill.flush() || !spill.seek(0))
                return Error(ErrorCode::Io, QStringLiteral("cannot read the rejected rows: %1").arg(spill.errorString()));
            QByteArray chunk;
            while (!(chunk = spill.read(1 << 20)).isEmpty()) {
                if (file.write(chunk) != chunk.size())
                    return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            }
            (void)spill.seek(spill.size());
        }
        for (const RejectedRow &r : report.rejectedFile ? QList<RejectedRow>() : report.rejectedRows) {
            QStringList row = r.fields;
            while (row.size() < report.header.size())
                row << QString();
            row << QString::number(r.line) << QString::number(r.column) << r.reason;
            if (Status s = writer.writeRecord(row); !s)
                return s;
        }
        if (Status s = writer.flush(); !s)
            return s;
    }
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace relasi
