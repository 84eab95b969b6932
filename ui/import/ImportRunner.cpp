#include "import/ImportRunner.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "services/ServiceContext.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <mutex>
#include <optional>

namespace relasi {

struct ImportRunner::Shared {
    std::atomic<bool> cancel{false};
    mutable std::mutex mutex;
    ImportProgress progress;
    std::optional<Result<ImportReport>> result;
};

namespace {

Result<ImportReport> importOnWorker(const Workspace *workspace, const Session &session, const Clock &clock,
                                    const QString &path, const ImportProfile &profile, int batchSize,
                                    const std::function<bool(const ImportProgress &)> &progress)
{
    const QString name = QStringLiteral("import-") + Uuid::v7();
    auto opened = workspace->openConnection(name);
    if (!opened)
        return opened.error();
    std::optional<Result<ImportReport>> result;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        auto ctx = ServiceContext::create(db, session, clock);
        if (!ctx) {
            result.emplace(ctx.error());
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                result.emplace(Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
            } else {
                CustomerImporter importer(**ctx);
                importer.setBatchSize(batchSize);
                result.emplace(importer.run(file, profile, progress, false, QFileInfo(path).fileName()));
            }
        }
    }
    Workspace::closeConnection(name);
    return std::move(*result);
}

} // namespace

ImportRunner::ImportRunner(QObject *parent) : QObject(parent) {}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

void ImportRunner::start(const Workspace *workspace, const Session &session, const Clock &clock, const QString &path,
                         const ImportProfile &profile, Done done)
{
    if (isRunning())
        return;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    const int batchSize = m_batchSize;
    QThread *thread = QThread::create([shared, workspace, session, &clock, path, profile, batchSize] {
        auto progress = [shared](const ImportProgress &p) {
            {
                std::lock_guard<std::mutex> lock(shared->mutex);
                shared->progress = p;
            }
            return !shared->cancel.load();
        };
        Result<ImportReport> r = importOnWorker(workspace, session, clock, path, profile, batchSize, progress);
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->result.emplace(std::move(r));
    });
    thread->setObjectName(QStringLiteral("relasi-import"));
    connect(thread, &QThread::finished, this, [this, shared, done = std::move(done)] {
        m_running = false;
        std::optional<Result<ImportReport>> r;
        {
            std::lock_guard<std::mutex> lock(shared->mutex);
            r.swap(shared->result);
        }
        if (r && done)
            done(std::move(*r));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    m_running = true;
    thread->start();
}

void ImportRunner::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void ImportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

ImportProgress ImportRunner::progress() const
{
    if (!m_shared)
        return {};
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->progress;
}

} // namespace relasi
