#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace relasi {

// Typed access to the few user preferences kept in QSettings. Nothing here is user data: no passwords,
// no customer details, no recovery codes.
class AppSettings
{
public:
    static constexpr int kDefaultIdleLockMinutes = 15;
    static constexpr int kMaxRecentWorkspaces = 8;

    // "en", "id", or empty to follow the system locale.
    static QString language();
    static void setLanguage(const QString &code);

    // Minutes of inactivity before the workspace locks; 0 means never.
    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);

    // Most recent first; only folders, no names or e-mail addresses.
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &directory);
    static void removeRecentWorkspace(const QString &directory);

    // The privacy notice version the user of this computer last saw (0: never).
    static int seenPrivacyNoticeVersion();
    static void setSeenPrivacyNoticeVersion(int version);

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &state);
};

} // namespace relasi
