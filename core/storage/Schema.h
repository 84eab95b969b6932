#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace relasi {

// The numbered schema migrations. Each runs in a transaction at open and the number is recorded in
// PRAGMA user_version. A database with a higher user_version than the app knows is refused (NewerVersion)
// and left untouched.
class Schema
{
public:
    static int latestVersion();
    // The statements of migration `version` (1-based).
    static QStringList migration(int version);
    // Brings db up to latestVersion(). Returns the version found before migrating.
    static Result<int> migrate(QSqlDatabase &db);
    static Result<int> userVersion(QSqlDatabase &db);
};

} // namespace relasi
