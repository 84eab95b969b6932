#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace relasi {

class MainWindow;
class ServiceContext;

// Feeds the opt-in usage analytics (UsageLog; privacy policy: "screens used, time spent, actions taken")
// from the GUI. UsageLog writes nothing until the signed-in user opted in, so the tracker can always run:
//  - time spent: screenShown(name) ends the previous screen's visit and records its duration (kind "time",
//    at least one second; measured with the services' clock), and flush() ends the current one (on lock,
//    when the application goes to the background, on destruction);
//  - actions: a click on a button or a triggered menu/toolbar action with an object name is recorded as
//    kind "action", named from the object name only ("exportMyDataButton" → "button.export-my-data-button"),
//    never from the text shown or any data.
// Screen openings themselves are recorded by MainWindow (kind "screen").
class UsageTracker : public QObject
{
    Q_OBJECT

public:
    // `services` gives the signed-in user's services, or null once they are gone (lock).
    explicit UsageTracker(std::function<ServiceContext *()> services, QObject *parent = nullptr);
    ~UsageTracker() override;

    // Watches `window`: its section navigation (time per section), its actions, and button clicks in the
    // application. The tracker is owned by the window.
    static UsageTracker *install(MainWindow *window);

    void screenShown(const QString &screen);
    void flush();
    void actionTaken(const QString &name);
    // Starts/stops recording button clicks anywhere in the application.
    void watchButtons(bool on);

    // "exportMyDataButton" → "export-my-data-button" (a–z 0–9 . _ - only; empty when nothing is left).
    static QString identifierFor(const QString &objectName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<ServiceContext *()> m_services;
    QString m_screen;
    qint64 m_since = 0;
    bool m_watchingButtons = false;
};

} // namespace relasi
