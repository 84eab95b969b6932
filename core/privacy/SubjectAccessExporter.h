#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace relasi {

class ServiceContext;

// What a subject-access export wrote.
struct SubjectAccessReport {
    QString customerId;
    QString path;
    qint64 bytes = 0;
    QStringList files; // the archive's entries, in order
    QJsonObject counts; // records per kind ("contact_points": 2, …), as in person.json

    QJsonObject toJson() const; // {"customer_id", "path", "bytes", "files", "counts"}
};

// The subject-access / portability bundle of one customer (privacy policy: "access", "a copy in a portable
// format"; docs/privacy.md, "Subject access bundle"): one zip holding
//   person.json     everything below, typed, described by docs/privacy-export-schema.json;
//   *.csv           one file per kind of record (customer, contact_points, addresses, communication_logs,
//                   deals, deal_items, payments, tasks, consents, audit_entries), CsvWriter with its formula
//                   guard, a header row even when empty;
//   summary.html    the same for people to read (every value HTML-escaped; no scripts, no external links).
// Payment references are masked to their last four characters everywhere (ErasureService::maskReference).
// The audit entries are those naming the customer or one of its records (ids, field names and counts only).
//
// Needs Permission::BulkExport (owner, manager; a denial is audited) and ReadRecords on the customer. The
// zip is built in memory and written with QSaveFile (the target appears whole or not at all). Audited
// "subject_access_export", entity "customer", the customer id and the counts (no values, no path).
class SubjectAccessExporter
{
public:
    // One kind of record: its person.json key, its CSV file, a title for summary.html, the columns (CSV
    // order; person.json objects carry the same keys) and the rows as JSON objects.
    struct Section {
        QString key;
        QString title;
        QStringList columns;
        QJsonArray rows;
    };

    explicit SubjectAccessExporter(ServiceContext &ctx);

    // Progress of exportWorkspace (tables done of total; called before each table and every few thousand
    // rows, on the exporting thread). Returning false cancels: Cancelled, nothing written, nothing audited.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // NotFound (no such customer), PermissionDenied, Io (the file could not be written).
    Result<SubjectAccessReport> exportCustomer(const QString &customerId, const QString &zipPath);

    // The signed-in user's own data (any role; it is theirs): their user record, usage-analytics setting and
    // events, the device record, and the audit entries made by them or about them. Same layout (person.json
    // with format "relasi.self_access", a CSV per section, summary.html); audited "self_export".
    Result<SubjectAccessReport> exportSelf(const QString &zipPath);
    // The whole workspace for leaving the product (owner only: BulkExport and ConfigureSettings): every table
    // of the database as tables/<name>.csv (all columns, formula guard off: a program reads these back) and
    // manifest.json (format "relasi.workspace_export", tables with columns and row counts). The search index,
    // its shadow tables and SQLite's own tables are left out (rebuilt from the data). Payment references are
    // kept whole here: it is the business's own copy of its books. Every table is read inside one read
    // transaction (one snapshot: a write committed meanwhile by another connection is in none of the files or
    // all of them). Audited "workspace_export" with the counts.
    Result<SubjectAccessReport> exportWorkspace(const QString &zipPath);

    // The sections of a customer's bundle, "customer" first (checks the permissions, writes nothing).
    Result<QList<Section>> collect(const QString &customerId);

    static int formatVersion() { return 1; }
    static QString formatName() { return QStringLiteral("relasi.subject_access"); }

    // Bundle parts, public for the --self and workspace exports and for tests.
    static QByteArray csvOf(const Section &section);
    static QString cellText(const QJsonValue &value); // CSV/HTML text of a JSON value
    static QByteArray summaryHtml(const QString &heading, const QList<Section> &sections, qint64 generatedAtMs);

private:
    Result<QJsonArray> auditEntriesFor(const QStringList &ids);
    Result<QList<Section>> collectSelf();
    // person.json (top + each section; "customer"/"user" sections as one object) + CSVs + summary.html,
    // zipped and written with QSaveFile. Fills report.bytes/files/counts/path.
    Status writeBundle(const QString &zipPath, QJsonObject top, const QString &singleKey, const QString &heading,
        const QList<Section> &sections, SubjectAccessReport &report);

    ServiceContext &m_ctx;
    Progress m_progress;
};

} // namespace relasi
