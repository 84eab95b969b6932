#pragma once

#include <QString>

#include <optional>

namespace relasi {

// The four roles of DESIGN §5, as stored in users.role.
enum class Role { Owner, Manager, Sales, Viewer };

QString roleName(Role role); // "owner", "manager", "sales", "viewer"
std::optional<Role> roleFromName(const QString &name);

// Who is acting: the signed-in user, with the role read from the users table when the workspace was
// opened, and this database's device id (the HLC tie-breaker of DESIGN §7). A value type; services copy it.
struct Session {
    QString userId;
    QString email;
    QString name;
    Role role = Role::Viewer;
    QString deviceId;
};

} // namespace relasi
