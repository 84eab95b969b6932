// relasi-bench-import: the customer import at scale, with the sqlcipher shell reference measured in the same run.
//
//   relasi-bench-import [--rows N | --file FILE.csv] [--import-rows M] [--batch N] [--no-reference] [--no-preview]
//                       [--no-export] [--copies K]
//
// --import-rows M imports (and gives the reference) only the file's first M records, cut at a record boundary; the
// preview still uses the whole file.
// Without --file it generates N rows (default 1,000,000) with shared/bench/gen_customers.py (found upwards from the
// working directory or the program; or the script named by RELASI_GEN_CUSTOMERS) into a temporary folder named importperf-* under the system's temp dir, which is
// deleted at the end. Then, into a fresh encrypted workspace:
//  1. the full import (CustomerImporter: detect, map, normalise phones, dedupe on e-mail/phone, FTS, journal,
//     audit; pipelined) — rows/s by wall clock and per CPU-second, the writer thread's CPU apart, peak RSS;
//  2. the reference: the `sqlcipher` shell (if installed) keyed with a raw key, cipher_page_size 4096,
//     `.mode csv` + `.import` of the same file into a bare table — and the ratio of the two rates;
//  3. the wizard's preview path on a ~1 GB file (the generated file concatenated K times, default 6): dialect
//     sniffing plus ImportPreview (first 1,000 rows read and dry-run against the 1M-customer workspace);
//  4. the CSV export of every customer (CustomerCsvExporter).
// The machine may be shared: each figure is printed with CPU time and the load average.
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "io/csv/CsvReader.h"
#include "io/csv/DialectSniffer.h"
#include "io/export/CustomerCsvExporter.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportPreview.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace relasi;

namespace {

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double cpuSeconds(clockid_t which = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts {};
    clock_gettime(which, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString loadAverage()
{
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) != 3)
        return QStringLiteral("?");
    return QStringLiteral("%1 %2 %3").arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2).arg(load[2], 0, 'f', 2);
}

QString generatorPath()
{
    const QString fromEnv = qEnvironmentVariable("RELASI_GEN_CUSTOMERS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // The repository's sibling shared/bench/: look upwards from the working directory and from this program.
    const QString relative = QStringLiteral("shared/bench/gen_customers.py");
    for (const QString &start : {QDir::currentPath(), QCoreApplication::applicationDirPath()}) {
        QDir dir(start);
        for (int up = 0; up < 6; ++up) {
            if (QFileInfo::exists(dir.filePath(relative)))
                return dir.filePath(relative);
            if (!dir.cdUp())
                break;
        }
    }
    return relative;
}

bool generate(const QString &path, qint64 rows)
{
    QProcess gen;
    gen.setStandardOutputFile(path);
    gen.start(QStringLiteral("python3"), {generatorPath(), QString::number(rows)});
    if (!gen.waitForFinished(-1) || gen.exitStatus() != QProcess::NormalExit || gen.exitCode() != 0) {
        std::fprintf(stderr, "generating with %s failed: %s\n", qPrintable(generatorPath()),
                     gen.readAllStandardError().constData());
        return false;
    }
    return true;
}

qint64 countLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        n += std::count(chunk.cbegin(), chunk.cend(), '\n');
    }
    return n;
}

// The first `records` records of `csv` (header included) as a file of their own, cut where the next record starts.
bool writePrefix(const QString &csv, const QString &out, qint64 records)
{
    QFile in(csv);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    qint64 cut = -1;
    {
        CsvDialect dialect;
        dialect.delimiter = QLatin1Char(',');
        dialect.encoding = "UTF-8";
        CsvReader reader(&in, dialect);
        CsvRecord record;
        while (true) {
            if (!reader.readRecord(record) && (reader.atEnd() || !reader.error().isRecoverable()))
                break;
            if (record.number > records) {
                cut = record.byteOffset;
                break;
            }
        }
    }
    QFile target(out);
    if (!target.open(QIODevice::WriteOnly) || !in.seek(0))
        return false;
    qint64 left = cut < 0 ? in.size() : cut;
    while (left > 0) {
        const QByteArray chunk = in.read(qMin<qint64>(left, 4 << 20));
        if (chunk.isEmpty())
            return false;
        target.write(chunk);
        left -= chunk.size();
    }
    return true;
}

