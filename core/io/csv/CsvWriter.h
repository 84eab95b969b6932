#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QStringEncoder>
#include <QStringList>

class QIODevice;

namespace relasi {

// Writes CSV that Excel and LibreOffice open cleanly: CRLF line endings, fields quoted only where needed
// (delimiter, quote, CR, LF, leading or trailing space or tab; quotes doubled inside), a record of one empty
// field written as "" so it does not vanish as an empty line.
//
// Formula-injection guard (on by default): a cell starting with = + - @ TAB or CR would be evaluated by a
// spreadsheet as a formula (and can run commands through DDE), so it is written with a single quote ' in
// front, e.g. =HYPERLINK(...) becomes '=HYPERLINK(...), and -5 becomes '-5. A cell that is already a quote
// followed by such a cell gets one more quote, so unguardCell() restores every value exactly when Relasi reads
// its own export back. Turn the guard off for files meant for programs rather than spreadsheets.
class CsvWriter
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE /* always with BOM */ };

    struct Options {
        QChar delimiter = QLatin1Char(','); // ',' ';' or '\t'
        Encoding encoding = Encoding::Utf8;
        bool formulaGuard = true;
    };

    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    const Options &options() const { return m_options; }

    // Buffers the record; the buffer goes to the device when it is large, on flush() and on destruction.
    Status writeRecord(const QStringList &fields);
    // Writes everything buffered to the device.
    Status flush();
    qint64 recordsWritten() const { return m_records; }

    // One field as it appears in the file (guarded and quoted as the options say).
    static QString formatField(const QString &value, QChar delimiter, bool formulaGuard);
    // Whether the guard changes this value.
    static bool needsGuard(const QString &value);
    // The inverse of the guard: drops the quote it added; other values are returned unchanged.
    static QString unguardCell(const QString &value);

private:
    Status writeBuffered();

    QIODevice *m_device;
    Options m_options;
    QStringEncoder m_encoder;
    QString m_text;
    QByteArray m_bytes;
    bool m_bomWritten = false;
    bool m_failed = false;
    qint64 m_records = 0;
};

} // namespace relasi
