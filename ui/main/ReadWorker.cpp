#include "main/ReadWorker.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "services/ServiceContext.h"
#include "workspace/Workspace.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QThread>

namespace relasi {

// What the worker thread owns: touched only on that thread, except `openError` (under the mutex).
struct ReadWorker::State {
    const Workspace *workspace = nullptr;
    Session session;
    ManualClock clock;
    QString connectionName;
    std::unique_ptr<ServiceContext> context;
    bool opened = false; // tried to open (whether or not it worked)
    mutable QMutex mutex;
    QString openError;

    ServiceContext *ensureContext()
    {
        if (opened)
            return context.get();
        opened = true;
        const QString name = QStringLiteral("reads-") + Uuid::v7();
        auto connection = workspace->openConnection(name);
        if (!connection.ok()) {
            setError(connection.error().message);
            return nullptr;
        }
        connectionName = name;
        auto ctx = ServiceContext::create(QSqlDatabase::database(name, false), session, clock);
        if (!ctx.ok()) {
            setError(ctx.error().message);
            return nullptr;
        }
        context = std::move(ctx).value();
        return context.get();
    }

    void close()
    {
        context.reset();
        if (!connectionName.isEmpty())
            Workspace::closeConnection(connectionName);
        connectionName.clear();
    }

    void setError(const QString &message)
    {
        qCWarning(lcServices) << "the screens' read worker cannot open its connection:" << message;
        QMutexLocker lock(&mutex);
        openError = message;
    }
};

ReadWorker::ReadWorker(const Workspace *workspace, const Session &session, QObject *parent)
    : QObject(parent), m_state(std::make_shared<State>()), m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_state->workspace = workspace;
    m_state->session = session;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("relasi-reads"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

ReadWorker::~ReadWorker()
{
    stop();
}

void ReadWorker::enqueue(qint64 nowMs, std::function<void(ServiceContext *)> work, std::function<void()> deliver)
{
    if (m_stopped)
        return;
    ++m_pending;
    std::shared_ptr<State> state = m_state;
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, state, cancelled, nowMs, work = std::move(work), deliver = std::move(deliver)]() {
            if (!cancelled->load()) {
                state->clock.setNowMs(nowMs);
                work(state->ensureContext());
            }
            // Back on the GUI thread. `this` outlives the worker thread (stop() joins it before it goes).
            QMetaObject::invokeMethod(
                this,
                [this, cancelled, deliver]() {
                    if (cancelled->load())
                        return; // stop() came first
                    --m_pending;
                    deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ReadWorker::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_cancelled->store(true);
    std::shared_ptr<State> state = m_state;
    // After the jobs already queued (which now skip their work): close on the worker's own thread, then end.
    QMetaObject::invokeMethod(
        m_threadContext,
        [state]() {
            state->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_threadContext;
    m_threadContext = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_pending = 0;
}

QString ReadWorker::openError() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->openError;
}

} // namespace relasi
