// SubjectAccessExporter: a user's own data (exportSelf) and the whole workspace (exportWorkspace).
#include "privacy/SubjectAccessExporter.h"

#include "common/Clock.h"
#include "io/csv/CsvWriter.h"
#include "privacy/DeviceRecord.h"
#include "privacy/UsageLog.h"
#include "privacy/ZipArchive.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace relasi {

namespace {

QJsonValue isoTime(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

// One read transaction around the workspace export's reads, so every table comes from the same snapshot even
// while other connections write (WAL); rolled back (nothing was written in it) when the reads are done or on
// any early return.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase &db) : m_db(db) {}
    ~ReadSnapshot() { end(); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    Status begin()
    {
        if (!m_db.transaction())
            return Database::errorFrom(m_db.lastError(), QStringLiteral("starting the workspace export"));
        m_open = true;
        return {};
    }
    void end()
    {
        if (m_open)
            m_db.rollback();
        m_open = false;
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace

Result<QList<SubjectAccessExporter::Section>> SubjectAccessExporter::collectSelf()
{
    QSqlDatabase &db = m_ctx.db();
    const QString me = m_ctx.session().userId;
    QList<Section> out;

    Section user {QStringLiteral("user"), QStringLiteral("Your account"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
            QStringLiteral("role"), QStringLiteral("active"), QStringLiteral("created_at"),
            QStringLiteral("updated_at")},
        {}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, email, phone, role, active, created_at, updated_at FROM users "
                             "WHERE id = ?"));
    q.addBindValue(me);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the user"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("the signed-in user is not in the users table"));
    user.rows.append(
        QJsonObject {{QStringLiteral("id"), q.value(0).toString()}, {QStringLiteral("name"), q.value(1).toString()},
            {QStringLiteral("email"), q.value(2).toString()}, {QStringLiteral("phone"), q.value(3).toString()},
            {QStringLiteral("role"), q.value(4).toString()}, {QStringLiteral("active"), q.value(5).toInt() == 1},
            {QStringLiteral("created_at"), isoTime(q.value(6).toLongLong())},
            {QStringLiteral("updated_at"), isoTime(q.value(7).toLongLong())}});
    out << user;

    Section settings {QStringLiteral("settings"), QStringLiteral("Your settings"),
        {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("updated_at")}, {}};
    // Per-user settings carry the user id at the end of their key ("usage.opt_in.<id>").
    q.prepare(QStringLiteral("SELECT key, value, updated_at FROM settings WHERE substr(key, -length(?)) = ? "
                             "ORDER BY key"));
    q.addBindValue(me);
    q.addBindValue(me);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading settings"));
    while (q.next())
        settings.rows.append(QJsonObject {{QStringLiteral("key"), q.value(0).toString()},
            {QStringLiteral("value"), q.value(1).toString()},
            {QStringLiteral("updated_at"), isoTime(q.value(2).toLongLong())}});
    out << settings;

    UsageLog usage(m_ctx);
    auto events = usage.myEvents();
    if (!events)
        return events.error();
    Section usageSection {QStringLiteral("usage_events"), QStringLiteral("Your usage analytics"),
        {QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("kind"), QStringLiteral("name"),
            QStringLiteral("duration_ms")},
        {}};
    for (const UsageEvent &e : *events)
        usageSection.rows.append(e.toJson());
    out << usageSection;

    auto devices = DeviceRecord::all(db);
    if (!devices)
        return devices.error();
    Section deviceSection {QStringLiteral("devices"), QStringLiteral("Devices this workspace is used on"),
        {QStringLiteral("id"), QStringLiteral("os"), QStringLiteral("app_version"), QStringLiteral("first_seen"),
            QStringLiteral("last_seen")},
        {}};
    for (const DeviceInfo &d : *devices)
        deviceSection.rows.append(d.toJson());
    out << deviceSection;

    Section audit {QStringLiteral("audit_entries"), QStringLiteral("Audit entries made by you or about you"),
        {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("user_id"), QStringLiteral("action"),
            QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("details")},
        {}};
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, user_id, action, entity, entity_id, details FROM audit_log "
                             "WHERE user_id = ? OR (entity = 'user' AND entity_id = ?) ORDER BY seq"));
    q.addBindValue(me);
    q.addBindValue(me);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the audit entries"));
    while (q.next())
        audit.rows.append(QJsonObject {{QStringLiteral("seq"), double(q.value(0).toLongLong())},
            {QStringLiteral("at"), isoTime(q.value(1).toLongLong())},
            {QStringLiteral("user_id"), q.value(2).toString()}, {QStringLiteral("action"), q.value(3).toString()},
            {QStringLiteral("entity"), q.value(4).toString()}, {QStringLiteral("entity_id"), q.value(5).toString()},
            {QStringLiteral("details"), QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()}});
    out << audit;
    return out;
}

Result<SubjectAccessReport> SubjectAccessExporter::exportSelf(const QString &zipPath)
{
    auto sections = collectSelf();
    if (!sections)
        return sections.error();
    const QJsonObject top {{QStringLiteral("format"), QStringLiteral("relasi.self_access")},
        {QStringLiteral("format_version"), formatVersion()},
        {QStringLiteral("generated_at"), isoTime(m_ctx.clock().nowMs())},
        {QStringLiteral("generated_by"), m_ctx.session().userId}};
    SubjectAccessReport report;
    const QString heading = sections->first().rows.first().toObject().value(QStringLiteral("name")).toString();
    if (Status s = writeBundle(zipPath, top, QStringLiteral("user"), heading, *sections, report); !s)
        return s.error();
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("self_export"), QStringLiteral("user"),
            m_ctx.session().userId, report.counts);
        !a)
        return a.error();
    return report;
}

