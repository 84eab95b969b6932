#include "io/import/CustomerImporter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvWriter.h"
#include "io/csv/BinarySniffer.h"
#include "io/csv/DialectSniffer.h"
#include "io/import/CustomerOverwrite.h"
#include "io/import/CustomerRowMapper.h"
#include "io/import/ImportSource.h"
#include "io/import/RollbackLog.h"
#include "io/vcard/VCardCustomer.h"
#include "io/vcard/VCardReader.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/CustomerValidator.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

// One parsed row waiting for the next batch write.
struct CustomerImporter::Pending {
    QList<NewCustomer> customers;
    QList<qint64> lines;
    QList<QStringList> fields;
    void clear()
    {
        customers.clear();
        lines.clear();
        fields.clear();
    }
};

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
    m_ctx.setDefaultRegion(region); // createMany normalises phones in the same region as the checks here
    struct RegionRestore {
        ServiceContext &ctx;
        QString region;
        ~RegionRestore() { ctx.setDefaultRegion(region); }
    } restoreRegion{m_ctx, savedRegion};

    CustomerService customers(m_ctx);
    QSqlQuery byContact(m_ctx.db());
    byContact.prepare(QStringLiteral(
        "SELECT cp.customer_id FROM contact_points cp JOIN customers c ON c.id = cp.customer_id "
        "WHERE cp.kind = ? AND cp.normalized = ? AND cp.cl % 2 = 1 AND c.cl % 2 = 1 LIMIT 1"));
    QSqlQuery byExternal(m_ctx.db());
    byExternal.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ? AND cl % 2 = 1 LIMIT 1"));
    QSqlQuery byName(m_ctx.db());
    byName.prepare(QStringLiteral("SELECT id, display_name, company_name FROM customers WHERE cl % 2 = 1 "
                                  "AND display_name = ? COLLATE NOCASE LIMIT 20"));
    auto findStored = [&](const QString &key) -> QString {
        const QString value = key.mid(2);
        QSqlQuery *q = nullptr;
        switch (key.at(0).unicode()) {
        case 'e':
        case 'p':
            q = &byContact;
            q->addBindValue(key.at(0) == QLatin1Char('e') ? QStringLiteral("email") : QStringLiteral("phone"));
            q->addBindValue(value);
            break;
        case 'x':
            q = &byExternal;
            q->addBindValue(value);
            break;
        default: {
            const QStringList parts = value.split(QLatin1Char('\x1f'));
            byName.addBindValue(parts.value(0));
            if (!byName.exec())
                return {};
            while (byName.next()) {
                if (byName.value(2).toString().simplified().toCaseFolded() == parts.value(1))
                    return byName.value(0).toString();
            }
            return {};
        }
        }
        if (!q->exec() || !q->next())
            return {};
        return q->value(0).toString();
    };

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
    // Cancel or failure: the database goes back to exactly what it was before run() (no imports row either).
    auto abort = [&](const Error &error, const QString &status) -> Error {
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

    auto reject = [this](qint64 line, int column, const QString &reason, const QStringList &fields) {
        m_report.rejectedRows << RejectedRow{line, column, reason, fields};
        ++m_report.rejected;
    };

    Pending pending;
    QSet<size_t> seen; // hashes of the duplicate keys of rows taken from this file
    bool cancelled = false;
    auto report = [&]() {
        if (progress && !progress(ImportProgress{m_report.rows, reader.bytesRead(), total}))
            cancelled = true;
        return !cancelled;
    };
    auto flush = [&]() -> Status {
        if (pending.customers.isEmpty())
            return {};
        auto ids = customers.createMany(pending.customers, [&](int, int) { return report(); },
                                        CustomerService::Origin::Import);
        QStringList created;
        if (ids) {
            created = *ids;
        } else if (ids.code() == ErrorCode::Invalid) {
            // Something only the service checks (e.g. a card number in the notes): one by one, rejecting those.
            for (int i = 0; i < pending.customers.size(); ++i) {
                auto one = customers.createMany({pending.customers.at(i)}, {}, CustomerService::Origin::Import);
                if (one)
                    created << one->constFirst();
                else if (one.code() == ErrorCode::Invalid)
                    reject(pending.lines.at(i), 0, one.error().message, pending.fields.at(i));
                else
                    return one.error();
            }
        } else {
            return ids.error();
        }
        m_report.created += int(created.size());
        pending.clear();
        return recordItems(importId, created, QStringLiteral("created"));
    };

    CsvRecord record;
    qint64 dataRows = 0;
    while (true) {
        const bool ok = reader.readRecord(record);
        if (!ok && reader.atEnd() && !reader.error().isError())
            break;
        const bool isHeader = profile.headerRow > 0 && record.number == profile.headerRow;
        if (!ok) {
            const CsvError &e = reader.error();
            if (!e.isRecoverable() || isHeader)
                return abort(Error(ErrorCode::Invalid, QStringLiteral("line %1, column %2: %3")
                                                           .arg(e.line).arg(e.column).arg(e.message)),
                             QStringLiteral("failed"));
            if (record.number >= profile.firstDataRow) {
                ++m_report.rows;
                reject(e.line, 0, e.message, record.fields); // e.column counts characters, not fields
            }
            continue;
        }
        if (isHeader) {
            m_report.header = record.fields;
            if (profile.columns.isEmpty())
                profile.columns = ImportProfile::autoDetect(record.fields).columns;
            if (profile.mappedCount() == 0)
                return abort(Error(ErrorCode::Invalid,
                                   QStringLiteral("no column of the header matches a customer field (%1)")
                                       .arg(record.fields.mid(0, 8).join(QStringLiteral(", ")).left(200))),
                             QStringLiteral("failed"));
            continue;
        }
        if (record.number < profile.firstDataRow)
            continue;
        if (profile.columns.isEmpty() || profile.mappedCount() == 0)
            return abort(Error(ErrorCode::Invalid, QStringLiteral("the profile maps no column")), QStringLiteral("failed"));
        ++m_report.rows;
        ++dataRows;

        MappedRow row = CustomerRowMapper::map(record.fields, profile, region);
        if (!row.error.isEmpty()) {
            reject(record.line, row.errorColumn, row.error, record.fields);
        } else {
            bool inFile = false;
            QString storedId;
            for (const QString &key : std::as_const(row.keys)) {
                if (seen.contains(qHash(key, 0x5eed)))
                    inFile = true;
            }
            if (!inFile) {
                for (const QString &key : std::as_const(row.keys)) {
                    storedId = findStored(key);
                    if (!storedId.isEmpty())
                        break;
                }
            }
            for (const QString &key : std::as_const(row.keys))
                seen.insert(qHash(key, 0x5eed));
            const bool duplicate = inFile || !storedId.isEmpty();
            if (!duplicate || profile.action == ImportProfile::DuplicateAction::Create) {
                if (dryRun) {
                    ++m_report.created;
                } else {
                    pending.customers << row.customer;
                    pending.lines << record.line;
                    pending.fields << record.fields;
                }
            } else if (storedId.isEmpty() || profile.action == ImportProfile::DuplicateAction::Skip) {
                ++m_report.skipped;
            } else if (dryRun) {
                ++m_report.updated;
            } else {
                // Fill empty fields / overwrite with the file's values.
                auto stored = customers.get(storedId);
                if (!stored)
                    return abort(stored.error(), QStringLiteral("failed"));
                Customer c = *stored;
                const Customer before = *stored;
                const Customer &in = row.customer;
                const bool over = profile.action == ImportProfile::DuplicateAction::Overwrite;
                auto merge = [over](QString &target, const QString &value) {
                    if (!value.isEmpty() && (over || target.isEmpty()))
                        target = value;
                };
                merge(c.givenName, in.givenName);
                merge(c.familyName, in.familyName);
                if (!in.displayName.isEmpty() && over)
                    c.displayName = in.displayName;
                if (c.companyId.isEmpty())
                    merge(c.companyName, in.companyName);
                merge(c.notes, in.notes);
                merge(c.externalId, in.externalId);
                for (const ContactPoint &p : in.contacts) {
                    if (std::none_of(c.contacts.cbegin(), c.contacts.cend(), [&p](const ContactPoint &q) {
                            return q.kind == p.kind && q.normalized == p.normalized;
                        })) {
                        ContactPoint add = p;
                        add.primary = false;
                        c.contacts << add;
                    }
                }
                if (c.addresses.isEmpty())
                    c.addresses = in.addresses;
                for (const QString &t : in.tags)
                    c.tags << t;
                if (Status s = customers.update(c); !s) {
                    if (s.code() != ErrorCode::Invalid)
                        return abort(s.error(), QStringLiteral("failed"));
                    reject(record.line, 0, s.error().message, record.fields);
                } else {
                    ++m_report.updated;
                    auto after = customers.get(storedId); // with the ids of what the update added
                    if (!after)
                        return abort(after.error(), QStringLiteral("failed"));
                    if (Status s2 = recordUpdated(importId, storedId, CustomerOverwrite::diff(before, *after)); !s2)
                        return abort(s2.error(), QStringLiteral("failed"));
                }
            }
        }
        if (pending.customers.size() >= m_batchSize) {
            if (Status s = flush(); !s)
                return abort(cancelled ? Error(ErrorCode::Cancelled, QStringLiteral("the import was cancelled")) : s.error(),
                             cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"));
        }
        if ((dataRows % 1000 == 0 && !report()) || cancelled)
            return abort(Error(ErrorCode::Cancelled, QStringLiteral("the import was cancelled")), QStringLiteral("cancelled"));
    }
    if (Status s = flush(); !s)
        return abort(cancelled ? Error(ErrorCode::Cancelled, QStringLiteral("the import was cancelled")) : s.error(),
                     cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"));
    if (m_report.header.isEmpty() && profile.headerRow > 0)
        return abort(Error(ErrorCode::Invalid, QStringLiteral("the file has no header row")), QStringLiteral("failed"));
    if (!dryRun) {
        if (Status s = finishImport(importId, QStringLiteral("done")); !s)
            return abort(s.error(), QStringLiteral("failed"));
        if (Status s = rollbackLog.release(); !s)
            qCWarning(lcImport) << "import" << importId << s.error().message;
    }
    if (progress)
        progress(ImportProgress{m_report.rows, reader.bytesRead(), total});
    qCInfo(lcImport) << "import" << importId << "rows" << m_report.rows << "created" << m_report.created << "updated"
                     << m_report.updated << "skipped" << m_report.skipped << "rejected" << m_report.rejected;
    return m_report;
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
