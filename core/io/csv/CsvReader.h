#pragma once

#include "io/csv/CsvDialect.h"
#include "io/csv/CsvError.h"
#include "io/csv/CsvRecord.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace relasi {

class TextDecoder;

// Streaming RFC 4180 reader over a QIODevice. Memory stays constant in the file size: the device is read in
// chunks and only the current record is held.
//
// - Quoted fields may contain the delimiter, line breaks and doubled quotes ("").
// - Records end at CRLF, LF or a lone CR (old Mac files); line breaks inside quotes are kept as written.
// - A byte-order mark is skipped. With an empty dialect encoding the encoding is detected (BOM, then
//   EncodingDetector); dialect() tells what was used.
// - Lenient where files in the wild are: rows may have any number of fields; a quote inside an unquoted field is
//   an ordinary character; after a closing quote, spaces before the delimiter are dropped and any other text is
//   kept ("ab"cd reads as abcd).
// - Errors carry the physical line and column. A NUL character, bytes invalid in the encoding, a field longer
//   than maxFieldSize() or a record longer than maxRecordSize() reject that record only: readRecord() returns
//   false with error() set and `out` holding what could be read (NULs dropped, an oversized field emptied), and
//   the next call reads on. A quote still open at the end of the input reports where it was opened, and ends
//   reading, as does a device read error.
class CsvReader
{
public:
    static constexpr qsizetype defaultMaxFieldSize = 16 * 1024 * 1024; // characters (UTF-16 code units)
    static constexpr qsizetype defaultChunkSize = 256 * 1024; // bytes read from the device at a time

    explicit CsvReader(QIODevice *device, const CsvDialect &dialect = CsvDialect());
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Options; set them before the first readRecord().
    void setMaxFieldSize(qsizetype characters) { m_maxFieldSize = characters; }
    qsizetype maxFieldSize() const { return m_maxFieldSize; }
    // Limit for a whole record (all fields together, plus a small cost per field); default 4 × maxFieldSize.
    void setMaxRecordSize(qsizetype characters) { m_maxRecordSize = characters; }
    qsizetype maxRecordSize() const { return m_maxRecordSize > 0 ? m_maxRecordSize : 4 * m_maxFieldSize; }
    // Skip empty lines instead of returning them as records with one empty field (default: returned).
    void setSkipEmptyLines(bool skip) { m_skipEmptyLines = skip; }
    // Drop spaces and tabs around fields (outside quotes); a quote after leading spaces then opens a quoted field.
    void setTrimSpaces(bool trim) { m_trimSpaces = trim; }
    // Lines starting with this character (at the start of a record) are comments and skipped. Default: none.
    void setCommentChar(QChar c) { m_commentChar = c.unicode(); }
    // Reject records containing bytes invalid in the encoding (default on); off keeps them as U+FFFD.
    void setRejectInvalidEncoding(bool reject) { m_rejectInvalidEncoding = reject; }
    void setChunkSize(qsizetype bytes) { m_chunkSize = qMax<qsizetype>(1, bytes); }

    // Reads the next record. False at the end of input (atEnd() true, no error) or on an error (error() set).
    bool readRecord(CsvRecord &out);
    bool atEnd() const { return m_finished; }
    const CsvError &error() const { return m_error; }

    // The dialect in use, with the encoding and BOM found at the start filled in (after the first readRecord()).
    const CsvDialect &dialect() const { return m_dialect; }
    qint64 recordsRead() const { return m_recordCount; }
    // Bytes taken from the device so far (for progress: compare with the file size).
    qint64 bytesRead() const { return m_deviceBytes; }
    // Physical line the reader is at (1-based).
    qint64 currentLine() const { return m_line; }

private:
    enum class ByteWidth { Unknown, Utf8, Utf16, Utf32, SingleByte };
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted };

    bool start();
    bool fillBuffer();
    bool ensureData();
    void setFatal(CsvError::Kind kind, qint64 line, qint64 column, const QString &message);
    void setRecordError(CsvError::Kind kind, qint64 line, qint64 column, const QString &message);
    void account(const QChar *begin, const QChar *end);
    void consumeChar(QChar c);
    void consumeLineBreak(QChar c);
    void appendToField(const QChar *begin, const QChar *end);
    void appendToField(QChar c) { appendToField(&c, &c + 1); }
    bool handleSpecial(QChar c);
    void finishField(CsvRecord &out);
    void skipCommentLine();

    QIODevice *m_device;
    CsvDialect m_dialect;
    std::unique_ptr<TextDecoder> m_decoder;
    QByteArray m_raw;
    QString m_buf;
    qsizetype m_pos = 0;

    qsizetype m_maxFieldSize = defaultMaxFieldSize;
    qsizetype m_maxRecordSize = 0;
    qsizetype m_chunkSize = defaultChunkSize;
    bool m_skipEmptyLines = false;
    bool m_trimSpaces = false;
    char16_t m_commentChar = 0;
    bool m_rejectInvalidEncoding = true;

    bool m_started = false;
    bool m_deviceEof = false;
    bool m_finished = false;
    bool m_fatal = false;
    CsvError m_error;
    qint64 m_recordCount = 0;

    // Position of the next character.
    qint64 m_line = 1;
    qint64 m_column = 1;
    qint64 m_byte = 0;
    qint64 m_deviceBytes = 0;
    bool m_afterCr = false;
    ByteWidth m_width = ByteWidth::Unknown;

    // The record being read.
    QString m_field;
    QString m_pendingSpace;
    bool m_fieldQuoted = false;
    bool m_fieldTooLarge = false;
    qint64 m_fieldLine = 0;
    qint64 m_fieldColumn = 0;
    qsizetype m_recordSize = 0;
    bool m_recordTooLarge = false;
    CsvError m_recordError;
};

} // namespace relasi
