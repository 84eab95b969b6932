#include "io/import/ActivityImporter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "domain/Money.h"
#include "io/csv/BinarySniffer.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvWriter.h"
#include "io/csv/DialectSniffer.h"
#include "io/import/RollbackLog.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

struct Synonyms {
    const char *canonical;
    QStringList names;
};

const QList<Synonyms> &commonColumns()
{
    static const QList<Synonyms> list{
        {"customer_email", {QStringLiteral("customer_email"), QStringLiteral("email"), QStringLiteral("e-mail"),
                            QStringLiteral("surel"), QStringLiteral("email_pelanggan")}},
        {"customer_external_id", {QStringLiteral("customer_external_id"), QStringLiteral("external_id"),
                                  QStringLiteral("id_eksternal")}},
    };
    return list;
}

const QList<Synonyms> &logColumns()
{
    static const QList<Synonyms> list{
        {"occurred_at", {QStringLiteral("occurred_at"), QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("tanggal"), QStringLiteral("waktu")}},
        {"channel", {QStringLiteral("channel"), QStringLiteral("kanal"), QStringLiteral("type"), QStringLiteral("jenis")}},
        {"direction", {QStringLiteral("direction"), QStringLiteral("arah")}},
        {"duration_s", {QStringLiteral("duration_s"), QStringLiteral("duration"), QStringLiteral("durasi")}},
        {"subject", {QStringLiteral("subject"), QStringLiteral("subjek"), QStringLiteral("judul")}},
        {"body", {QStringLiteral("body"), QStringLiteral("isi"), QStringLiteral("notes"), QStringLiteral("catatan")}},
        {"outcome", {QStringLiteral("outcome"), QStringLiteral("hasil")}},
    };
    return list;
}

const QList<Synonyms> &dealColumns()
{
    static const QList<Synonyms> list{
        {"title", {QStringLiteral("title"), QStringLiteral("judul"), QStringLiteral("deal"), QStringLiteral("name")}},
        {"stage", {QStringLiteral("stage"), QStringLiteral("tahap")}},
        {"amount", {QStringLiteral("amount"), QStringLiteral("nilai"), QStringLiteral("jumlah"), QStringLiteral("value")}},
        {"currency", {QStringLiteral("currency"), QStringLiteral("mata_uang")}},
        {"probability", {QStringLiteral("probability"), QStringLiteral("probabilitas")}},
        {"expected_close", {QStringLiteral("expected_close"), QStringLiteral("perkiraan_tutup"), QStringLiteral("close_date")}},
        {"lost_reason", {QStringLiteral("lost_reason"), QStringLiteral("alasan_kalah")}},
    };
    return list;
}

QString normalHeader(const QString &h)
{
    QString n = h.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    return n;
}

Result<Money> parseAmount(const QString &text, const QString &currency)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Money(0, currency);
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::Indonesian, QLocale::Indonesia)}) {
        auto m = Money::parse(t, currency, locale);
        if (m)
            return m;
    }
    return Error(ErrorCode::Invalid, QStringLiteral("amount: \"%1\" is not an amount in %2").arg(t.left(40), currency));
}

} // namespace

ActivityImporter::ActivityImporter(ServiceContext &ctx) : m_ctx(ctx) {}

QHash<QString, int> ActivityImporter::mapHeader(const QStringList &header, ImportProfile::Entity entity)
{
    QHash<QString, int> out;
    QList<Synonyms> all = commonColumns();
    all += entity == ImportProfile::Entity::Deals ? dealColumns() : logColumns();
    for (int i = 0; i < header.size(); ++i) {
        const QString h = normalHeader(header.at(i));
        for (const Synonyms &s : std::as_const(all)) {
            const QString key = QLatin1String(s.canonical);
            if (!out.contains(key) && s.names.contains(h)) {
                out.insert(key, i);
                break;
            }
        }
    }
    return out;
}

qint64 ActivityImporter::parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0));
    }
    if (!dt.isValid())
        return -1;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // no offset given: UTC, as RecordExporter writes
    return dt.toMSecsSinceEpoch();
}

