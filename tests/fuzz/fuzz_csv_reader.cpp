// libFuzzer target for the pure CSV reader (and the sniffers in front of it): any bytes must be read to the
// end without crashing, hanging or growing memory beyond the limits, every record must be accounted for, and
// an error must leave the reader either finished or able to go on. Built only with clang (-DRELASI_FUZZ=ON);
// tests/fuzz/run.sh runs it.
#include "io/csv/BinarySniffer.h"
#include "io/csv/CsvReader.h"
#include "io/csv/DialectSniffer.h"
#include "io/vcard/VCardReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace relasi;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void readAll(const QByteArray &data, const CsvDialect &dialect, qsizetype maxField)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    reader.setMaxFieldSize(maxField);
    reader.setSkipEmptyLines(data.size() % 2 == 0);
    CsvRecord record;
    qint64 last = 0;
    for (int guard = 0; guard < 1000000; ++guard) {
        const bool ok = reader.readRecord(record);
        if (!ok && reader.atEnd() && !reader.error().isError())
            return;
        if (ok || reader.error().isRecoverable()) {
            require(record.number > last); // records advance
            last = record.number;
            qsizetype size = 0;
            for (const QString &f : record.fields)
                size += f.size();
            require(size <= reader.maxRecordSize() + record.fields.size());
            if (!ok)
                require(reader.error().line >= 1);
            continue;
        }
        require(reader.error().isError()); // a fatal error ends the input
        return;
    }
    std::abort(); // more records than bytes: the reader does not advance
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)BinarySniffer::whyNotText(bytes);

    QBuffer probe;
    probe.setData(bytes);
    probe.open(QIODevice::ReadOnly);
    const CsvDialect sniffed = DialectSniffer::sniff(&probe);
    require(probe.pos() == 0); // sniffing peeks, never consumes
    readAll(bytes, sniffed, 256);

    CsvDialect fixed;
    fixed.delimiter = size > 0 && (data[0] & 1) ? QLatin1Char(';') : QLatin1Char(',');
    fixed.encoding = size > 1 && (data[1] & 1) ? QByteArrayLiteral("UTF-16LE") : QByteArrayLiteral("UTF-8");
    readAll(bytes, fixed, CsvReader::defaultMaxFieldSize);

    if (VCardReader::looksLikeVCard(bytes)) {
        VCardReader vcards;
        (void)vcards.read(bytes);
    }
    return 0;
}
