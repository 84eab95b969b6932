#include "common/Error.h"

namespace relasi {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return 2;
    case ErrorCode::WrongSecret:
        return 3;
    case ErrorCode::VaultMissing:
    case ErrorCode::VaultDamaged:
        return 4;
    case ErrorCode::DatabaseDamaged:
        return 5;
    case ErrorCode::NewerVersion:
        return 6;
    case ErrorCode::InUse:
        return 7;
    case ErrorCode::PermissionDenied:
        return 8;
    default:
        return 1;
    }
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Other: return QStringLiteral("other");
    case ErrorCode::Usage: return QStringLiteral("usage");
    case ErrorCode::WrongSecret: return QStringLiteral("wrong_secret");
    case ErrorCode::VaultMissing: return QStringLiteral("vault_missing");
    case ErrorCode::VaultDamaged: return QStringLiteral("vault_damaged");
    case ErrorCode::DatabaseDamaged: return QStringLiteral("database_damaged");
    case ErrorCode::NewerVersion: return QStringLiteral("newer_version");
    case ErrorCode::InUse: return QStringLiteral("in_use");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Invalid: return QStringLiteral("invalid");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Locked: return QStringLiteral("locked");
    }
    return QStringLiteral("other");
}

} // namespace relasi
