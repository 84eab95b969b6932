#include "services/Session.h"

namespace relasi {

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Sales:
        return QStringLiteral("sales");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return QStringLiteral("viewer");
}

std::optional<Role> roleFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("owner"))
        return Role::Owner;
    if (n == QLatin1String("manager"))
        return Role::Manager;
    if (n == QLatin1String("sales"))
        return Role::Sales;
    if (n == QLatin1String("viewer"))
        return Role::Viewer;
    return std::nullopt;
}

} // namespace relasi
