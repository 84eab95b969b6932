#include "main/RetentionRunner.h"

#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Uuid.h"
#include "privacy/RetentionService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "workspace/Workspace.h"

#include <QSqlDatabase>

namespace relasi {

namespace {

struct RetentionOutcome {
    bool ok = true;
    bool ran = false;
    RetentionCounts counts;
    QString error;
};

RetentionOutcome runOnWorker(const Workspace *workspace, const QString &userId)
{
    RetentionOutcome out;
    const QString name = QStringLiteral("retention-") + Uuid::v7();
    auto opened = workspace->openConnection(name);
    if (!opened.ok()) {
        out.ok = false;
        out.error = opened.error().message;
        return out;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        SystemClock clock;
        auto session = SessionLoader::load(db, userId);
        if (!session.ok()) {
            out.ok = false;
            out.error = session.error().message;
        } else if (Policy::allows(session.value(), Permission::EraseData)
                   && Policy::allows(session.value(), Permission::ConfigureSettings)) {
            auto ctx = ServiceContext::create(db, session.value(), clock);
            if (!ctx.ok()) {
                out.ok = false;
                out.error = ctx.error().message;
            } else {
                RetentionService retention(*ctx.value());
                auto result = retention.runIfDue();
                if (!result.ok()) {
                    out.ok = false;
                    out.error = result.error().message;
                } else if (result.value().has_value()) {
                    out.ran = true;
                    out.counts = *result.value();
                }
            }
        }
    }
    Workspace::closeConnection(name);
    return out;
}

} // namespace

void RetentionRunner::startIfDue(Workspace *workspace, const QString &userId)
{
    if (!workspace || m_running)
        return;
    m_running = true;
    BackgroundTask::run<RetentionOutcome>(
        this, [workspace, userId]() { return runOnWorker(workspace, userId); },
        [this](RetentionOutcome outcome) {
            m_running = false;
            if (!outcome.ok) {
                qCWarning(lcPrivacy) << "automatic retention run failed:" << outcome.error;
                Q_EMIT finished(false, tr("Retention rules could not be applied: %1").arg(outcome.error));
                return;
            }
            if (!outcome.ran) {
                Q_EMIT finished(false, QString());
                return;
            }
            Q_EMIT finished(true, tr("Retention rules applied: %n communication log entries removed, ", nullptr,
                                     int(outcome.counts.logs))
                                      + tr("%n inactive customers anonymised.", nullptr,
                                           int(outcome.counts.customers)));
        });
}

} // namespace relasi
