#include "common/RoleNames.h"

#include <QCoreApplication>

namespace relasi {

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("relasi::RoleNames", "Owner");
    case Role::Manager:
        return QCoreApplication::translate("relasi::RoleNames", "Manager");
    case Role::Sales:
        return QCoreApplication::translate("relasi::RoleNames", "Sales");
    case Role::Viewer:
        return QCoreApplication::translate("relasi::RoleNames", "Viewer");
    }
    return {};
}

} // namespace relasi
