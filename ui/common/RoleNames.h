#pragma once

#include "services/Session.h"

#include <QString>

namespace relasi {

// The role as shown to people, translated ("Owner", "Pemilik"…); Session's roleName() is the stored key.
QString roleDisplayName(Role role);

} // namespace relasi
