// First visits of the Pipeline, Dashboard and Tasks screens, measured in core: the time to the pipeline
// board's data (PipelineModel::read: totals by SQL aggregation and the first cards of each stage), to the
// dashboard's figures (DashboardStats, the four the page shows) and to the tasks model (TasksDueModel),
// each as wall and CPU time of this process, cold (first) and warm (second run).
//
//   relasi-bench-pipeline --workspace DIR [--plans] [--recreate-indexes] < password
//
// --recreate-indexes drops and rebuilds the indexes of schema migration 8 first (for a workspace migrated
// with an earlier definition of them) and reports the time apart.
// The workspace is opened (and migrated) with the owner's password from stdin; the KDF and the opening are
// reported apart. --plans prints SQLite's query plan of each query first. Prints one JSON line.
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "models/PipelineModel.h"
#include "models/TasksDueModel.h"
#include "reports/DashboardStats.h"
#include "services/BusinessProfileService.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "storage/Schema.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

using namespace relasi;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

Timing measure(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    work();
    return Timing{double(t.nsecsElapsed()) / 1e6, cpuMs() - cpu0};
}

void printPlan(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    std::printf("-- %s\n", qPrintable(sql));
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        std::printf("   (no plan)\n");
        return;
    }
    while (q.next())
        std::printf("   %s\n", qPrintable(q.value(3).toString()));
}

