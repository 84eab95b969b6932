#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QWidget;

namespace relasi {

class ServiceContext;
class Workspace;

// Runs long privacy work (erasure, exports, retention) off the GUI thread: on a worker thread, over a
// connection of its own to the workspace, with a ServiceContext for the same signed-in user (a copy of the
// session; a clock that keeps the GUI clock's offset from real time). The result is handed to `done` on the
// thread of `context`; when `context` is destroyed first the result is dropped (the work itself finishes:
// erasure and retention run in one transaction and are never interrupted half-way).
//
// After the work, the GUI context learns what happened as if it had done it itself: its hybrid logical clock
// receives the worker's last stamp (so later local edits stay ordered after it) and the records the worker
// changed are announced on its ChangeNotifier (lists and open screens refresh).
//
// Without a workspace (a screen shown outside the main window, as in some tests) the work runs at once on
// the GUI context and `done` is called before run() returns.
class PrivacyJob
{
public:
    // Set by the GUI to ask cancellable work to stop; the work checks it and answers ErrorCode::Cancelled.
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    template<typename R>
    static void run(QObject *context, const Workspace *workspace, ServiceContext &gui,
                    std::function<Result<R>(ServiceContext &)> work, std::function<void(Result<R>)> done)
    {
        auto slot = std::make_shared<std::optional<Result<R>>>();
        start(
            context, workspace, gui, [slot, work = std::move(work)](ServiceContext &ctx) { slot->emplace(work(ctx)); },
            [slot, done = std::move(done)](Status setup) {
                if (!setup)
                    done(Result<R>(setup.error()));
                else if (slot->has_value())
                    done(std::move(**slot));
            });
    }

    // The workspace of the main window `widget` is shown in (walking up its parents), or null.
    static const Workspace *workspaceOf(const QWidget *widget);

    // Whether work runs on a worker for this workspace (false: it runs at once on the GUI thread).
    static bool runsInBackground(const Workspace *workspace) { return workspace != nullptr; }

private:
    // setup: a failure to open the worker's connection or context (work not run).
    static void start(QObject *context, const Workspace *workspace, ServiceContext &gui,
                      std::function<void(ServiceContext &)> work, std::function<void(Status setup)> done);
};

} // namespace relasi
