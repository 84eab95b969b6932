#pragma once

#include <QString>

namespace relasi {

// Puts sensitive text (a recovery code) on the clipboard with a private marker, so that on lock the app can
// clear the clipboard only when what is there still came from Relasi.
class ClipboardGuard
{
public:
    static QString markerMimeType();
    static void copy(const QString &text);
    static bool clipboardHoldsOurData();
    // Clears the clipboard if it holds data Relasi put there. Returns true when it cleared something.
    static bool clearIfOurs();
};

} // namespace relasi