// The sqlcipher shell reference: raw key, 4 KiB pages, .mode csv + .import into a bare table.
void reference(const QString &csv, const QString &dir, qint64 importedRows, double importWall, double importCpu)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty()) {
        std::printf("reference: the sqlcipher shell is not installed; skipped\n");
        return;
    }
    const QString db = QDir(dir).filePath(QStringLiteral("reference.db"));
    const QByteArray script = "PRAGMA key = \"x'" + QByteArray(64, 'a') + "'\";\n"
                              "PRAGMA cipher_page_size = 4096;\n"
                              ".mode csv\n"
                              ".import '" + csv.toUtf8() + "' customers\n"
                              "SELECT count(*) FROM customers;\n";
    QProcess p;
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    p.start(shell, {db});
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double wall = t.nsecsElapsed() / 1e9;
    const double cpu = childCpuSeconds() - cpu0;
    const qint64 rows = p.readAllStandardOutput().trimmed().toLongLong();
    if (p.exitCode() != 0 || rows <= 0) {
        std::printf("reference: sqlcipher failed: %s\n", p.readAllStandardError().constData());
        return;
    }
    const double refRate = rows / wall;
    const double importRate = importedRows / importWall;
    std::printf("reference: sqlcipher .import %lld rows in %.2f s = %.0f rows/s (CPU %.2f s); load %s\n",
                static_cast<long long>(rows), wall, refRate, cpu, qPrintable(loadAverage()));
    std::printf("ratio: import/reference = %.3f by wall clock, %.3f by CPU time (target >= 0.15, aim 0.25)\n",
                importRate / refRate, (importedRows / importCpu) / (rows / cpu));
    QFile::remove(db);
}

