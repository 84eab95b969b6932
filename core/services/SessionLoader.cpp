#include "services/SessionLoader.h"

#include "common/Uuid.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

Result<QString> SessionLoader::deviceId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'device_id'"));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the device id"));
    if (q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    q.finish();
    const QString id = Uuid::v7();
    // INSERT OR IGNORE + re-read: two connections minting at once agree on the first one stored.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO workspace_meta (key, value) VALUES ('device_id', ?)"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("storing the device id"));
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'device_id'"));
    if (!q.exec() || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the device id"));
    return q.value(0).toString();
}

Result<Session> SessionLoader::load(QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, email, name, role, active FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the signed-in user"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(userId));
    if (!q.value(4).toBool())
        return Error(ErrorCode::PermissionDenied, QStringLiteral("user %1 is disabled").arg(userId));
    const auto role = roleFromName(q.value(3).toString());
    if (!role)
        return Error(ErrorCode::DatabaseDamaged, QStringLiteral("user %1 has an unknown role").arg(userId));
    Session s;
    s.userId = q.value(0).toString();
    s.email = q.value(1).toString();
    s.name = q.value(2).toString();
    s.role = *role;
    q.finish();
    auto device = deviceId(db);
    if (!device)
        return device.error();
    s.deviceId = *device;
    return s;
}

} // namespace relasi
