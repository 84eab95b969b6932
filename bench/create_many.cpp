// relasi-bench-create_many [N] [BATCH]: CustomerService::createMany with journal, audit and search index into a
// fresh encrypted workspace, N demo customers (DemoGenerator::customerAt, default 20,000) in batches of BATCH
// (default 5,000). Two runs on two workspaces:
//   serial:    createMany(list): permission checks, normalisation and writing on one thread;
//   pipelined: CustomerService::prepare of the next batch on a worker thread while the current one is written
//              with createMany(PreparedCustomers) (what the CSV importer and relasi-cli demo can do).
// Prints customers/s (wall) and CPU seconds of each. Set RELASI_TEST_KDF=floor to make workspace creation fast.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace relasi;

namespace {

int run(const QString &dir, qint64 n, int batchSize, bool pipelined)
{
    auto ws = bench::createAndOpenWorkspace(dir);
    if (!ws) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(ws.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const double cpu0 = bench::cpuSeconds();
    auto filled = bench::fillDemoCustomers(ws->ctx(), n, batchSize, pipelined);
    if (!filled) {
        std::fprintf(stderr, "createMany: %s\n", qPrintable(filled.error().message));
        return 1;
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    const double cpu = bench::cpuSeconds() - cpu0;
    const double writeSeconds = filled->writeSeconds;
    const double writeCpu = filled->writerCpuSeconds;
    std::printf("{\"mode\":\"%s\",\"customers\":%lld,\"batch\":%d,\"seconds\":%.2f,\"customers_per_s\":%.0f,"
                "\"write_seconds\":%.2f,\"write_customers_per_s\":%.0f,\"cpu_seconds\":%.2f,\"cpu_us_per_customer\":%.0f,"
                "\"writer_cpu_seconds\":%.2f,\"writer_cpu_us_per_customer\":%.0f,\"writer_customers_per_cpu_s\":%.0f,"
                "\"load\":\"%s\"}\n",
                pipelined ? "pipelined" : "serial", static_cast<long long>(n), batchSize, secs, double(n) / secs,
                writeSeconds, double(n) / writeSeconds, cpu, cpu * 1e6 / double(n), writeCpu,
                writeCpu * 1e6 / double(n), double(n) / writeCpu, qPrintable(bench::loadAverage()));
    std::fflush(stdout);
    ws->lock();
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
