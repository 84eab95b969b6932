#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace relasi {

class ServiceContext;

// What a subject-access export wrote.
struct SubjectAccessReport {
    QString customerId;
    QString path;
    qint64 bytes = 0;
    QStringList files;  // the archive's entries, in order
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

    // NotFound (no such customer), PermissionDenied, Io (the file could not be written).
    Result<SubjectAccessReport> exportCustomer(const QString &customerId, const QString &zipPath);

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

    ServiceContext &m_ctx;
};

} // namespace relasi