Result<SubjectAccessReport> SubjectAccessExporter::exportWorkspace(const QString &zipPath)
{
    if (Status s = m_ctx.require(Permission::BulkExport, QStringLiteral("workspace")); !s)
        return s.error();
    if (Status s = m_ctx.require(Permission::ConfigureSettings, QStringLiteral("workspace")); !s)
        return s.error();
    QSqlDatabase &db = m_ctx.db();
    ReadSnapshot snapshot(db); // from the table list to the last row
    if (Status s = snapshot.begin(); !s)
        return s.error();
    QStringList tables;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name NOT LIKE 'customers_fts%' ORDER BY name")))
            return Database::errorFrom(q.lastError(), QStringLiteral("listing tables"));
        while (q.next())
            tables << q.value(0).toString();
    }
    ZipArchive zip;
    QJsonArray manifestTables;
    QJsonObject counts;
    QStringList files {QStringLiteral("manifest.json")};
    const int steps = int(tables.size()) + 1; // the tables, then the archive
    auto goOn = [this, steps](int done) { return !m_progress || m_progress(done, steps); };
    const Error cancelled(ErrorCode::Cancelled, QStringLiteral("the workspace export was cancelled"));
    int tableIndex = 0;
    for (const QString &table : std::as_const(tables)) {
        if (!goOn(tableIndex))
            return cancelled;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The name comes from sqlite_master, quoted as an identifier.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(quoted)))
            return Database::errorFrom(q.lastError(), QStringLiteral("reading %1").arg(table));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QStringList columns;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            columns << rec.fieldName(i);
        qint64 rows = 0;
        {
            CsvWriter::Options options;
            options.formulaGuard = false;
            CsvWriter writer(&buffer, options);
            Status st = writer.writeRecord(columns);
            while (st && q.next()) {
                QStringList fields;
                for (int i = 0; i < columns.size(); ++i)
                    fields << (q.value(i).typeId() == QMetaType::QByteArray
                            ? QString::fromLatin1(q.value(i).toByteArray().toHex())
                            : q.value(i).toString());
                st = writer.writeRecord(fields);
                if (++rows % 5000 == 0 && !goOn(tableIndex))
                    return cancelled;
            }
            if (st)
                st = writer.flush();
            if (!st)
                return st.error();
        }
        const QString name = QStringLiteral("tables/") + table + QStringLiteral(".csv");
        zip.add(name, buffer.data());
        files << name;
        counts.insert(table, double(rows));
        manifestTables.append(QJsonObject {{QStringLiteral("name"), table}, {QStringLiteral("file"), name},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}, {QStringLiteral("rows"), double(rows)}});
        ++tableIndex;
    }
    snapshot.end(); // before the audit entry is written
    if (!goOn(tableIndex))
        return cancelled;
    const QJsonObject manifest {{QStringLiteral("format"), QStringLiteral("relasi.workspace_export")},
        {QStringLiteral("format_version"), formatVersion()},
        {QStringLiteral("generated_at"), isoTime(m_ctx.clock().nowMs())},
        {QStringLiteral("generated_by"), m_ctx.session().userId}, {QStringLiteral("tables"), manifestTables}};
    zip.add(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    auto bytes = zip.build();
    if (!bytes)
        return bytes.error();
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("writing %1: %2").arg(zipPath, file.errorString()));
    if (auto a = m_ctx.audit().append(
            m_ctx.session().userId, QStringLiteral("workspace_export"), QStringLiteral("workspace"), QString(), counts);
        !a)
        return a.error();
    SubjectAccessReport report;
    report.path = zipPath;
    report.bytes = bytes->size();
    report.files = files;
    report.counts = counts;
    return report;
}

} // namespace relasi
