#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace relasi {

// Turns core errors into clear, translated sentences that say what happened and what the user can do.
// Core messages are technical detail; they are shown only as a secondary line.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    // Opening or unlocking an existing workspace with a password or recovery code.
    static QString forUnlock(const Error &error, bool usingRecoveryCode = false);
    // Creating a new workspace.
    static QString forCreate(const Error &error);
};

} // namespace relasi
