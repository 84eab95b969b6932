// relasi-bench-export DIR [N] [FORMATS]: bulk export of customers (RecordExporter, as relasi-cli export and the
// export dialog run it) from the workspace in DIR. When DIR holds no workspace yet, one is made there with N demo
// customers (DemoGenerator::customerAt, default 20,000: 85% with e-mail, 90% a phone, 27% also WhatsApp, 90% an
// address, half with tags) through CustomerService::createMany in batches of 5,000, the next batch prepared on a
// worker; the workspace is kept for the next run (delete DIR when done).
// FORMATS: comma-separated, of csv (UTF-8, the default options), csv16 (UTF-16LE, semicolons), xlsx, vcard and
// legacy (the record-at-a-time path: CustomerService::exportAll + CustomerCsvExporter::row + CsvWriter, for
// comparison) and scan (each query of the stream alone, with its EXPLAIN QUERY PLAN, with and without
// QSqlQuery::value() per value; RELASI_BENCH_SCAN=name,name picks some); default
// csv,csv16,xlsx,vcard,legacy.
// Prints one JSON line per format: rows, wall seconds, rows/s, CPU seconds (the process, and the calling thread,
// which reads SQLite; the rest is the export's writer thread), µs of CPU per row for each, file size, load average.
// --password-stdin (anywhere on the line): the workspace password is read from stdin (e.g. the 1M demo workspace).
// Set RELASI_TEST_KDF=floor to make workspace creation fast.
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoGenerator.h"
#include "io/csv/CsvWriter.h"
#include "io/export/CustomerCsvExporter.h"
#include "io/export/RecordExporter.h"
#include "search/SearchIndex.h"
#include "services/CustomerService.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

using namespace relasi;

namespace {

const char *const kPassword = "bench password that is long enough 42";

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

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

int fill(ServiceContext &ctx, qint64 n)
{
    constexpr int batchSize = 5000;
    DemoGenerator gen(ctx, 1);
    CustomerService service(ctx);
    const QString region = ctx.defaultRegion();
    const QString indexRegion = SearchIndex::indexRegion(ctx.db());
    auto prepareAt = [&](qint64 start) {
        return CustomerService::prepare(demoBatch(gen, start, qMin(n, start + batchSize)), region, indexRegion);
    };
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
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
        auto ids = service.createMany(std::move(*current));
        if (worker)
            worker->wait();
        if (!ids) {
            std::fprintf(stderr, "createMany: %s\n", qPrintable(ids.error().message));
            return 1;
        }
        if ((start / batchSize) % 10 == 9)
            std::fprintf(stderr, "  made %lld customers (%.0f s)\n", static_cast<long long>(start + batchSize),
                         double(t.elapsed()) / 1000.0);
    }
    std::printf("{\"made\":%lld,\"seconds\":%.1f,\"cpu_seconds\":%.1f}\n", static_cast<long long>(n),
                double(t.elapsed()) / 1000.0, cpuSeconds() - cpu0);
    std::fflush(stdout);
    return 0;
}

// The record-at-a-time path the fast export replaced (one customer query + four child queries per record).
Result<qint64> legacyCsv(ServiceContext &ctx, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, file.errorString());
    CsvWriter writer(&file);
    (void)writer.writeRecord(CustomerCsvExporter::header());
    qint64 count = 0;
    CustomerService customers(ctx);
    Status s = customers.exportAll([&](const Customer &c) {
        (void)writer.writeRecord(CustomerCsvExporter::row(c));
        ++count;
        return true;
    });
    if (!s)
        return s.error();
    if (Status f = writer.flush(); !f)
        return f.error();
    if (!file.commit())
        return Error(ErrorCode::Io, file.errorString());
    return count;
}