// The wizard's preview path on a big file: the sniffing of the format page, then the validation page's
// ImportPreview (first 1,000 rows read and dry-run), three times; the median.
void preview(const QString &csv, const QString &dir, int copies, ServiceContext &ctx)
{
    const QString big = QDir(dir).filePath(QStringLiteral("big.csv"));
    {
        QFile out(big);
        QFile in(csv);
        if (!out.open(QIODevice::WriteOnly) || !in.open(QIODevice::ReadOnly))
            return;
        for (int i = 0; i < copies; ++i) {
            in.seek(0);
            while (!in.atEnd())
                out.write(in.read(4 << 20));
        }
    }
    const qint64 size = QFileInfo(big).size();
    std::vector<double> walls;
    std::vector<double> cpus;
    int rows = 0;
    for (int run = 0; run < 3; ++run) {
        QFile file(big);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        const CsvDialect dialect = DialectSniffer::sniff(&file);
        file.seek(0);
        ImportProfile profile;
        profile.delimiter = dialect.delimiter;
        profile.encoding = dialect.encoding;
        auto result = ImportPreview::run(file, profile, ctx, 1000, false, QStringLiteral("big.csv"));
        walls.push_back(t.nsecsElapsed() / 1e6);
        cpus.push_back((cpuSeconds() - cpu0) * 1000);
        if (!result) {
            std::printf("preview: %s\n", qPrintable(result.error().message));
            return;
        }
        rows = int(result->rows.size());
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    std::printf("preview: first %d rows of a %.2f GB file (sniff + read + dry run against the workspace): median %.0f ms "
                "wall (runs %.0f/%.0f/%.0f), %.0f ms CPU (target <= 300 ms); load %s\n",
                rows, size / 1e9, walls[1], walls[0], walls[1], walls[2], cpus[1], qPrintable(loadAverage()));
    QFile::remove(big);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    int batch = 5000;
    qint64 importRows = 0;
    int copies = 6;
    QString file;
    bool withReference = true, withPreview = true, withExport = true;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (a == QLatin1String("--file") && i + 1 < args.size())
            file = args.at(++i);
        else if (a == QLatin1String("--import-rows") && i + 1 < args.size())
            importRows = args.at(++i).toLongLong();
        else if (a == QLatin1String("--batch") && i + 1 < args.size())
            batch = args.at(++i).toInt();
        else if (a == QLatin1String("--copies") && i + 1 < args.size())
            copies = args.at(++i).toInt();
        else if (a == QLatin1String("--no-reference"))
            withReference = false;
        else if (a == QLatin1String("--no-preview"))
            withPreview = false;
        else if (a == QLatin1String("--no-export"))
            withExport = false;
        else {
            std::fprintf(stderr,
                         "usage: %s [--rows N | --file FILE.csv] [--import-rows M] [--batch N] [--copies K] [--no-reference] "
                         "[--no-preview] [--no-export]\n",
                         argv[0]);
            return 2;
        }
    }

    QTemporaryDir tmp(QDir(QDir::tempPath()).filePath(QStringLiteral("importperf-XXXXXX")));
    if (!tmp.isValid())
        return 1;
    std::printf("machine: %d CPUs, load %s at start (shared machine: wall-clock figures are inflated; see CPU)\n",
                QThread::idealThreadCount(), qPrintable(loadAverage()));
    if (file.isEmpty()) {
        file = tmp.filePath(QStringLiteral("customers.csv"));
        QElapsedTimer t;
        t.start();
        if (!generate(file, rows))
            return 1;
        std::printf("generated %lld rows (%.1f MB) in %.1f s\n", static_cast<long long>(rows),
                    QFileInfo(file).size() / 1e6, t.nsecsElapsed() / 1e9);
    }

    const QString previewSource = file;
    if (importRows > 0) {
        const QString prefix = tmp.filePath(QStringLiteral("prefix.csv"));
        if (!writePrefix(file, prefix, importRows + 1))
            return 1;
        file = prefix;
        std::printf("importing the first %lld records (%.1f MB)\n", static_cast<long long>(importRows),
                    QFileInfo(file).size() / 1e6);
    }

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

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
        return 1;
    }
    const long rssBefore = peakRssKiB();
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    const double writer0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    CustomerImporter importer(**ctx);
    importer.setBatchSize(batch);
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto report = importer.run(
        in, ImportProfile(),
        [&](const ImportProgress &pr) {
            if (sinceReport.elapsed() >= 30000) {
                sinceReport.restart();
                std::fprintf(stderr, "  … %lld rows, %.0f rows/s, load %s\n", static_cast<long long>(pr.rows),
                             pr.rows / (t.nsecsElapsed() / 1e9), qPrintable(loadAverage()));
            }
            return true;
        },
        false, QStringLiteral("bench.csv"));
    if (!report) {
        std::fprintf(stderr, "import: %s\n", qPrintable(report.error().message));
        return 1;
    }
    const double wall = t.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const double writerCpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - writer0;
    std::printf("import: %lld rows (batch %d) in %.2f s = %.0f rows/s wall; CPU %.2f s = %.0f rows per CPU-second "
                "(writer thread %.2f s, reader/mapper/prepare thread %.2f s); created %d, updated %d, skipped %d, "
                "rejected %d; peak RSS %ld MiB (before %ld MiB); database %.0f MB; load %s\n",
                static_cast<long long>(report->rows), batch, wall, report->rows / wall, cpu, report->rows / cpu,
                writerCpu, cpu - writerCpu, report->created, report->updated, report->skipped, report->rejected,
                peakRssKiB() / 1024, rssBefore / 1024,
                (QFileInfo(Workspace::databasePath(p.directory)).size()
                 + QFileInfo(Workspace::databasePath(p.directory) + QStringLiteral("-wal")).size())
                    / 1e6,
                qPrintable(loadAverage()));
    QMap<QString, int> reasons; // what the rejected rows were rejected for (of the first ImportReport::kKeptRows)
    for (const RejectedRow &r : report->rejectedRows)
        ++reasons[r.reason.section(QLatin1Char(':'), 0, 0)];
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        std::printf("  rejected: %6d × \"%s …\"\n", it.value(), qPrintable(it.key()));
    if (!report->rejectedRows.isEmpty())
        std::printf("  e.g. line %lld: %s\n", static_cast<long long>(report->rejectedRows.first().line),
                    qPrintable(report->rejectedRows.first().reason));
    // Rows created with a value kept in another form (a phone number that is not valid, kept in the notes).
    std::printf("  warnings: %d (first kept in the report: %lld)%s%s\n", report->warned,
                static_cast<long long>(report->warnings.size()), report->warnings.isEmpty() ? "" : ", e.g. ",
                report->warnings.isEmpty() ? "" : qPrintable(report->warnings.first().reason));
    const qint64 lines = countLines(file);
    if (lines > 0)
        std::printf("file: %lld physical lines, %lld data rows read\n", static_cast<long long>(lines),
                    static_cast<long long>(report->rows));

    if (withReference)
        reference(file, tmp.path(), report->rows, wall, cpu);
    if (withPreview)
        preview(previewSource, tmp.path(), copies, **ctx);
    if (withExport) {
        t.restart();
        const double e0 = cpuSeconds();
        CustomerCsvExporter exporter(**ctx);
        auto written = exporter.exportTo(tmp.filePath(QStringLiteral("export.csv")));
        if (!written) {
            std::fprintf(stderr, "export: %s\n", qPrintable(written.error().message));
            return 1;
        }
        const double secs = t.nsecsElapsed() / 1e9;
        std::printf("export: %lld rows in %.2f s = %.0f rows/s (CPU %.2f s); peak RSS %ld MiB; load %s\n",
                    static_cast<long long>(*written), secs, *written / secs, cpuSeconds() - e0, peakRssKiB() / 1024,
                    qPrintable(loadAverage()));
    }
    (*ws)->lock();
    return 0;
}
