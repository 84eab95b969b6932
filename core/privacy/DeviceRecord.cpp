#include "privacy/DeviceRecord.h"

#include "services/SessionLoader.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace relasi {

namespace {

QJsonValue iso(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

Result<QList<DeviceInfo>> select(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, os, app_version, first_seen, last_seen FROM devices %1 "
                             "ORDER BY last_seen DESC, id")
                  .arg(id.isEmpty() ? QString() : QStringLiteral("WHERE id = ?")));
    if (!id.isEmpty())
        q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the device record"));
    QList<DeviceInfo> out;
    while (q.next())
        out << DeviceInfo {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toLongLong()};
    return out;
}

} // namespace

QJsonObject DeviceInfo::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("os"), os},
        {QStringLiteral("app_version"), appVersion}, {QStringLiteral("first_seen"), iso(firstSeen)},
        {QStringLiteral("last_seen"), iso(lastSeen)}};
}

Result<DeviceInfo> DeviceRecord::touch(QSqlDatabase &db, qint64 nowMs, const QString &appVersion, const QString &os)
{
    auto id = SessionLoader::deviceId(db);
    if (!id)
        return id.error();
    const QString system = os.isEmpty() ? QSysInfo::prettyProductName() : os;
    QSqlQuery q(db);
    // SQLite 3.15 has no UPSERT: insert when new, then refresh.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO devices (id, os, app_version, first_seen, last_seen) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(*id);
    q.addBindValue(system);
    q.addBindValue(appVersion);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("recording the device"));
    q.prepare(QStringLiteral("UPDATE devices SET os = ?, app_version = ?, last_seen = MAX(last_seen, ?) WHERE id = ?"));
    q.addBindValue(system);
    q.addBindValue(appVersion);
    q.addBindValue(nowMs);
    q.addBindValue(*id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("recording the device"));
    return current(db);
}

Result<DeviceInfo> DeviceRecord::current(QSqlDatabase &db)
{
    auto id = SessionLoader::deviceId(db);
    if (!id)
        return id.error();
    auto rows = select(db, *id);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("this device has not been recorded yet"));
    return rows->first();
}

Result<QList<DeviceInfo>> DeviceRecord::all(QSqlDatabase &db)
{
    return select(db, QString());
}

} // namespace relasi