// What each of the cursor's queries costs alone, and what reading a value costs through QSqlQuery::value()
// (QVariant + QString per value) against the raw UTF-8 the cursor reads.
int scan(ServiceContext &ctx)
{
    const char *const queries[][2] = {
        {"customers", "SELECT c.id, c.kind, c.display_name, c.given_name, c.family_name, c.company_id, c.company_name, "
                      "c.owner_id, c.status, c.source, c.notes, c.external_id, c.docid FROM customers c "
                      "WHERE c.cl % 2 = 1 ORDER BY c.id"},
        {"contact_points", "SELECT customer_id, kind, raw, normalized, label, is_primary, created_at, id "
                           "FROM contact_points WHERE cl % 2 = 1 ORDER BY customer_id"},
        {"addresses", "SELECT customer_id, label, street, city, region, postal_code, country, created_at, id "
                      "FROM addresses WHERE cl % 2 = 1 ORDER BY customer_id"},
        {"customer_tags", "SELECT customer_id, tag FROM customer_tags WHERE cl % 2 = 1 ORDER BY customer_id, tag_key"},
        // What CustomerExportCursor::Fields::Table reads (the CSV/xlsx export), and the customers in docid order.
        {"customers_table", "SELECT c.id, NULL, c.display_name, c.given_name, c.family_name, NULL, c.company_name, "
                            "NULL, c.status, NULL, c.notes, c.external_id, NULL FROM customers c "
                            "WHERE c.cl % 2 = 1 ORDER BY c.id"},
        {"customers_docid", "SELECT c.id, NULL, c.display_name, c.given_name, c.family_name, NULL, c.company_name, "
                            "NULL, c.status, NULL, c.notes, c.external_id, NULL FROM customers c "
                            "WHERE c.cl % 2 = 1 ORDER BY c.docid"},
        {"contact_points_table", "SELECT customer_id, kind, raw, normalized, NULL, is_primary, created_at, id "
                                 "FROM contact_points WHERE cl % 2 = 1 ORDER BY customer_id"},
        {"addresses_table", "SELECT customer_id, NULL, street, city, NULL, postal_code, country, created_at, id "
                            "FROM addresses WHERE cl % 2 = 1 ORDER BY customer_id"},
    };
    const QStringList only = qEnvironmentVariable("RELASI_BENCH_SCAN").split(QLatin1Char(','), Qt::SkipEmptyParts);
    sqlite3 *handle = nullptr;
    if (const QVariant h = ctx.db().driver()->handle(); qstrcmp(h.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(h.constData());
    for (const auto &query : queries) {
        if (!only.isEmpty() && !only.contains(QString::fromLatin1(query[0])))
            continue;
        {
            QSqlQuery plan(ctx.db());
            if (plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(query[1]))) {
                while (plan.next())
                    std::printf("{\"plan\":\"%s\",\"detail\":\"%s\"}\n", query[0],
                                qPrintable(plan.value(3).toString()));
            }
        }
        for (int pass = 0; pass < 3; ++pass) {
            const int mode = pass == 1 ? 1 : 0;
            int misses = 0;
            int high = 0;
            if (handle)
                sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &misses, &high, 1);
            QSqlQuery q(ctx.db());
            q.setForwardOnly(true);
            const double cpu0 = cpuSeconds();
            if (!q.exec(QString::fromLatin1(query[1]))) {
                std::fprintf(stderr, "%s: failed\n", query[0]);
                return 1;
            }
            const int columns = q.record().count();
            qint64 rows = 0;
            qint64 chars = 0;
            while (q.next()) {
                ++rows;
                if (mode == 1) {
                    for (int i = 0; i < columns; ++i)
                        chars += q.value(i).toString().size();
                }
            }
            const double cpu = cpuSeconds() - cpu0;
            misses = 0;
            if (handle)
                sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &misses, &high, 1);
            std::printf("{\"scan\":\"%s\",\"pass\":%d,\"values\":\"%s\",\"rows\":%lld,\"cpu_seconds\":%.3f,"
                        "\"us_per_row\":%.2f,\"columns\":%d,\"pages_read\":%d}\n",
                        query[0], pass, mode == 0 ? "none" : "QSqlQuery::value", static_cast<long long>(rows), cpu,
                        rows ? cpu * 1e6 / double(rows) : 0.0, columns, misses);
            std::fflush(stdout);
            Q_UNUSED(chars);
        }
    }
    return 0;
}

