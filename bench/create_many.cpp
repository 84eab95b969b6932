// relasi-bench-create_many [N] [BATCH]: CustomerService::createMany with journal, audit and search index into a
// fresh encrypted workspace, N demo customers (DemoGenerator::customerAt, default 20,000) in batches of BATCH
// (default 5,000). Two runs on two workspaces:
//   serial:    createMany(list): permission checks, normalisation and writing on one thread;
//   pipelined: CustomerService::prepare of the next batch on a worker thread while the current one is written
//              with createMany(PreparedCustomers) (what the CSV importer and relasi-cli demo can do).
// Prints customers/s (wall) and CPU seconds of each. Set RELASI_TEST_KDF=floor to make workspace creation fast.
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoGenerator.h"
#include "search/SearchIndex.h"
#include "services/CustomerService.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

using namespace relasi;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU time of the calling thread: the writer's own cost, whatever the load and the worker do.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QList<Customer> demoBatch(const DemoGenerator &gen, qint64 start, qint64 end)
{
    QList<Customer> batch;
    batch.reserve(int(end - start));
    for (qint64 i = start; i < end; ++i)
        batch << gen.customerAt(i);
    return batch;
}

int run(const QString &dir, qint64 n, int batchSize, bool pipelined)
{
    WorkspaceCreateParams p;
    p.directory = dir;
    p.ownerName = QStringLiteral("Bench Owner");
    p.ownerEmail = QStringLiteral("bench@example.co.id");
    p.businessName = QStringLiteral("Bench");
    const SecureBytes password = SecureBytes::fromUtf8(QStringLiteral("bench password that is long enough 42"));
    if (auto created = Workspace::create(p, password); !created) {
        std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
        return 1;
    }
    auto ws = Workspace::open(p.directory, Credentials{}, password);
    if (!ws) {
        std::fprintf(stderr, "open: %s\n", qPrintable(ws.error().message));
        return 1;
    }
    QSqlDatabase db = (*ws)->database();
    SystemClock clock;
    auto session = SessionLoader::load(db, (*ws)->signedInUserId());
    if (!session)
        return 1;
    auto ctx = ServiceContext::create(db, *session, clock);
    if (!ctx)
        return 1;
    DemoGenerator gen(**ctx, 1);
    CustomerService service(**ctx);
    const QString region = (*ctx)->defaultRegion();
    const QString indexRegion = SearchIndex::indexRegion(db);

    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    double writeSeconds = 0;
    double writeCpu = 0;
    if (!pipelined) {
        for (qint64 start = 0; start < n; start += batchSize) {
            const QList<Customer> batch = demoBatch(gen, start, qMin(n, start + batchSize));
            QElapsedTimer w;
            w.start();
            const double c0 = threadCpuSeconds();
            auto ids = service.createMany(batch);
            writeCpu += threadCpuSeconds() - c0;
            writeSeconds += double(w.nsecsElapsed()) / 1e9;
            if (!ids) {
                std::fprintf(stderr, "createMany: %s\n", qPrintable(ids.error().message));
                return 1;
            }
        }
    } else {
        auto prepareAt = [&](qint64 start) {
            return CustomerService::prepare(demoBatch(gen, start, qMin(n, start + batchSize)), region, indexRegion);
        };
        std::optional<Result<PreparedCustomers>> next(prepareAt(0));
        for (qint64 start = 0; start < n; start += batchSize) {
            Result<PreparedCustomers> current = std::move(*next);
            next.reset();
            std::unique_ptr<QThread> worker;
            if (start + batchSize < n) {
                worker.reset(QThread::create([&, start] { next.emplace(prepareAt(start + batchSize)); }));
                worker->start();
            }
            if (!current) {
                std::fprintf(stderr, "prepare: %s\n", qPrintable(current.error().message));
                return 1;
            }
            QElapsedTimer w;
            w.start();
            const double c0 = threadCpuSeconds();
            auto ids = service.createMany(std::move(*current));
            writeCpu += threadCpuSeconds() - c0;
            writeSeconds += double(w.nsecsElapsed()) / 1e9;
            if (worker)
                worker->wait();
            if (!ids) {
                std::fprintf(stderr, "createMany: %s\n", qPrintable(ids.error().message));
                return 1;
            }
        }
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    std::printf("{\"mode\":\"%s\",\"customers\":%lld,\"batch\":%d,\"seconds\":%.2f,\"customers_per_s\":%.0f,"
                "\"write_seconds\":%.2f,\"write_customers_per_s\":%.0f,\"cpu_seconds\":%.2f,\"cpu_us_per_customer\":%.0f,"
                "\"writer_cpu_seconds\":%.2f,\"writer_cpu_us_per_customer\":%.0f,\"writer_customers_per_cpu_s\":%.0f}\n",
                pipelined ? "pipelined" : "serial", static_cast<long long>(n), batchSize, secs, double(n) / secs,
                writeSeconds, double(n) / writeSeconds, cpuSeconds() - cpu0, (cpuSeconds() - cpu0) * 1e6 / double(n),
                writeCpu, writeCpu * 1e6 / double(n), double(n) / writeCpu);
    std::fflush(stdout);
    (*ws)->lock();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20000;
    const int batch = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;
    if (n <= 0 || batch <= 0) {
        std::fprintf(stderr, "usage: %s [N] [BATCH]\n", argv[0]);
        return 2;
    }
    QTemporaryDir tmp;
    if (int rc = run(tmp.filePath(QStringLiteral("serial")), n, batch, false); rc != 0)
        return rc;
    return run(tmp.filePath(QStringLiteral("pipelined")), n, batch, true);
}
