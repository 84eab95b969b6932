#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "search/SearchIndex.h"
#include "services/CustomerService.h"
#include "services/SessionLoader.h"

#include <QElapsedTimer>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <optional>

namespace relasi::bench {

namespace {

double clockSeconds(clockid_t which)
{
    timespec ts{};
    clock_gettime(which, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

double cpuSeconds()
{
    return clockSeconds(CLOCK_PROCESS_CPUTIME_ID);
}

double threadCpuSeconds()
{
    return clockSeconds(CLOCK_THREAD_CPUTIME_ID);
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

QString loadAverage()
{
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) != 3)
        return QStringLiteral("?");
    return QStringLiteral("%1 %2 %3").arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2).arg(load[2], 0, 'f', 2);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

SecureBytes benchPassword()
{
    return SecureBytes::fromUtf8(QStringLiteral("bench password that is long enough 42"));
}

QList<Customer> demoBatch(const DemoGenerator &gen, qint64 start, qint64 end)
{
    QList<Customer> batch;
    batch.reserve(int(end - start));
    for (qint64 i = start; i < end; ++i)
        batch << gen.customerAt(i);
    return batch;
}

void BenchWorkspace::lock()
{
    context.reset();
    if (workspace)
        workspace->lock();
}

Status createWorkspace(const QString &directory)
{
    WorkspaceCreateParams p;
    p.directory = directory;
    p.ownerName = QStringLiteral("Bench Owner");
    p.ownerEmail = QStringLiteral("bench@example.co.id");
    p.businessName = QStringLiteral("Bench");
    auto created = Workspace::create(p, benchPassword());
    if (!created)
        return created.error();
    return Status();
}

Result<BenchWorkspace> openWorkspace(const QString &directory, const SecureBytes &password)
{
    auto ws = Workspace::open(directory, Credentials{}, password);
    if (!ws)
        return ws.error();
    BenchWorkspace out;
    out.workspace = std::move(*ws);
    out.clock = std::make_unique<SystemClock>();
    QSqlDatabase db = out.workspace->database();
    auto session = SessionLoader::load(db, out.workspace->signedInUserId());
    if (!session)
        return session.error();
    auto ctx = ServiceContext::create(db, *session, *out.clock);
    if (!ctx)
        return ctx.error();
    out.context = std::move(*ctx);
    return out;
}

Result<BenchWorkspace> createAndOpenWorkspace(const QString &directory)
{
    if (Status s = createWorkspace(directory); !s)
        return s.error();
    return openWorkspace(directory);
}

Result<FillFigures> fillDemoCustomers(ServiceContext &ctx, qint64 n, int batchSize, bool pipelined,
                                      const std::function<void(qint64)> &progress)
{
    DemoGenerator gen(ctx, 1);
    CustomerService service(ctx);
    const QString region = ctx.defaultRegion();
    const QString indexRegion = SearchIndex::indexRegion(ctx.db());
    auto prepareAt = [&](qint64 start) {
        return CustomerService::prepare(demoBatch(gen, start, qMin(n, start + batchSize)), region, indexRegion);
    };
    FillFigures figures;
    std::optional<Result<PreparedCustomers>> next;
    if (pipelined && n > 0)
        next.emplace(prepareAt(0));
    for (qint64 start = 0; start < n; start += batchSize) {
        std::optional<Result<PreparedCustomers>> current;
        std::unique_ptr<QThread> worker;
        if (pipelined) {
            current.emplace(std::move(*next));
            next.reset();
            if (start + batchSize < n) {
                worker.reset(QThread::create([&, start] { next.emplace(prepareAt(start + batchSize)); }));
                worker->start();
            }
        }
        if (current && !*current) {
            if (worker)
                worker->wait();
            return current->error();
        }
        // The serial path builds its batch outside the timed write, as the pipelined one does on the worker.
        const QList<Customer> batch = pipelined ? QList<Customer>() : demoBatch(gen, start, qMin(n, start + batchSize));
        QElapsedTimer w;
        w.start();
        const double c0 = threadCpuSeconds();
        auto ids = pipelined ? service.createMany(std::move(**current)) : service.createMany(batch);
        figures.writerCpuSeconds += threadCpuSeconds() - c0;
        figures.writeSeconds += double(w.nsecsElapsed()) / 1e9;
        if (worker)
            worker->wait();
        if (!ids)
            return ids.error();
        if (progress)
            progress(qMin(n, start + batchSize));
    }
    return figures;
}

} // namespace relasi::bench
