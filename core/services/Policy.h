#pragma once

#include "common/Result.h"
#include "services/Session.h"

#include <QString>

namespace relasi {

// What a service call wants to do (DESIGN §5).
enum class Permission {
    ReadRecords,       // customers, logs, deals
    CreateRecords,
    EditRecords,
    DeleteRecords,     // delete and restore
    ReassignOwner,
    ImportCsv,
    BulkExport,        // bulk and subject-access export
    EraseData,         // erase / anonymise personal data
    ManageUsers,       // users, roles, key slots
    ReadAudit,
    ConfigureSettings, // sync, retention, business profile, settings
};

QString permissionName(Permission p); // "read_records", … (audit details, --json)

// The record a permission is asked for, for the record-level rules of sales reps. ownerId: the record's
// owner (for create/import: the owner the new record will get); sharedWithUser: the record is shared with
// the acting user (customer_shares).
struct RecordScope {
    QString ownerId;
    bool sharedWithUser = false;
};

// The permission matrix of DESIGN §5 as code. Pure: no database, no audit (services audit denials).
//
//                     Owner  Manager  Sales                   Viewer
//   ReadRecords        yes    yes     own + shared            yes
//   Create/Edit        yes    yes     own                     -
//   DeleteRecords      yes    yes     own                     -
//   ReassignOwner      yes    yes     -                       -
//   ImportCsv          yes    yes     into own                -
//   BulkExport         yes    yes     -                       -
//   EraseData          yes    -       -                       -
//   ManageUsers        yes    -       -                       -
//   ReadAudit          yes    yes     -                       -
//   ConfigureSettings  yes    -       -                       -
//
// For a sales rep, a record-level permission asked without a scope answers the question "may they do this
// to some records" (e.g. show the New button); with a scope it answers for that record.
class Policy
{
public:
    static Status check(const Session &session, Permission permission, const RecordScope *scope = nullptr);
    static bool allows(const Session &session, Permission permission, const RecordScope *scope = nullptr)
    {
        return check(session, permission, scope).ok();
    }

    // An SQL condition limiting customers (table alias `alias`) to those the session may read: "1" for
    // every role but Sales; for Sales it uses the named placeholder :scope_user, which the caller binds
    // to session.userId.
    static QString customerVisibilitySql(const Session &session, const QString &alias = QStringLiteral("c"));
};

} // namespace relasi