Result<ImportReport> ActivityImporter::run(QIODevice &device, const ImportProfile &profile, const Progress &progress,
                                           bool dryRun, const QString &fileName)
{
    m_report = ImportReport();
    m_report.dryRun = dryRun;
    const bool deals = profile.entity == ImportProfile::Entity::Deals;
    const QString entity = deals ? QStringLiteral("deal") : QStringLiteral("interaction");
    if (!device.isOpen() || !device.isReadable())
        return Error(ErrorCode::Io, QStringLiteral("the file is not open for reading"));
    if (device.peek(1).isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("the file is empty"));
    if (const QString why = BinarySniffer::whyNotText(&device); !why.isEmpty())
        return Error(ErrorCode::Invalid, why);

    CsvDialect dialect = DialectSniffer::sniff(&device);
    if (!profile.delimiter.isNull())
        dialect.delimiter = profile.delimiter;
    if (!profile.encoding.isEmpty())
        dialect.encoding = profile.encoding;
    CsvReader reader(&device, dialect);
    reader.setSkipEmptyLines(true);
    reader.setMaxFieldSize(1024 * 1024);
    const qint64 total = device.isSequential() ? 0 : device.size();

    CsvRecord record;
    if (!reader.readRecord(record))
        return Error(ErrorCode::Invalid, reader.error().isError() ? reader.error().message
                                                                  : QStringLiteral("the file has no header row"));
    m_report.header = record.fields;
    const QHash<QString, int> col = mapHeader(record.fields, profile.entity);
    if (!col.contains(QStringLiteral("customer_email")) && !col.contains(QStringLiteral("customer_external_id")))
        return Error(ErrorCode::Invalid, QStringLiteral("no customer column: give customer_email or customer_external_id"));
    const QString required = deals ? QStringLiteral("title") : QStringLiteral("channel");
    if (!col.contains(required))
        return Error(ErrorCode::Invalid, QStringLiteral("no %1 column").arg(required));

    QSqlQuery byEmail(m_ctx.db());
    byEmail.prepare(QStringLiteral("SELECT cp.customer_id FROM contact_points cp JOIN customers c ON c.id = cp.customer_id "
                                   "WHERE cp.kind = 'email' AND cp.normalized = ? AND cp.cl % 2 = 1 AND c.cl % 2 = 1 LIMIT 1"));
    QSqlQuery byExternal(m_ctx.db());
    byExternal.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ? AND cl % 2 = 1 LIMIT 1"));
    QSqlQuery sameLog(m_ctx.db());
    sameLog.prepare(QStringLiteral("SELECT 1 FROM interactions WHERE customer_id = ? AND occurred_at = ? AND channel = ? "
                                   "AND subject = ? AND cl % 2 = 1 LIMIT 1"));
    QSqlQuery sameDeal(m_ctx.db());
    sameDeal.prepare(QStringLiteral("SELECT 1 FROM deals WHERE customer_id = ? AND title = ? AND cl % 2 = 1 LIMIT 1"));
    auto lookup = [](QSqlQuery &q, const QString &value) -> QString {
        q.addBindValue(value);
        if (!q.exec() || !q.next())
            return {};
        const QString id = q.value(0).toString();
        q.finish();
        return id;
    };

    RollbackLog rollbackLog(m_ctx.db());
    QString importId;
    if (!dryRun) {
        if (Status s = rollbackLog.begin(); !s)
            return s.error();
        importId = Uuid::v7(m_ctx.clock());
        QSqlQuery q(m_ctx.db());
        q.prepare(QStringLiteral("INSERT INTO imports (id, user_id, file_name, profile, started_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(importId);
        q.addBindValue(m_ctx.session().userId);
        q.addBindValue(fileName.isNull() ? QStringLiteral("") : fileName);
        q.addBindValue(QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_ctx.clock().nowMs());
        if (!q.exec()) {
            const Error e = Database::errorFrom(q.lastError(), QStringLiteral("recording the import"));
            (void)rollbackLog.rollback();
            return e;
        }
        m_report.importId = importId;
    }
    auto abort = [&](const Error &e) -> Error {
        if (!dryRun && rollbackLog.rollback())
            m_report.importId.clear();
        qCInfo(lcImport) << entity << "import stopped after" << m_report.rows << "rows:" << e.message;
        return e;
    };
    auto reject = [this](qint64 line, int column, const QString &reason, const QStringList &fields) {
        m_report.rejectedRows << RejectedRow{line, column, reason, fields};
        ++m_report.rejected;
    };
    QSqlQuery item(m_ctx.db());
    item.prepare(QStringLiteral("INSERT OR IGNORE INTO import_items (import_id, entity, entity_id, action) VALUES (?, ?, ?, 'created')"));

    InteractionService logs(m_ctx);
    DealService dealService(m_ctx);
    QSet<QString> seenInFile;
    while (true) {
        const bool ok = reader.readRecord(record);
        if (!ok && reader.atEnd() && !reader.error().isError())
            break;
        if (!ok) {
            const CsvError &e = reader.error();
            if (!e.isRecoverable())
                return abort(Error(ErrorCode::Invalid, QStringLiteral("line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message)));
            ++m_report.rows;
            reject(e.line, 0, e.message, record.fields);
            continue;
        }
        ++m_report.rows;
        if (progress && m_report.rows % 200 == 0 && !progress(ImportProgress{m_report.rows, reader.bytesRead(), total}))
            return abort(Error(ErrorCode::Cancelled, QStringLiteral("the import was cancelled")));
        auto cell = [&](const char *name) {
            const int i = col.value(QLatin1String(name), -1);
            return i < 0 ? QString() : CsvWriter::unguardCell(record.fields.value(i)).trimmed();
        };
        auto column = [&](const char *name) { return col.value(QLatin1String(name), -1) + 1; };

        QString customerId;
        const QString email = cell("customer_email").toLower();
        const QString external = cell("customer_external_id");
        if (!email.isEmpty())
            customerId = lookup(byEmail, email);
        if (customerId.isEmpty() && !external.isEmpty())
            customerId = lookup(byExternal, external);
        if (customerId.isEmpty()) {
            reject(record.line, email.isEmpty() ? column("customer_external_id") : column("customer_email"),
                   QStringLiteral("customer: no customer with e-mail \"%1\" or external id \"%2\"").arg(email, external),
                   record.fields);
            continue;
        }

        Result<QString> created = QString();
        if (deals) {
            Deal d;
            d.customerId = customerId;
            d.title = cell("title");
            const QString stage = cell("stage").toLower();
            if (!stage.isEmpty())
                d.stage = stage;
            const QString currency = cell("currency").isEmpty() ? QStringLiteral("IDR") : cell("currency").toUpper();
            auto amount = parseAmount(cell("amount"), currency);
            if (!amount) {
                reject(record.line, column("amount"), amount.error().message, record.fields);
                continue;
            }
            d.amount = *amount;
            QString probability = cell("probability");
            if (!probability.isEmpty()) {
                bool isInt = false;
                d.probability = probability.remove(QLatin1Char('%')).toInt(&isInt);
                if (!isInt) {
                    reject(record.line, column("probability"), QStringLiteral("probability: not a whole number"), record.fields);
                    continue;
                }
            }
            d.expectedClose = parseTime(cell("expected_close"));
            if (d.expectedClose < 0) {
                reject(record.line, column("expected_close"), QStringLiteral("expected_close: not a date"), record.fields);
                continue;
            }
            d.lostReason = cell("lost_reason");
            const QString key = customerId + QLatin1Char('\x1f') + d.title;
            bool stored = seenInFile.contains(key);
            if (!stored) {
                sameDeal.addBindValue(customerId);
                sameDeal.addBindValue(d.title);
                stored = sameDeal.exec() && sameDeal.next();
                sameDeal.finish();
            }
            seenInFile.insert(key);
            if (stored) {
                ++m_report.skipped;
                continue;
            }
            if (!dryRun)
                created = dealService.create(d);
        } else {
            Interaction in;
            in.customerId = customerId;
            in.channel = cell("channel").toLower();
            in.direction = cell("direction").toLower();
            in.occurredAt = parseTime(cell("occurred_at"));
            if (in.occurredAt < 0) {
                reject(record.line, column("occurred_at"), QStringLiteral("occurred_at: not a date"), record.fields);
                continue;
            }
            const QString duration = cell("duration_s");
            if (!duration.isEmpty()) {
                bool isInt = false;
                in.durationS = duration.toLongLong(&isInt);
                if (!isInt) {
                    reject(record.line, column("duration_s"), QStringLiteral("duration_s: not a whole number of seconds"), record.fields);
                    continue;
                }
            }
            in.subject = cell("subject");
            in.body = cell("body");
            in.outcome = cell("outcome");
            if (!InteractionService::channels().contains(in.channel)) {
                reject(record.line, column("channel"),
                       QStringLiteral("channel: \"%1\" is not one of %2").arg(in.channel, InteractionService::channels().join(QStringLiteral(", "))),
                       record.fields);
                continue;
            }
            const QString key = customerId + QLatin1Char('\x1f') + QString::number(in.occurredAt) + QLatin1Char('\x1f')
                + in.channel + QLatin1Char('\x1f') + in.subject;
            bool stored = in.occurredAt > 0 && seenInFile.contains(key);
            if (!stored && in.occurredAt > 0) {
                sameLog.addBindValue(customerId);
                sameLog.addBindValue(in.occurredAt);
                sameLog.addBindValue(in.channel);
                sameLog.addBindValue(in.subject);
                stored = sameLog.exec() && sameLog.next();
                sameLog.finish();
            }
            seenInFile.insert(key);
            if (stored) {
                ++m_report.skipped;
                continue;
            }
            if (!dryRun)
                created = logs.add(in);
        }
        if (!created) {
            if (created.code() == ErrorCode::Invalid || created.code() == ErrorCode::NotFound) {
                reject(record.line, 0, created.error().message, record.fields);
                continue;
            }
            return abort(created.error());
        }
        ++m_report.created;
        if (!dryRun) {
            item.addBindValue(importId);
            item.addBindValue(entity);
            item.addBindValue(*created);
            if (!item.exec())
                return abort(Database::errorFrom(item.lastError(), QStringLiteral("recording imported records")));
        }
    }
    if (!dryRun) {
        QSqlQuery q(m_ctx.db());
        q.prepare(QStringLiteral("UPDATE imports SET status = 'done', created = ?, skipped = ?, rejected = ?, finished_at = ? WHERE id = ?"));
        q.addBindValue(m_report.created);
        q.addBindValue(m_report.skipped);
        q.addBindValue(m_report.rejected);
        q.addBindValue(m_ctx.clock().nowMs());
        q.addBindValue(importId);
        if (!q.exec())
            return abort(Database::errorFrom(q.lastError(), QStringLiteral("finishing the import")));
        (void)rollbackLog.release();
    }
    if (progress)
        progress(ImportProgress{m_report.rows, reader.bytesRead(), total});
    qCInfo(lcImport) << entity << "import" << importId << "created" << m_report.created << "skipped" << m_report.skipped
                     << "rejected" << m_report.rejected;
    return m_report;
}

} // namespace relasi
