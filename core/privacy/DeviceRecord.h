#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace relasi {

// What Relasi keeps about a device it runs on (privacy policy: device information, "only as far as the
// product really needs"): the device id (SessionLoader::deviceId, the sync tie-breaker), the operating
// system's name and version, the app version, and when it was first and last used. No IP address, no
// hardware identifiers, no host or user name.
struct DeviceInfo {
    QString id;
    QString os;
    QString appVersion;
    qint64 firstSeen = 0; // UTC ms
    qint64 lastSeen = 0;

    QJsonObject toJson() const; // {"id", "os", "app_version", "first_seen", "last_seen"}
};

// The devices table (migration 5; local, not synced). Read by Settings ("this device") and included in a
// user's own export. No permission: it describes the machine, not a person's records.
class DeviceRecord
{
public:
    // Records that this device is in use now (first_seen set once; OS, app version and last_seen refreshed).
    // Call at sign-in. os empty: QSysInfo::prettyProductName().
    static Result<DeviceInfo> touch(QSqlDatabase &db, qint64 nowMs, const QString &appVersion, const QString &os = {});
    // This device's record; NotFound before the first touch().
    static Result<DeviceInfo> current(QSqlDatabase &db);
    // Every device this database has been used on, most recently used first.
    static Result<QList<DeviceInfo>> all(QSqlDatabase &db);
};

} // namespace relasi
