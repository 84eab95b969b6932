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
//    at least one second; measured with the services' clock), and flush() ends the current one (when the
//    application goes to the background, on destruction);
//  - actions: a click on a button or a triggered menu/toolbar action with an object name is recorded as
//    kind "action", named from the object name only ("exportMyDataButton" → "button.export-my-data-button"),
//    never from the text shown or any data.
// Screen openings themselves are recorded by MainWindow (kind "screen"). release() ends the visit and lets go
// of the services for good: installed in a window, it runs when the window releases its workspace (lock, or
// the window closing), while the services still exist; from then on the tracker records nothing.
class UsageTracker : public QObject
{
    Q_OBJECT

public:
    // `services` gives the signed-in user's services, or null once they are gone (lock).
    explicit UsageTracker(std::function<ServiceContext *()> services, QObject *parent = nullptr);
    ~UsageTracker() override;

    // Watches `window`: its section navigation (time per section), its actions, and button clicks in the
    // application, until the window releases its services (MainWindow::servicesReleasing → release()).
    // The tracker is owned by the window.
    static UsageTracker *install(MainWindow *window);

    void screenShown(const QString &screen);
    void flush();
    // Ends the current visit (flush), stops watching buttons and drops the services. Idempotent.
    void release();
    // Whether the tracker still has services to record through (false after release()).
    bool isActive() const { return services() != nullptr; }
    void actionTaken(const QString &name);
    // Starts/stops recording button clicks anywhere in the application.
    void watchButtons(bool on);

    // "exportMyDataButton" → "export-my-data-button" (a–z 0–9 . _ - only; empty when nothing is left).
    static QString identifierFor(const QString &objectName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ServiceContext *services() const { return m_services ? m_services() : nullptr; }

    std::function<ServiceContext *()> m_services;
    QString m_screen;
    qint64 m_since = 0;
    bool m_watchingButtons = false;
};

} // namespace relasi
