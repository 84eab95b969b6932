#pragma once

#include <QByteArray>
#include <QChar>

namespace relasi {

// How a CSV file is written: the separator, the quote character, whether the first record names the columns,
// and the text encoding. A plain value type: the sniffer proposes one, the import profile stores and overrides it.
struct CsvDialect {
    QChar delimiter = QLatin1Char(',');
    QChar quote = QLatin1Char('"'); // a null QChar: no quoting at all (e.g. PostgreSQL TEXT output)
    bool hasHeader = true;
    // A name TextDecoder accepts ("UTF-8", "UTF-16LE", "windows-1252", "Shift_JIS"…). Empty: detect on open.
    QByteArray encoding;
    // Whether the file started with a byte-order mark (it is skipped when reading either way).
    bool hadBom = false;

    friend bool operator==(const CsvDialect &a, const CsvDialect &b)
    {
        return a.delimiter == b.delimiter && a.quote == b.quote && a.hasHeader == b.hasHeader
            && a.encoding == b.encoding && a.hadBom == b.hadBom;
    }
    friend bool operator!=(const CsvDialect &a, const CsvDialect &b) { return !(a == b); }
};

} // namespace relasi
