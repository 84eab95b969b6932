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
#include "io/import/RollbackLog.h"
#include "io/import/StoredDuplicateFinder.h"
#include "io/vcard/VCardCustomer.h"
#include "io/vcard/VCardReader.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/CustomerValidator.h"
#include "search/SearchIndex.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relasi {

namespace {

const QString kCustomer = QStringLiteral("customer");

} // namespace

CustomerImporter::CustomerImporter(ServiceContext &ctx) : m_ctx(ctx) {}

Result<ImportReport> CustomerImporter::run(QIODevice &device, const ImportProfile &profileIn,
                                           const Progress &progress, bool dryRun, const QString &fileName)
{
    m_report = ImportReport();
    m_report.dryRun = dryRun;
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

    // Everything this run writes, its bookkeeping rows included, can be undone exactly (cancel, failure).
    RollbackLog rollbackLog(m_ctx.db());
    if (!dryRun) {
        if (Status s = rollbackLog.begin(); !s)
            return s.error();
    }

    // The import's bookkeeping row.
    QString importId;
    if (!dryRun) {
        importId = Uuid::v7(m_ctx.clock());
        QSqlQuery q(m_ctx.db());
        q.prepare(QStringLiteral("INSERT INTO imports (id, user_id, file_name, profile, started_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(importId);
        q.addBindValue(m_ctx.session().userId);
        q.addBindValue(fileName.isNull() ? QStringLiteral("") : fileName); // a null QString would bind NULL
        q.addBindValue(QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_ctx.clock().nowMs());
        if (!q.exec()) {
            const Error e = Database::errorFrom(q.lastError(), QStringLiteral("recording the import"));
            (void)rollbackLog.rollback();
            return e;
        }
        m_report.importId = importId;
    }

    // Reading, mapping, in-file duplicates and preparation run on the producer's thread; this thread is the one
    // writer: stored duplicates a batch at a time, then createMany per batch (one transaction each).
    ImportBatchProducer::Options options;
    options.profile = profile;
    options.region = region;
    options.indexRegion = SearchIndex::indexRegion(m_ctx.db());
    options.batchSize = m_batchSize;
    ImportBatchProducer producer(reader, options);

    // Cancel or failure: the database goes back to exactly what it was before run() (no imports row either).
    auto abort = [&](const Error &error, const QString &status) -> Error {
        producer.stop();
        if (!dryRun) {
            const QStringList touched = itemIds(importId);
            if (Status s = rollbackLog.rollback(); s) {
                m_report.importId.clear();
                if (!touched.isEmpty())
                    Q_EMIT m_ctx.notifier().changed(kCustomer, touched);
            } else {
                // Last resort: delete what was created (journalled, audited) and mark the import.
                qCWarning(lcImport) << "import" << importId << "could not be rolled back:" << s.error().message;
                removeCreated(importId);
                (void)finishImport(importId, status);
            }
        }
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
        for (RejectedRow &r : batch.rejected)
            m_report.rejectedRows << std::move(r);
        m_report.rejected += int(batch.rejected.size());
        if (batch.error)
            return abort(*batch.error, QStringLiteral("failed"));
        if (Status s = writeBatch(batch, profile.action, importId, dryRun, stored, report); !s)
            return cancelled ? abort(cancelError, QStringLiteral("cancelled")) : abort(s.error(), QStringLiteral("failed"));
        if (!report())
            return abort(cancelError, QStringLiteral("cancelled"));
    }
    if (m_report.header.isEmpty() && profile.headerRow > 0)
        return abort(Error(ErrorCode::Invalid, QStringLiteral("the file has no header row")), QStringLiteral("failed"));
    if (!dryRun) {
        if (Status s = finishImport(importId, QStringLiteral("done")); !s)
            return abort(s.error(), QStringLiteral("failed"));
        if (Status s = rollbackLog.release(); !s)
            qCWarning(lcImport) << "import" << importId << s.error().message;
    }
    // Rows rejected while reading and rows rejected by the service arrive in different stages: file order.
    std::stable_sort(m_report.rejectedRows.begin(), m_report.rejectedRows.end(),
                     [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
    if (progress)
        progress(ImportProgress{m_report.rows, bytesRead, total});
    qCInfo(lcImport) << "import" << importId << "rows" << m_report.rows << "created" << m_report.created << "updated"
                     << m_report.updated << "skipped" << m_report.skipped << "rejected" << m_report.rejected
                     << "duplicate lookups" << stored.queries();
    return m_report;
}

// One batch from the producer: decides for every row (created, skipped, updated), looking up the stored
// duplicates of the whole batch at once, creates the new customers in one createMany (one transaction), records
// them, then fills or overwrites the stored customers matched (one update each).
Status CustomerImporter::writeBatch(ImportBatch &batch, ImportProfile::DuplicateAction action, const QString &importId,
                                    bool dryRun, StoredDuplicateFinder &stored, const std::function<bool()> &report)
{
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
            m_report.rejectedRows << RejectedRow{row.line, 0, row.prepareError, row.fields};
            ++m_report.rejected;
        } else if (!duplicate || action == ImportProfile::DuplicateAction::Create) {
            if (dryRun) {
                ++m_report.created;
            } else {
                create.records << batch.prepared.records.at(row.prepared);
                create.indexRows << batch.prepared.indexRows.at(row.prepared);
                createRows << i;
            }
        } else if (storedId.isEmpty() || action == ImportProfile::DuplicateAction::Skip) {
            ++m_report.skipped;
        } else if (dryRun) {
            ++m_report.updated;
        } else {
            updates << qMakePair(i, storedId);
        }
    }

    CustomerService customers(m_ctx);
    if (!create.records.isEmpty()) {
        auto ids = customers.createMany(std::move(create), [&report](int, int) { return report(); },
                                        CustomerService::Origin::Import);
        QStringList created;
        if (ids) {
            created = std::move(*ids);
        } else if (ids.code() == ErrorCode::Invalid) {
            // Something only the writer checks: one by one, rejecting those.
            for (int i : std::as_const(createRows)) {
                const ImportRow &row = batch.rows.at(i);
                PreparedCustomers one;
                one.region = batch.prepared.region;
                one.indexRegion = batch.prepared.indexRegion;
                one.records << batch.prepared.records.at(row.prepared);
                one.indexRows << batch.prepared.indexRows.at(row.prepared);
                auto single = customers.createMany(std::move(one), {}, CustomerService::Origin::Import);
                if (single) {
                    created << single->constFirst();
                } else if (single.code() == ErrorCode::Invalid) {
                    m_report.rejectedRows << RejectedRow{row.line, 0, single.error().message, row.fields};
                    ++m_report.rejected;
                } else {
                    return single.error();
                }
            }
        } else {
            return ids.error();
        }
        m_report.created += int(created.size());
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
        if (Status s = customers.update(c); !s) {
            if (s.code() != ErrorCode::Invalid)
                return s;
            m_report.rejectedRows << RejectedRow{row.line, 0, s.error().message, row.fields};
            ++m_report.rejected;
            continue;
        }
        ++m_report.updated;
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
    QSqlDatabase db = m_ctx.db();
    if (!db.transaction())
        return Database::errorFrom(db.lastError(), QStringLiteral("recording imported records"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO import_items (import_id, entity, entity_id, action) VALUES (?, ?, ?, ?)"));
    for (const QString &id : ids) {
        q.addBindValue(importId);
        q.addBindValue(kCustomer);
        q.addBindValue(id);
        q.addBindValue(action);
        if (!q.exec()) {
            const Error e = Database::errorFrom(q.lastError(), QStringLiteral("recording imported records"));
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return Database::errorFrom(db.lastError(), QStringLiteral("recording imported records"));
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

QStringList CustomerImporter::itemIds(const QString &importId)
{
    QStringList ids;
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT entity_id FROM import_items WHERE import_id = ? AND entity = ?"));
    q.addBindValue(importId);
    q.addBindValue(kCustomer);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

void CustomerImporter::removeCreated(const QString &importId)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT entity_id FROM import_items WHERE import_id = ? AND entity = ? AND action = 'created'"));
    q.addBindValue(importId);
    q.addBindValue(kCustomer);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    q.finish();
    CustomerService customers(m_ctx);
    for (const QString &id : std::as_const(ids)) {
        if (Status s = customers.remove(id); !s && s.code() != ErrorCode::NotFound)
            qCWarning(lcImport) << "could not remove imported customer" << id << s.error().message;
    }
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
        for (const RejectedRow &r : report.rejectedRows) {
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
