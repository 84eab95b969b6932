#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relasi {

// A customer field a CSV column can feed.
enum class ImportField {
    Ignore,
    DisplayName,
    GivenName,
    FamilyName,
    Email,   // multi-valued: several columns and/or separated values in one cell
    Phone,   // multi-valued
    Website, // multi-valued
    Company,
    Street,
    City,
    Region,
    PostalCode,
    Country,
    Notes,
    Tags, // multi-valued
    Status,
    ExternalId,
    CreatedAt, // recognised so it is not flagged as unmapped; not stored (records get the import time)
};

QString importFieldName(ImportField f);
std::optional<ImportField> importFieldFromName(const QString &name);

// Where one column goes. group: which address a column belongs to (0 = first/home, 1 = second/work).
struct ColumnMapping {
    ImportField field = ImportField::Ignore;
    int group = 0;
    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b)
    {
        return a.field == b.field && a.group == b.group;
    }
};

// Everything an import needs to know about a file, saved by name and edited by the wizard (STYLE.md: the
// dialog only edits the profile; CustomerImporter runs it headless). A plain value type.
struct ImportProfile {
    enum MatchOn { MatchEmail = 1, MatchPhone = 2, MatchExternalId = 4, MatchNameCompany = 8 };
    enum class DuplicateAction { Skip, Fill, Overwrite, Create };

    enum class Entity { Customers, Logs, Deals }; // what the rows are (logs and deals: ActivityImporter)

    QString name;
    Entity entity = Entity::Customers;
    QByteArray encoding;  // empty: detect (BOM, then EncodingDetector)
    QChar delimiter;      // null: sniff
    int headerRow = 1;    // 1-based record holding the column names; 0: no header
    int firstDataRow = 2; // 1-based record of the first data row
    // By column index; empty: auto-detect from the header when the import starts.
    QList<ColumnMapping> columns;
    // Separator of several values in one cell (Google Contacts: " ::: "); ';' also splits e-mails, phones, tags.
    QString multiValueSeparator = QStringLiteral(" ::: ");
    QString defaultRegion; // phone numbers without a country prefix; empty: the business's country
    QString ownerId;       // empty: the importing user
    QStringList tags;      // added to every imported record
    int matchOn = MatchEmail | MatchPhone;
    DuplicateAction action = DuplicateAction::Skip;

    QJsonObject toJson() const;
    // Invalid for unknown field names, actions or match keys.
    static Result<ImportProfile> fromJson(const QJsonObject &json);

    // A profile whose columns are mapped from the header's names: English and Indonesian synonyms, and the
    // headers of Google Contacts, Outlook, Thunderbird, HubSpot, Salesforce and Relasi's own export.
    static ImportProfile autoDetect(const QStringList &header);
    // The mapping of one header name (Ignore when unknown).
    static ColumnMapping mapHeader(const QString &header);
    // Number of columns mapped to something other than Ignore.
    int mappedCount() const;

    static QString entityName(Entity e); // "customers", "logs", "deals"
    static std::optional<Entity> entityFromName(const QString &name);
    static QString actionName(DuplicateAction a);
    static std::optional<DuplicateAction> actionFromName(const QString &name);
};

} // namespace relasi
