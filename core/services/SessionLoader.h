#pragma once

#include "common/Result.h"
#include "services/Session.h"

#include <QSqlDatabase>

namespace relasi {

// Builds the Session of a signed-in user (Workspace::signedInUserId()) from the users table.
class SessionLoader
{
public:
    // NotFound when no such user; PermissionDenied when the user is disabled.
    static Result<Session> load(QSqlDatabase &db, const QString &userId);

    // This database's device id (UUIDv7), kept in workspace_meta under "device_id"; minted and stored the
    // first time it is asked for.
    static Result<QString> deviceId(QSqlDatabase &db);
};

} // namespace relasi