int measure(ServiceContext &ctx, const QString &dir, const QString &format)
{
    if (format == QLatin1String("scan"))
        return scan(ctx);
    ExportOptions options;
    QString path = QDir(dir).filePath(QStringLiteral("bench-export.csv"));
    if (format == QLatin1String("csv16")) {
        options.csv.encoding = CsvWriter::Encoding::Utf16LE;
        options.csv.delimiter = QLatin1Char(';');
    } else if (format == QLatin1String("xlsx")) {
        options.format = ExportFormat::Xlsx;
        path = QDir(dir).filePath(QStringLiteral("bench-export.xlsx"));
    } else if (format == QLatin1String("vcard")) {
        options.format = ExportFormat::VCard;
        path = QDir(dir).filePath(QStringLiteral("bench-export.vcf"));
    } else if (format != QLatin1String("csv") && format != QLatin1String("legacy")) {
        std::fprintf(stderr, "unknown format %s\n", qPrintable(format));
        return 2;
    }
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    const double readerCpu0 = threadCpuSeconds();
    Result<qint64> rows = format == QLatin1String("legacy") ? legacyCsv(ctx, path)
                                                           : RecordExporter(ctx).exportTo(path, options);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const double readerCpu = threadCpuSeconds() - readerCpu0;
    if (!rows) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(format), qPrintable(rows.error().message));
        return 1;
    }
    double load = 0;
    if (FILE *f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = 0;
        std::fclose(f);
    }
    const double n = double(qMax<qint64>(*rows, 1));
    std::printf("{\"format\":\"%s\",\"rows\":%lld,\"seconds\":%.2f,\"rows_per_s\":%.0f,\"cpu_seconds\":%.2f,"
                "\"rows_per_cpu_s\":%.0f,\"reader_cpu_seconds\":%.2f,\"reader_us_per_row\":%.2f,"
                "\"writer_cpu_seconds\":%.2f,\"writer_us_per_row\":%.2f,\"bytes\":%lld,\"load1\":%.2f}\n",
                qPrintable(format), static_cast<long long>(*rows), secs, n / secs, cpu, n / cpu, readerCpu,
                readerCpu * 1e6 / n, cpu - readerCpu, (cpu - readerCpu) * 1e6 / n,
                static_cast<long long>(QFileInfo(path).size()), load);
    std::fflush(stdout);
    QFile::remove(path);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool passwordFromStdin = args.removeAll(QStringLiteral("--password-stdin")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: %s DIR [N] [csv,csv16,xlsx,vcard,legacy,scan] [--password-stdin]\n", argv[0]);
        return 2;
    }
    const QString dir = args.at(0);
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 20000;
    const QStringList formats = (args.size() > 2 ? args.at(2) : QStringLiteral("csv,csv16,xlsx,vcard,legacy"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString passwordText = QString::fromLatin1(kPassword);
    if (passwordFromStdin) {
        char line[512] = {};
        if (!std::fgets(line, sizeof line, stdin)) {
            std::fprintf(stderr, "no password on stdin\n");
            return 2;
        }
        passwordText = QString::fromUtf8(line).trimmed();
    }
    const SecureBytes password = SecureBytes::fromUtf8(passwordText);
    const bool fresh = !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("relasi.vault")));
    if (fresh) {
        if (n <= 0) {
            std::fprintf(stderr, "N must be positive\n");
            return 2;
        }
        WorkspaceCreateParams p;
        p.directory = dir;
        p.ownerName = QStringLiteral("Bench Owner");
        p.ownerEmail = QStringLiteral("bench@example.co.id");
        p.businessName = QStringLiteral("Bench");
        if (auto created = Workspace::create(p, password); !created) {
            std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    auto ws = Workspace::open(dir, Credentials{}, password);
    if (!ws) {
        std::fprintf(stderr, "open: %s\n", qPrintable(ws.error().message));
        return 1;
    }
    int rc = 0;
    {
        QSqlDatabase db = (*ws)->database();
        SystemClock clock;
        auto session = SessionLoader::load(db, (*ws)->signedInUserId());
        if (!session)
            return 1;
        auto ctx = ServiceContext::create(db, *session, clock);
        if (!ctx)
            return 1;
        if (fresh)
            rc = fill(**ctx, n);
        for (const QString &format : formats) {
            if (rc == 0)
                rc = measure(**ctx, dir, format);
        }
    }
    (*ws)->lock();
    return rc;
}
