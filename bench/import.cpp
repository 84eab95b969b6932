// relasi-bench-import FILE.csv: imports a customers CSV into a fresh encrypted workspace with CustomerImporter
// (auto-mapped profile, validation, e-mail/phone dedupe, batched createMany with journal, audit and FTS), then
// exports every customer with CustomerCsvExporter. Prints rows/s, peak RSS and CPU seconds for each.
// Make a file with: python3 ../shared/bench/gen_customers.py 200000 > /tmp/c200k.csv
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "io/export/CustomerCsvExporter.h"
#include "io/import/CustomerImporter.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>

using namespace relasi;

namespace {

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.csv\n", argv[0]);
        return 2;
    }
    QTemporaryDir tmp;
    WorkspaceCreateParams p;
    p.directory = tmp.filePath(QStringLiteral("ws"));
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

    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const long rssBefore = peakRssKiB();
    QElapsedTimer t;
    t.start();
    double cpu0 = cpuSeconds();
    CustomerImporter importer(**ctx);
    auto report = importer.run(file, ImportProfile(), {}, false, QStringLiteral("bench.csv"));
    if (!report) {
        std::fprintf(stderr, "import: %s\n", qPrintable(report.error().message));
        return 1;
    }
    double secs = t.nsecsElapsed() / 1e9;
    std::printf("import: %lld rows in %.2f s = %.0f rows/s (CPU %.2f s); created %d, skipped %d, rejected %d; "
                "peak RSS %ld MiB (before import %ld MiB)\n",
                static_cast<long long>(report->rows), secs, report->rows / secs, cpuSeconds() - cpu0, report->created,
                report->skipped, report->rejected, peakRssKiB() / 1024, rssBefore / 1024);

    t.restart();
    cpu0 = cpuSeconds();
    CustomerCsvExporter exporter(**ctx);
    auto written = exporter.exportTo(tmp.filePath(QStringLiteral("export.csv")));
    if (!written) {
        std::fprintf(stderr, "export: %s\n", qPrintable(written.error().message));
        return 1;
    }
    secs = t.nsecsElapsed() / 1e9;
    std::printf("export: %lld rows in %.2f s = %.0f rows/s (CPU %.2f s); peak RSS %ld MiB\n",
                static_cast<long long>(*written), secs, *written / secs, cpuSeconds() - cpu0, peakRssKiB() / 1024);
    (*ws)->lock();
    return 0;
}
