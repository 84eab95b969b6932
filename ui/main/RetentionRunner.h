#pragma once

#include <QObject>
#include <QString>

namespace relasi {

class Workspace;

// Applies the workspace's retention rules once a day, when the owner signs in (DESIGN: retention limits are
// enforced, not only promised). The work runs on a worker thread over its own connection, so a large run
// never freezes the window; the outcome arrives as finished() on the GUI thread.
class RetentionRunner : public QObject
{
    Q_OBJECT

public:
    explicit RetentionRunner(QObject *parent = nullptr) : QObject(parent) {}

    // Starts a run for `userId` when the rules say one is due; the Workspace must stay open until
    // finished() (MainWindow owns the runner and the window outlives it).
    void startIfDue(Workspace *workspace, const QString &userId);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // ran: whether anything was applied; summary: a translated one-line account for the status bar, or an
    // error message when the run failed.
    void finished(bool ran, const QString &summary);

private:
    bool m_running = false;
};

} // namespace relasi
