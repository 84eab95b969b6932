// relasi-bench-csv_read FILE: reads a CSV file with CsvReader (encoding and dialect sniffed as an import would)
// and prints records, MB/s, records/s, peak RSS, and the time to the first 1,000 records (the import preview).
// Make a test file with: python3 ../shared/bench/gen_customers.py 1000000 > /tmp/customers-1m.csv
#include "BenchSupport.h"
#include "io/csv/CsvReader.h"
#include "io/csv/DialectSniffer.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace relasi;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.csv\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    const qint64 size = file.size();

    // Preview: sniff the dialect and read the first 1,000 records, as the import wizard does on opening a file.
    QElapsedTimer preview;
    preview.start();
    const CsvDialect dialect = DialectSniffer::sniff(&file);
    {
        CsvReader reader(&file, dialect);
        CsvRecord record;
        int n = 0;
        while (n < 1000 && (reader.readRecord(record) || !reader.atEnd()))
            ++n;
    }
    const double previewMs = double(preview.nsecsElapsed()) / 1e6;

    // Full read.
    file.seek(0);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = bench::cpuSeconds();
    CsvReader reader(&file, dialect);
    CsvRecord record;
    qint64 records = 0;
    qint64 rejected = 0;
    qint64 fields = 0;
    for (;;) {
        if (reader.readRecord(record)) {
            ++records;
            fields += record.fieldCount();
            continue;
        }
        if (reader.atEnd())
            break;
        ++rejected;
        std::fprintf(stderr, "line %lld, column %lld: %s\n", static_cast<long long>(reader.error().line),
            static_cast<long long>(reader.error().column), qPrintable(reader.error().message));
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = bench::cpuSeconds() - cpuStart;

    std::printf("file: %s (%.1f MB, %s, delimiter '%s', header %s)\n", argv[1], double(size) / 1e6,
        dialect.encoding.constData(),
        dialect.delimiter == QLatin1Char('\t') ? "\\t" : qPrintable(QString(dialect.delimiter)),
        dialect.hasHeader ? "yes" : "no");
    std::printf("records: %lld (rejected %lld), fields: %lld, physical lines: %lld\n", static_cast<long long>(records),
        static_cast<long long>(rejected), static_cast<long long>(fields),
        static_cast<long long>(reader.currentLine() - 1));
    std::printf("time: %.3f s, %.1f MB/s, %.0f records/s\n", seconds, double(size) / 1e6 / seconds,
        double(records + rejected) / seconds);
    std::printf(
        "cpu:  %.3f s, %.1f MB/s, %.0f records/s\n", cpu, double(size) / 1e6 / cpu, double(records + rejected) / cpu);
    std::printf("preview (sniff + first 1,000 records): %.2f ms\n", previewMs);
    std::printf("peak RSS: %.1f MB\n", double(bench::peakRssKiB()) / 1024.0);
    std::printf("load average: %s\n", qPrintable(bench::loadAverage()));
    return 0;
}
