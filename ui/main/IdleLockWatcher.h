#pragma once

#include <QObject>

class QTimer;

namespace relasi {

// Watches the whole application for user input (keys, mouse, wheel, touch) and emits idleTimeout() when
// there was none for the configured interval. 0 disables it. The interval is in milliseconds so tests can
// use a tiny one; the app sets it from the "idle auto-lock minutes" setting.
class IdleLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleLockWatcher(QObject *parent = nullptr);
    ~IdleLockWatcher() override;

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMinutes(int minutes);

    // Starts watching (installs the application event filter) / stops.
    void start();
    void stop();
    bool isActive() const;

Q_SIGNALS:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    int m_intervalMs = 0;
    bool m_watching = false;
};

} // namespace relasi
