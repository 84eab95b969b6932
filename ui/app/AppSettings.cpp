#include "app/AppSettings.h"

#include <QDir>
#include <QSettings>

namespace relasi {

namespace {
QString keyLanguage() { return QStringLiteral("ui/language"); }
QString keyIdle() { return QStringLiteral("security/idleLockMinutes"); }
QString keyRecent() { return QStringLiteral("workspaces/recent"); }
QString keyNotice() { return QStringLiteral("privacy/seenNoticeVersion"); }
QString keyGeometry() { return QStringLiteral("mainWindow/geometry"); }
QString keyState() { return QStringLiteral("mainWindow/state"); }
} // namespace

QString AppSettings::language()
{
    const QString code = QSettings().value(keyLanguage()).toString();
    return (code == QLatin1String("en") || code == QLatin1String("id")) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(keyLanguage());
    else
        settings.setValue(keyLanguage(), code);
}

int AppSettings::idleLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(keyIdle(), kDefaultIdleLockMinutes).toInt(&ok);
    return (ok && minutes >= 0) ? minutes : kDefaultIdleLockMinutes;
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(keyIdle(), qMax(0, minutes));
}

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(keyRecent()).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &directory)
{
    const QString clean = QDir::cleanPath(QDir(directory).absolutePath());
    QStringList list = recentWorkspaces();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecentWorkspaces)
        list.removeLast();
    QSettings().setValue(keyRecent(), list);
}

void AppSettings::removeRecentWorkspace(const QString &directory)
{
    QStringList list = recentWorkspaces();
    list.removeAll(QDir::cleanPath(QDir(directory).absolutePath()));
    QSettings().setValue(keyRecent(), list);
}

int AppSettings::seenPrivacyNoticeVersion()
{
    return QSettings().value(keyNotice(), 0).toInt();
}

void AppSettings::setSeenPrivacyNoticeVersion(int version)
{
    QSettings().setValue(keyNotice(), version);
}

QByteArray AppSettings::mainWindowGeometry()
{
    return QSettings().value(keyGeometry()).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(keyGeometry(), geometry);
}

QByteArray AppSettings::mainWindowState()
{
    return QSettings().value(keyState()).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    QSettings().setValue(keyState(), state);
}

} // namespace relasi
