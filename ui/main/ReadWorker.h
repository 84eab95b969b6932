#pragma once

#include "services/Session.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QThread;

namespace relasi {

class ServiceContext;
class Workspace;

// Runs the screens' slow reads (the dashboard's aggregates, …) on one worker thread, over the worker's own
// keyed connection to the workspace and a ServiceContext for the same signed-in user, so a query over a
// large workspace never blocks the window. Jobs run one at a time in the order posted; each result is
// handed back on the GUI thread, and only while the object that asked for it is alive. Jobs only read:
// the worker's context has its own HLC and notifier, and nothing written there reaches the screens.
//
// The connection is opened on the first job. stop() (also the destructor) drops the jobs not yet started,
// waits for the running one and closes the connection; MainWindow calls it before the workspace locks.
class ReadWorker : public QObject
{
    Q_OBJECT

public:
    // `workspace` is borrowed and must stay open until stop().
    ReadWorker(const Workspace *workspace, const Session &session, QObject *parent = nullptr);
    ~ReadWorker() override;

    // Runs `work` on the worker with the worker's context, its clock set to `nowMs` (the caller's "now",
    // so a screen and its figures agree on the date); the context is null when the worker's connection
    // could not be opened (openError() says why). Then `done(result)` runs on this object's thread unless
    // `receiver` was destroyed meanwhile or stop() was called.
    template<typename R>
    void post(QObject *receiver, qint64 nowMs, std::function<R(ServiceContext *)> work,
              std::function<void(R)> done)
    {
        auto slot = std::make_shared<std::optional<R>>();
        QPointer<QObject> target(receiver);
        enqueue(
            nowMs, [slot, work = std::move(work)](ServiceContext *ctx) { slot->emplace(work(ctx)); },
            [slot, target, done = std::move(done)]() {
                if (target && slot->has_value()) {
                    R value = std::move(**slot);
                    slot->reset();
                    done(std::move(value));
                }
            });
    }

    // Drops the jobs not started, waits for the running one, closes the connection, ends the thread.
    // Posting afterwards does nothing. Safe to call twice.
    void stop();
    bool isStopped() const { return m_stopped; }
    // Jobs posted whose results were not handed back yet.
    int pendingJobs() const { return m_pending; }
    // Why the worker's connection could not be opened (empty while it could; read on the GUI thread
    // after a job came back with a null context).
    QString openError() const;

private:
    struct State;

    void enqueue(qint64 nowMs, std::function<void(ServiceContext *)> work, std::function<void()> deliver);

    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_stopped = false;
    int m_pending = 0;
};

} // namespace relasi
