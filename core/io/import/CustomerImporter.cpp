#include "io/import/CustomerImporter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvWriter.h"
#include "io/csv/DialectSniffer.h"
#include "services/CustomerService.h"
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

QStringList splitValues(const QString &cell, const QString &separator, bool splitComma)
{
    QStringList parts{cell};
    if (!separator.isEmpty() && cell.contains(separator))
        parts = cell.split(separator);
    QStringList out;
    static const QRegularExpression semicolon(QStringLiteral("[;\\n]"));
    static const QRegularExpression semicolonComma(QStringLiteral("[;,\\n]"));
    for (const QString &p : std::as_const(parts)) {
        for (const QString &v : p.split(splitComma ? semicolonComma : semicolon, Qt::SkipEmptyParts)) {
            const QString t = v.trimmed();
            if (!t.isEmpty())
                out << t;
        }
    }
    return out;
}

// A row mapped to a customer, or why it cannot be.
struct MappedRow {
    NewCustomer customer;
    int errorColumn = 0;
    QString error;
    QStringList keys; // duplicate keys ("e:…", "p:…", "x:…", "n:…")
};

MappedRow mapRow(const QStringList &fields, const ImportProfile &profile, const QString &region)
{
    MappedRow r;
    NewCustomer &c = r.customer;
    QMap<int, Address> addresses;
    const int n = int(qMin(fields.size(), profile.columns.size()));
    auto fail = [&r](int column, const QString &reason) {
        r.errorColumn = column;
        r.error = reason;
        return r;
    };
    auto addContact = [&](ContactKind kind, const QString &value, int column) -> bool {
        ContactPoint p;
        p.kind = kind;
        p.raw = value;
        if (Status s = CustomerValidator::normalizeContact(p, region); !s) {
            fail(column, s.error().message);
            return false;
        }
        for (const ContactPoint &q : std::as_const(c.contacts)) {
            if (q.kind == kind && q.normalized == p.normalized)
                return true;
        }
        p.primary = std::none_of(c.contacts.cbegin(), c.contacts.cend(),
                                 [kind](const ContactPoint &x) { return x.kind == kind; });
        c.contacts << p;
        return true;
    };
    for (int i = 0; i < n; ++i) {
        const ColumnMapping &m = profile.columns.at(i);
        if (m.field == ImportField::Ignore || m.field == ImportField::CreatedAt)
            continue;
        const QString value = CsvWriter::unguardCell(fields.at(i)).trimmed();
        if (value.isEmpty())
            continue;
        const int column = i + 1;
        auto setOnce = [&value](QString &target) {
            if (target.isEmpty())
                target = value;
        };
        switch (m.field) {
        case ImportField::DisplayName:
            setOnce(c.displayName);
            break;
        case ImportField::GivenName:
            setOnce(c.givenName);
            break;
        case ImportField::FamilyName:
            setOnce(c.familyName);
            break;
        case ImportField::Company:
            setOnce(c.companyName);
            break;
        case ImportField::Notes:
            c.notes = c.notes.isEmpty() ? value : c.notes + QLatin1Char('\n') + value;
            break;
        case ImportField::ExternalId:
            setOnce(c.externalId);
            break;
        case ImportField::Status: {
            auto st = customerStatusFromName(value);
            if (!st)
                return fail(column, QStringLiteral("status: \"%1\" is not lead, prospect, customer or inactive").arg(value));
            c.status = *st;
            break;
        }
        case ImportField::Email:
        case ImportField::Phone:
        case ImportField::Website: {
            const ContactKind kind = m.field == ImportField::Email ? ContactKind::Email
                : m.field == ImportField::Phone                   ? ContactKind::Phone
                                                                  : ContactKind::Website;
            for (const QString &v : splitValues(value, profile.multiValueSeparator, kind == ContactKind::Email)) {
                if (!addContact(kind, v, column))
                    return r;
            }
            break;
        }
        case ImportField::Tags:
            for (const QString &t : splitValues(value, profile.multiValueSeparator, true)) {
                if (!t.startsWith(QLatin1String("* "))) // Google's system groups ("* myContacts", "* starred")
                    c.tags << t;
            }
            break;
        case ImportField::Street: {
            QString &street = addresses[m.group].street;
            street = street.isEmpty() ? value : street + QStringLiteral(", ") + value;
            break;
        }
        case ImportField::City:
            setOnce(addresses[m.group].city);
            break;
        case ImportField::Region:
            setOnce(addresses[m.group].region);
            break;
        case ImportField::PostalCode:
            setOnce(addresses[m.group].postalCode);
            break;
        case ImportField::Country:
            setOnce(addresses[m.group].country);
            break;
        case ImportField::Ignore:
        case ImportField::CreatedAt:
            break;
        }
    }
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
        Address a = *it;
        a.label = it.key() == 0 ? QString() : QStringLiteral("work");
        c.addresses << a;
    }
    for (const QString &t : profile.tags)
        c.tags << t;
    c.ownerId = profile.ownerId;

    const bool hasName = !c.displayName.isEmpty() || !c.givenName.isEmpty() || !c.familyName.isEmpty();
    if (!hasName) {
        if (!c.companyName.isEmpty()) {
            c.kind = CustomerKind::Company;
            c.displayName = c.companyName;
        } else if (!c.contacts.isEmpty()) {
            c.displayName = c.contacts.constFirst().raw;
        } else {
            return fail(0, QStringLiteral("name: the row has no name, company, e-mail or phone"));
        }
    }

    for (const ContactPoint &p : std::as_const(c.contacts)) {
        if (p.kind == ContactKind::Email && (profile.matchOn & ImportProfile::MatchEmail))
            r.keys << QStringLiteral("e:") + p.normalized;
        else if (p.kind == ContactKind::Phone && (profile.matchOn & ImportProfile::MatchPhone))
            r.keys << QStringLiteral("p:") + p.normalized;
    }
    if (!c.externalId.isEmpty() && (profile.matchOn & ImportProfile::MatchExternalId))
        r.keys << QStringLiteral("x:") + c.externalId;
    if (profile.matchOn & ImportProfile::MatchNameCompany) {
        const QString name = c.displayName.isEmpty() ? QStringList{c.givenName, c.familyName}.join(QLatin1Char(' '))
                                                     : c.displayName;
        r.keys << QStringLiteral("n:") + name.simplified().toCaseFolded() + QLatin1Char('\x1f')
                + c.companyName.simplified().toCaseFolded();
    }
    return r;
}

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
    const qint64 total = device.isSequential() ? 0 : device.size();

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
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("recording the import"));
        m_report.importId = importId;
    }
    auto abort = [&](const Error &error, const QString &status) -> Error {
        if (!dryRun) {
            removeCreated(importId);
            (void)finishImport(importId, status);
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
                reject(e.line, int(e.column), e.message, record.fields);
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

        MappedRow row = mapRow(record.fields, profile, region);
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
                    if (Status s2 = recordItems(importId, {storedId}, QStringLiteral("updated")); !s2)
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
            return s.error();
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

Result<int> CustomerImporter::undo(const QString &importId)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT status FROM imports WHERE id = ?"));
    q.addBindValue(importId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the import"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no import with id %1").arg(importId));
    q.finish();
    QSqlQuery items(m_ctx.db());
    items.prepare(QStringLiteral("SELECT i.entity_id FROM import_items i JOIN customers c ON c.id = i.entity_id "
                                 "WHERE i.import_id = ? AND i.entity = ? AND i.action = 'created' AND c.cl % 2 = 1"));
    items.addBindValue(importId);
    items.addBindValue(kCustomer);
    if (!items.exec())
        return Database::errorFrom(items.lastError(), QStringLiteral("reading the import"));
    QStringList ids;
    while (items.next())
        ids << items.value(0).toString();
    items.finish();
    CustomerService customers(m_ctx);
    int removed = 0;
    for (const QString &id : std::as_const(ids)) {
        if (Status s = customers.remove(id); !s)
            return s.error();
        ++removed;
    }
    QSqlQuery done(m_ctx.db());
    done.prepare(QStringLiteral("UPDATE imports SET status = 'undone', finished_at = ? WHERE id = ?"));
    done.addBindValue(m_ctx.clock().nowMs());
    done.addBindValue(importId);
    if (!done.exec())
        return Database::errorFrom(done.lastError(), QStringLiteral("marking the import undone"));
    return removed;
}

Status CustomerImporter::writeRejected(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    {
        CsvWriter writer(&file);
        QStringList header = m_report.header;
        header << QStringLiteral("_line") << QStringLiteral("_column") << QStringLiteral("_reason");
        if (Status s = writer.writeRecord(header); !s)
            return s;
        for (const RejectedRow &r : m_report.rejectedRows) {
            QStringList row = r.fields;
            while (row.size() < m_report.header.size())
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