void printPlans(QSqlDatabase &db)
{
    const QStringList queries{
        QStringLiteral("SELECT d.stage, d.currency, count(*), sum(d.amount_minor) FROM deals d WHERE d.cl % 2 = 1 "
                       "GROUP BY d.stage, d.currency"),
        QStringLiteral("SELECT d.id, d.title FROM deals d WHERE d.cl % 2 = 1 AND d.stage = 'lead' AND "
                       "d.expected_close IS NOT NULL ORDER BY d.expected_close, d.id LIMIT 50"),
        QStringLiteral("SELECT d.id, d.title FROM deals d WHERE d.cl % 2 = 1 AND d.stage = 'won' ORDER BY "
                       "d.expected_close DESC, d.id DESC LIMIT 50"),
        QStringLiteral("SELECT u.id, u.name FROM users u WHERE EXISTS (SELECT 1 FROM deals d WHERE d.owner_id = "
                       "u.id AND d.cl % 2 = 1)"),
        QStringLiteral("SELECT d.stage, count(*), sum(d.amount_minor) FROM deals d WHERE d.cl % 2 = 1 AND "
                       "d.currency = 'IDR' GROUP BY d.stage"),
        QStringLiteral("SELECT count(*), sum(d.amount_minor) FROM deals d WHERE d.cl % 2 = 1 AND d.stage = 'won' "
                       "AND d.currency = 'IDR' AND d.closed_at >= 0 AND d.closed_at < 1"),
        QStringLiteral("SELECT i.channel, count(*) FROM interactions i WHERE i.cl % 2 = 1 AND i.occurred_at >= 0 "
                       "AND i.occurred_at <= 1 GROUP BY i.channel"),
        QStringLiteral("SELECT count(*) FROM tasks t WHERE t.cl % 2 = 1 AND t.done_at IS NULL AND t.due_at IS NOT "
                       "NULL AND t.due_at < 1"),
        QStringLiteral("SELECT count(*) FROM tasks t WHERE t.done_at IS NULL AND t.cl % 2 = 1 AND t.due_at < 1 "
                       "AND t.assignee_id = 'x'"),
        QStringLiteral("SELECT t.id FROM tasks t WHERE t.done_at IS NULL AND t.cl % 2 = 1 AND t.due_at >= 1 "
                       "ORDER BY t.due_at LIMIT 500"),
    };
    for (const QString &sql : queries)
        printPlan(db, sql);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int w = args.indexOf(QStringLiteral("--workspace"));
    if (w < 0 || w + 1 >= args.size()) {
        std::fprintf(stderr, "usage: relasi-bench-pipeline --workspace DIR [--plans] < password\n");
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    std::unique_ptr<Workspace> workspace;
    const Timing open = measure([&] {
        auto opened =
            Workspace::open(args.at(w + 1), Credentials{}, SecureBytes::fromUtf8(QString::fromStdString(line)));
        if (!opened) {
            std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
            std::exit(1);
        }
        workspace = std::move(*opened);
    });
    QSqlDatabase db = workspace->database();
    auto session = SessionLoader::load(db, workspace->signedInUserId());
    if (!session) {
        std::fprintf(stderr, "session: %s\n", qPrintable(session.error().message));
        return 1;
    }
    SystemClock clock;
    auto ctx = ServiceContext::create(db, *session, clock);
    if (!ctx) {
        std::fprintf(stderr, "context: %s\n", qPrintable(ctx.error().message));
        return 1;
    }
    ServiceContext &services = **ctx;
    if (args.contains(QStringLiteral("--recreate-indexes"))) {
        const Timing rebuilt = measure([&] {
            for (const QString &sql : Schema::migration(8)) {
                const QString name = sql.section(QLatin1Char(' '), 2, 2);
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name) || !q.exec(sql)) {
                    std::fprintf(stderr, "recreating %s failed\n", qPrintable(name));
                    std::exit(1);
                }
            }
        });
        std::printf("{\"recreate_indexes_ms\":%.0f,\"recreate_indexes_cpu_ms\":%.0f}\n", rebuilt.wallMs, rebuilt.cpuMs);
    }
    if (args.contains(QStringLiteral("--plans")))
        printPlans(db);
    auto profile = BusinessProfileService(services).get();
    const QString currency = profile && !profile->currency.isEmpty() ? profile->currency : QStringLiteral("IDR");

    PipelineQuery query; // an owner's board: every deal, no filter
    qint64 deals = 0;
    int cards = 0;
    QString pipelineError;
    auto pipeline = [&] {
        const PipelineSnapshot s = PipelineModel::read(db, query);
        deals = 0;
        for (const PipelineTotal &t : s.totals)
            deals += t.count;
        cards = int(s.deals.size());
        pipelineError = s.error;
    };
    qint64 overdue = 0;
    qint64 activities = 0;
    QString dashboardError;
    auto dashboard = [&] {
        DashboardStats stats(services);
        auto value = stats.pipelineValue(currency);
        auto won = stats.wonRevenue(currency, 12);
        auto act = stats.activities(30);
        auto late = stats.overdueTasks(5);
        dashboardError = !value ? value.error().message
                         : !won ? won.error().message
                         : !act ? act.error().message
                         : !late ? late.error().message
                                 : QString();
        activities = act ? act->total : -1;
        overdue = late ? late->count : -1;
    };
    qint64 taskRows = 0;
    auto tasks = [&] {
        TasksDueModel model(db, clock, workspace->signedInUserId());
        taskRows = model.rowCount();
    };
    const Timing pipelineCold = measure(pipeline);
    const Timing dashboardCold = measure(dashboard);
    const Timing tasksCold = measure(tasks);
    const Timing pipelineWarm = measure(pipeline);
    const Timing dashboardWarm = measure(dashboard);
    const Timing tasksWarm = measure(tasks);
    if (!pipelineError.isEmpty() || !dashboardError.isEmpty())
        std::fprintf(stderr, "errors: %s %s\n", qPrintable(pipelineError), qPrintable(dashboardError));

    std::printf("{\"load_average\":\"%s\",\"open_ms\":%.0f,\"open_cpu_ms\":%.0f,\"deals\":%lld,\"cards\":%d,"
                "\"pipeline_ms\":%.1f,\"pipeline_cpu_ms\":%.1f,\"pipeline_warm_ms\":%.1f,\"pipeline_warm_cpu_ms\":%.1f,"
                "\"dashboard_ms\":%.1f,\"dashboard_cpu_ms\":%.1f,\"dashboard_warm_ms\":%.1f,"
                "\"dashboard_warm_cpu_ms\":%.1f,\"activities_30d\":%lld,\"overdue_tasks\":%lld,"
                "\"tasks_ms\":%.1f,\"tasks_cpu_ms\":%.1f,\"tasks_warm_ms\":%.1f,\"tasks_warm_cpu_ms\":%.1f,"
                "\"task_rows\":%lld}\n",
                qPrintable(loadAverage()), open.wallMs, open.cpuMs, static_cast<long long>(deals), cards,
                pipelineCold.wallMs, pipelineCold.cpuMs, pipelineWarm.wallMs, pipelineWarm.cpuMs, dashboardCold.wallMs,
                dashboardCold.cpuMs, dashboardWarm.wallMs, dashboardWarm.cpuMs, static_cast<long long>(activities),
                static_cast<long long>(overdue), tasksCold.wallMs, tasksCold.cpuMs, tasksWarm.wallMs, tasksWarm.cpuMs,
                static_cast<long long>(taskRows));
    ctx->reset();
    db = QSqlDatabase();
    workspace->lock();
    return 0;
}
