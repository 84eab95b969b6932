#pragma once

// What the benchmarks in bench/ share: CPU and memory figures, the load average, order statistics, an opened
// demo workspace with its service context, and filling it with DemoGenerator customers through
// CustomerService::createMany. Built as the static library relasi-bench-support (bench/CMakeLists.txt).

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "domain/Customer.h"
#include "services/ServiceContext.h"
#include "workspace/Workspace.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace relasi {

class DemoGenerator;

namespace bench {

// CPU time of this process (all threads), in seconds: on a shared machine it shows the cost apart from the wait.
double cpuSeconds();
// CPU time of the calling thread, in seconds.
double threadCpuSeconds();
// CPU time of the waited-for child processes (user + system), in seconds.
double childCpuSeconds();
// Peak resident set size of this process, KiB.
long peakRssKiB();
// The 1, 5 and 15 minute load averages, "0.52 0.61 0.70" ("?" when unknown).
QString loadAverage();

// The value at fraction p (0..1) of the sorted values, nearest rank; 0 for none.
double percentile(std::vector<double> values, double p);
// The middle value (the upper one of an even count); 0 for none.
double median(std::vector<double> values);

// The password every benchmark workspace is made with (synthetic data only).
SecureBytes benchPassword();

// The demo customers [start, end) of a DemoGenerator.
QList<Customer> demoBatch(const DemoGenerator &gen, qint64 start, qint64 end);

// An open workspace, signed in as its owner, with a service context on its main connection. Keep it alive while
// services use context; lock() before it goes.
struct BenchWorkspace {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SystemClock> clock;
    std::unique_ptr<ServiceContext> context;

    ServiceContext &ctx() { return *context; }
    void lock();
};

// Makes a workspace in directory (owner "Bench Owner", business "Bench", benchPassword()). RELASI_TEST_KDF=floor
// makes this fast.
Status createWorkspace(const QString &directory);
// Opens the workspace in directory with password (default benchPassword()) and loads the owner's session.
Result<BenchWorkspace> openWorkspace(const QString &directory, const SecureBytes &password = benchPassword());
// createWorkspace then openWorkspace.
Result<BenchWorkspace> createAndOpenWorkspace(const QString &directory);

// What filling spent inside CustomerService::createMany (the writer), wall and CPU of the writing thread.
struct FillFigures {
    double writeSeconds = 0;
    double writerCpuSeconds = 0;
};

// Writes n demo customers (DemoGenerator seed 1, customerAt(0..n-1)) with CustomerService::createMany in batches.
// pipelined: each next batch is prepared (CustomerService::prepare) on a worker thread while the current one is
// written. progress, when set, is called after each batch with the count written so far.
Result<FillFigures> fillDemoCustomers(ServiceContext &ctx, qint64 n, int batchSize, bool pipelined,
                                      const std::function<void(qint64)> &progress = {});

} // namespace bench
} // namespace relasi
