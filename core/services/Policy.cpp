#include "services/Policy.h"

namespace relasi {

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::ReadRecords:
        return QStringLiteral("read_records");
    case Permission::CreateRecords:
        return QStringLiteral("create_records");
    case Permission::EditRecords:
        return QStringLiteral("edit_records");
    case Permission::DeleteRecords:
        return QStringLiteral("delete_records");
    case Permission::ReassignOwner:
        return QStringLiteral("reassign_owner");
    case Permission::ImportCsv:
        return QStringLiteral("import_csv");
    case Permission::BulkExport:
        return QStringLiteral("bulk_export");
    case Permission::EraseData:
        return QStringLiteral("erase_data");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ReadAudit:
        return QStringLiteral("read_audit");
    case Permission::ConfigureSettings:
        return QStringLiteral("configure_settings");
    }
    return QStringLiteral("unknown");
}

namespace {

Status denied(const Session &s, Permission p, const QString &why = {})
{
    QString msg = QStringLiteral("%1 may not %2").arg(roleName(s.role), permissionName(p));
    if (!why.isEmpty())
        msg += QStringLiteral(" (%1)").arg(why);
    return Error(ErrorCode::PermissionDenied, msg);
}

bool ownedBy(const Session &s, const RecordScope *scope)
{
    return scope == nullptr || scope->ownerId == s.userId;
}

} // namespace

Status Policy::check(const Session &s, Permission p, const RecordScope *scope)
{
    if (s.userId.isEmpty())
        return Error(ErrorCode::PermissionDenied, QStringLiteral("nobody is signed in"));
    switch (s.role) {
    case Role::Owner:
        return {};
    case Role::Manager:
        if (p == Permission::EraseData || p == Permission::ManageUsers || p == Permission::ConfigureSettings)
            return denied(s, p);
        return {};
    case Role::Viewer:
        if (p == Permission::ReadRecords)
            return {};
        return denied(s, p);
    case Role::Sales:
        switch (p) {
        case Permission::ReadRecords:
            if (scope == nullptr || scope->ownerId == s.userId || scope->sharedWithUser)
                return {};
            return denied(s, p, QStringLiteral("another rep's record, not shared"));
        case Permission::CreateRecords:
        case Permission::EditRecords:
        case Permission::DeleteRecords:
        case Permission::ImportCsv:
            if (ownedBy(s, scope))
                return {};
            return denied(s, p, QStringLiteral("not their own record"));
        default:
            return denied(s, p);
        }
    }
    return denied(s, p);
}

QString Policy::customerVisibilitySql(const Session &session, const QString &alias)
{
    if (session.role != Role::Sales)
        return QStringLiteral("1");
    return QStringLiteral("(%1.owner_id = :scope_user OR EXISTS (SELECT 1 FROM customer_shares s_ WHERE "
                          "s_.customer_id = %1.id AND s_.user_id = :scope_user AND s_.cl % 2 = 1))")
        .arg(alias);
}

} // namespace relasi
