#include "privacy/PrivacyJob.h"

#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "main/MainWindow.h"
#include "services/ServiceContext.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QMap>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

namespace relasi {

namespace {

// The GUI clock's time, moving on in real time from when the job started (a test's ManualClock stays put).
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetMs) : m_offsetMs(offsetMs) {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

private:
    qint64 m_offsetMs;
};

struct WorkerOutcome {
    Status setup;
    qint64 lastHlc = 0;
    QMap<QString, QStringList> changed;
};

WorkerOutcome runOnWorker(const Workspace *workspace, const Session &session, qint64 clockOffsetMs,
                          const std::function<void(ServiceContext &)> &work)
{
    WorkerOutcome out;
    const QString name = QStringLiteral("privacy-") + Uuid::v7();
    auto opened = workspace->openConnection(name);
    if (!opened.ok()) {
        out.setup = opened.error();
        return out;
    }
    {
        OffsetClock clock(clockOffsetMs);
        auto ctx = ServiceContext::create(QSqlDatabase::database(name, false), session, clock);
        if (!ctx.ok()) {
            out.setup = ctx.error();
        } else {
            ServiceContext &worker = *ctx.value();
            // Emitted on this thread by the worker's transactions; collected and re-announced on the GUI.
            QObject::connect(
                &worker.notifier(), &ChangeNotifier::changed, &worker.notifier(),
                [&out](const QString &entity, const QStringList &ids) { out.changed[entity] += ids; },
                Qt::DirectConnection);
            work(worker);
            out.lastHlc = worker.hlc().last();
        }
    }
    Workspace::closeConnection(name);
    return out;
}

} // namespace

const Workspace *PrivacyJob::workspaceOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *main = qobject_cast<const MainWindow *>(w))
            return main->workspace();
    }
    return nullptr;
}

void PrivacyJob::start(QObject *context, const Workspace *workspace, ServiceContext &gui,
                       std::function<void(ServiceContext &)> work, std::function<void(Status)> done)
{
    if (!workspace) {
        work(gui);
        done(Status());
        return;
    }
    const Session session = gui.session();
    const qint64 offset = gui.clock().nowMs() - QDateTime::currentMSecsSinceEpoch();
    // The GUI context can go before the result arrives (lock): its notifier tells whether it is still there.
    QPointer<ChangeNotifier> notifier(&gui.notifier());
    ServiceContext *guiContext = &gui;
    BackgroundTask::run<WorkerOutcome>(
        context,
        [workspace, session, offset, work = std::move(work)]() {
            return runOnWorker(workspace, session, offset, work);
        },
        [notifier, guiContext, done = std::move(done)](WorkerOutcome outcome) {
            if (!outcome.setup.ok()) {
                qCWarning(lcPrivacy) << "privacy work could not start:" << outcome.setup.error().message;
                done(outcome.setup);
                return;
            }
            if (notifier) {
                if (outcome.lastHlc > 0)
                    guiContext->hlc().receive(outcome.lastHlc);
                for (auto it = outcome.changed.constBegin(); it != outcome.changed.constEnd(); ++it)
                    Q_EMIT notifier->changed(it.key(), it.value());
            }
            done(Status());
        });
}

} // namespace relasi
