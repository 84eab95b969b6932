#pragma once

#include <QCoreApplication>
#include <QString>

namespace relasi {

// What the audit log's stored names mean to a person, translated: actions ("sign_in_failed" → "Failed
// sign-in") and the kinds of record they touched ("business_profile" → "Business profile"). The stored
// names stay what the log, the CSV export and `relasi-cli verify` use; these are for showing only.
class AuditActionNames
{
    Q_DECLARE_TR_FUNCTIONS(relasi::AuditActionNames)

public:
    // A readable label for a stored action name; an unknown name is shown tidied ("foo_bar" → "Foo bar").
    static QString actionLabel(const QString &action);
    // A readable label for a stored entity name (may be empty); unknown ones tidied the same way.
    static QString entityLabel(const QString &entity);
    // Whether `action` is one the app knows a label for.
    static bool isKnownAction(const QString &action);

private:
    static QString tidy(const QString &name);
};

} // namespace relasi
