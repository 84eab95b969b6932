#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

#include <array>

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
//
// Records are built in one UTF-8 buffer (fields given as UTF-8 go in without a QString in between) and go to the
// device in pieces of about 256 KiB; for UTF-16LE each piece is converted on its way out.
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
    // The same with fields as UTF-8 (e.g. straight from SQLite): no conversion for UTF-8 files.
    Status writeRecord(const QByteArrayView *utf8Fields, qsizetype count);
    // Writes everything buffered to the device.
    Status flush();
    qint64 recordsWritten() const { return m_records; }

    // One field as it appears in the file (guarded and quoted as the options say).
    static QString formatField(const QString &value, QChar delimiter, bool formulaGuard);
    // The same on UTF-8, appended to `out`.
    static void appendField(QByteArray &out, QByteArrayView utf8, QChar delimiter, bool formulaGuard);
    // Whether the guard changes this value.
    static bool needsGuard(const QString &value);
    static bool needsGuard(QByteArrayView utf8);
    // The inverse of the guard: drops the quote it added; other values are returned unchanged.
    static QString unguardCell(const QString &value);

private:
    Status writeBuffered();
    struct Format {
        std::array<bool, 256> stops{}; // bytes that need a closer look: first byte of the delimiter, '"', CR, LF
        QByteArray delimiter;          // UTF-8
        bool guard = true;
        Format(QChar delimiter, bool guard);
        // Writes the field at out (room for worstCase(size) bytes); returns the end.
        char *write(char *out, QByteArrayView utf8) const;
        static qsizetype worstCase(qsizetype size) { return 2 * size + 3; }
    };
    char *reserve(qsizetype bytes); // room for `bytes` more at the end of the buffer
    Status endRecord(char *end, qsizetype count, bool onlyFieldEmpty);

    QIODevice *m_device;
    Options m_options;
    Format m_format;
    QStringEncoder m_encoder;
    QByteArray m_text;  // UTF-8 records not yet written: the first m_used bytes (the rest is room)
    qsizetype m_used = 0;
    QByteArray m_bytes; // what goes to the device (BOM, UTF-16LE)
    QByteArray m_field; // scratch: the fields of a QStringList record as UTF-8
    bool m_bomWritten = false;
    bool m_failed = false;
    qint64 m_records = 0;
};

} // namespace relasi
