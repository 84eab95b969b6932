#include "io/csv/CsvReader.h"

#include "io/csv/EncodingDetector.h"
#include "io/csv/TextDecoder.h"

#include <QIODevice>

namespace relasi {

namespace {

constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';
constexpr char16_t kNul = 0;
constexpr char16_t kReplacement = 0xFFFD;
// Cost of one field towards the record size limit, so a record of millions of empty fields is bounded too.
constexpr qsizetype kFieldOverhead = 16;

QByteArray normalisedName(const QByteArray &name)
{
    QByteArray n = name.toLower();
    n.replace('_', '-');
    return n;
}

bool isSpace(char16_t u)
{
    return u == u' ' || u == u'\t';
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
{
}

CsvReader::~CsvReader() = default;

void CsvReader::setFatal(CsvError::Kind kind, qint64 line, qint64 column, const QString &message)
{
    m_fatal = true;
    m_error.kind = kind;
    m_error.line = line;
    m_error.column = column;
    m_error.record = m_recordCount;
    m_error.message = message;
}

void CsvReader::setRecordError(CsvError::Kind kind, qint64 line, qint64 column, const QString &message)
{
    if (m_recordError.isError())
        return; // the first problem of a record is the one reported
    m_recordError.kind = kind;
    m_recordError.line = line;
    m_recordError.column = column;
    m_recordError.record = m_recordCount;
    m_recordError.message = message;
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        setFatal(CsvError::Kind::Io, 0, 0, QStringLiteral("the input is not open for reading"));
        return false;
    }
    QByteArray bomEncoding;
    const int bom = EncodingDetector::bomLength(m_device->peek(4), &bomEncoding);
    if (m_dialect.encoding.isEmpty()) {
        const EncodingDetector::Detection found = EncodingDetector::detect(m_device);
        m_dialect.encoding = found.encoding;
    }
    // Skip a BOM that belongs to the encoding in use (a UTF-8 BOM read as windows-1252 stays visible text).
    const QByteArray chosen = normalisedName(m_dialect.encoding);
    const QByteArray bomName = normalisedName(bomEncoding);
    if (bom > 0
        && (chosen == bomName || chosen == "utf8" || (chosen == "utf-16" && bomName.startsWith("utf-16"))
            || (chosen == "utf-32" && bomName.startsWith("utf-32")))) {
        if (chosen == "utf-16" || chosen == "utf-32")
            m_dialect.encoding = bomEncoding;
        m_device->read(bom);
        m_deviceBytes = bom;
        m_byte = bom;
        m_dialect.hadBom = true;
    } else {
        m_dialect.hadBom = false;
    }
    m_decoder = std::make_unique<TextDecoder>(m_dialect.encoding);
    if (!m_decoder->isValid()) {
        setFatal(CsvError::Kind::Encoding, 0, 0,
            QStringLiteral("unsupported text encoding \"%1\"").arg(QString::fromLatin1(m_dialect.encoding)));
        return false;
    }
    const QByteArray name = normalisedName(m_dialect.encoding);
    if (name == "utf-8" || name == "utf8")
        m_width = ByteWidth::Utf8;
    else if (name.startsWith("utf-16"))
        m_width = ByteWidth::Utf16;
    else if (name.startsWith("utf-32"))
        m_width = ByteWidth::Utf32;
    else if (name.startsWith("windows-125") || name.startsWith("cp125") || name.startsWith("iso-8859")
        || name.startsWith("latin") || name.startsWith("koi8") || name == "us-ascii" || name == "ascii")
        m_width = ByteWidth::SingleByte;
    else
        m_width = ByteWidth::Unknown;
    if (m_width == ByteWidth::Unknown)
        m_byte = -1;
    return true;
}

bool CsvReader::fillBuffer()
{
    while (!m_deviceEof) {
        m_raw.resize(m_chunkSize);
        qint64 n = m_device->read(m_raw.data(), m_chunkSize);
        if (n < 0) {
            setFatal(CsvError::Kind::Io, m_line, m_column,
                QStringLiteral("reading the input failed: %1").arg(m_device->errorString()));
            return false;
        }
        if (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
            continue;
        if (n == 0) {
            m_deviceEof = true;
            m_buf = m_decoder->finish();
        } else {
            m_deviceBytes += n;
            m_buf = m_decoder->decode(m_raw.constData(), qsizetype(n));
        }
        m_pos = 0;
        if (!m_buf.isEmpty())
            return true;
    }
    return false;
}

bool CsvReader::ensureData()
{
    if (m_pos < m_buf.size())
        return true;
    return fillBuffer();
}

void CsvReader::account(const QChar *begin, const QChar *end)
{
    // Fast path: a span of ASCII (the bulk of most files) is one column and one code unit per character.
    char16_t any = 0;
    for (const QChar *p = begin; p < end; ++p)
        any |= p->unicode();
    if (any < 0x80) {
        const qint64 n = end - begin;
        m_column += n;
        if (m_byte >= 0)
            m_byte += n * (m_width == ByteWidth::Utf16 ? 2 : m_width == ByteWidth::Utf32 ? 4 : 1);
        return;
    }
    qint64 lowSurrogates = 0;
    qint64 bytes = 0;
    switch (m_width) {
    case ByteWidth::Utf8:
        for (const QChar *p = begin; p < end; ++p) {
            const char16_t u = p->unicode();
            lowSurrogates += QChar::isLowSurrogate(u);
            bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3;
        }
        break;
    case ByteWidth::Utf16:
        for (const QChar *p = begin; p < end; ++p)
            lowSurrogates += p->isLowSurrogate();
        bytes = 2 * (end - begin);
        break;
    case ByteWidth::Utf32:
        for (const QChar *p = begin; p < end; ++p)
            lowSurrogates += p->isLowSurrogate();
        bytes = 4 * ((end - begin) - lowSurrogates);
        break;
    case ByteWidth::SingleByte:
        bytes = end - begin;
        break;
    case ByteWidth::Unknown:
        for (const QChar *p = begin; p < end; ++p)
            lowSurrogates += p->isLowSurrogate();
        break;
    }
    m_column += (end - begin) - lowSurrogates;
    if (m_byte >= 0)
        m_byte += bytes;
}

void CsvReader::consumeChar(QChar c)
{
    account(&c, &c + 1);
    m_afterCr = false;
    ++m_pos;
}

void CsvReader::consumeLineBreak(QChar c)
{
    // CR LF counts as one line break; a lone CR or LF as one each.
    if (c.unicode() == kCr || !m_afterCr) {
        ++m_line;
    }
    m_column = 1;
    if (m_byte >= 0)
        m_byte += m_width == ByteWidth::Utf16 ? 2 : m_width == ByteWidth::Utf32 ? 4 : 1;
    m_afterCr = c.unicode() == kCr;
    ++m_pos;
}

void CsvReader::appendToField(const QChar *begin, const QChar *end)
{
    const qsizetype n = end - begin;
    if (n == 0)
        return;
    m_recordSize += n;
    if (!m_fieldTooLarge && !m_recordTooLarge && m_field.size() + n > m_maxFieldSize) {
        m_fieldTooLarge = true;
        m_field.clear();
        m_field.squeeze();
        setRecordError(CsvError::Kind::FieldTooLarge, m_fieldLine, m_fieldColumn,
            QStringLiteral("the field starting at line %1, column %2 is longer than the limit of %3 "
                           "characters")
                .arg(m_fieldLine)
                .arg(m_fieldColumn)
                .arg(m_maxFieldSize));
    }
    if (!m_recordTooLarge && m_recordSize > maxRecordSize()) {
        m_recordTooLarge = true;
        setRecordError(CsvError::Kind::RecordTooLarge, m_fieldLine, m_fieldColumn,
            QStringLiteral("record %1 is longer than the limit of %2 characters")
                .arg(m_recordCount)
                .arg(maxRecordSize()));
    }
    if (m_fieldTooLarge || m_recordTooLarge)
        return;
    if (m_field.isNull())
        m_field = QString(begin, n); // most fields are one span: allocate exactly once
    else
        m_field.append(begin, n);
}

// NUL and U+FFFD stop the fast scans; returns true if c was one of them (and consumed it).
bool CsvReader::handleSpecial(QChar c)
{
    if (c.unicode() == kNul) {
        setRecordError(CsvError::Kind::NulByte, m_line, m_column,
            QStringLiteral("NUL character at line %1, column %2").arg(m_line).arg(m_column));
        consumeChar(c);
        return true;
    }
    if (c.unicode() == kReplacement) {
        if (m_rejectInvalidEncoding && m_decoder->hasError()) {
            setRecordError(CsvError::Kind::InvalidEncoding, m_line, m_column,
                QStringLiteral("data at line %1, column %2 is not valid %3")
                    .arg(m_line)
                    .arg(m_column)
                    .arg(QString::fromLatin1(m_dialect.encoding)));
        }
        appendToField(c);
        consumeChar(c);
        return true;
    }
    return false;
}

void CsvReader::finishField(CsvRecord &out)
{
    if (m_trimSpaces && !m_fieldQuoted) {
        qsizetype end = m_field.size();
        while (end > 0 && isSpace(m_field.at(end - 1).unicode()))
            --end;
        m_field.truncate(end);
    }
    m_recordSize += kFieldOverhead;
    if (!m_recordTooLarge && m_recordSize > maxRecordSize()) {
        m_recordTooLarge = true;
        setRecordError(CsvError::Kind::RecordTooLarge, m_fieldLine, m_fieldColumn,
            QStringLiteral("record %1 has too many fields").arg(m_recordCount));
    }
    if (m_recordTooLarge)
        out.fields.clear();
    else
        out.fields.append(std::move(m_field));
    m_field = QString();
    m_pendingSpace.clear();
    m_fieldQuoted = false;
    m_fieldTooLarge = false;
}

void CsvReader::skipCommentLine()
{
    while (ensureData()) {
        const QChar c = m_buf.at(m_pos);
        if (c.unicode() == kCr || c.unicode() == kLf) {
            consumeLineBreak(c);
            return;
        }
        consumeChar(c);
    }
}

bool CsvReader::readRecord(CsvRecord &out)
{
    out.fields.clear();
    out.line = 0;
    out.byteOffset = -1;
    if (!m_started && !start())
        return false;
    if (m_fatal || m_finished) {
        // A fatal error was reported by the previous call; now the reader is at its end.
        m_finished = true;
        m_error = CsvError();
        return false;
    }
    m_error = CsvError();

    // Skip what lies between records: the LF of a CR LF, comments, and (optionally) empty lines.
    for (;;) {
        if (!ensureData()) {
            if (m_fatal)
                return false;
            m_finished = true;
            return false;
        }
        const QChar c = m_buf.at(m_pos);
        if (m_afterCr && c.unicode() == kLf) {
            consumeLineBreak(c);
            continue;
        }
        if (m_commentChar != 0 && c.unicode() == m_commentChar) {
            skipCommentLine();
            continue;
        }
        if (m_skipEmptyLines && (c.unicode() == kCr || c.unicode() == kLf)) {
            consumeLineBreak(c);
            continue;
        }
        break;
    }

    ++m_recordCount;
    out.number = m_recordCount;
    out.line = m_line;
    out.byteOffset = m_byte;
    m_recordError = CsvError();
    m_recordSize = 0;
    m_recordTooLarge = false;
    m_field = QString();
    m_pendingSpace.clear();
    m_fieldQuoted = false;
    m_fieldTooLarge = false;

    const char16_t delimiter = m_dialect.delimiter.unicode();
    const bool quoting = !m_dialect.quote.isNull();
    const char16_t quote = m_dialect.quote.unicode();
    State state = State::FieldStart;
    qint64 quoteLine = 0;
    qint64 quoteColumn = 0;

    for (;;) {
        if (!ensureData()) {
            if (m_fatal)
                return false;
            if (state == State::Quoted) {
                setFatal(CsvError::Kind::UnterminatedQuote, quoteLine, quoteColumn,
                    QStringLiteral("the quoted field opened at line %1, column %2 is never closed")
                        .arg(quoteLine)
                        .arg(quoteColumn));
                return false;
            }
            finishField(out);
            break;
        }
        const QChar *const data = m_buf.constData();
        const QChar *p = data + m_pos;
        const QChar *const end = data + m_buf.size();
        const QChar c = *p;
        const char16_t u = c.unicode();

        if (state == State::FieldStart) {
            m_fieldLine = m_line;
            m_fieldColumn = m_column;
            if (m_trimSpaces && isSpace(u) && u != delimiter) {
                consumeChar(c);
                continue;
            }
            if (quoting && u == quote) {
                quoteLine = m_line;
                quoteColumn = m_column;
                m_fieldQuoted = true;
                consumeChar(c);
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
        }

        if (state == State::Unquoted) {
            const QChar *s = p;
            while (p < end) {
                const char16_t v = p->unicode();
                if (v == delimiter || v == kCr || v == kLf || v == kNul || v == kReplacement)
                    break;
                ++p;
            }
            appendToField(s, p);
            account(s, p);
            m_pos = p - data;
            if (p != s)
                m_afterCr = false;
            if (p == end)
                continue;
            const QChar d = *p;
            if (handleSpecial(d))
                continue;
            if (d.unicode() == delimiter) {
                consumeChar(d);
                finishField(out);
                state = State::FieldStart;
                continue;
            }
            consumeLineBreak(d);
            finishField(out);
            break;
        }

        if (state == State::Quoted) {
            const QChar *s = p;
            while (p < end) {
                const char16_t v = p->unicode();
                if (v == quote || v == kCr || v == kLf || v == kNul || v == kReplacement)
                    break;
                ++p;
            }
            appendToField(s, p);
            account(s, p);
            m_pos = p - data;
            if (p != s)
                m_afterCr = false;
            if (p == end)
                continue;
            const QChar d = *p;
            if (handleSpecial(d))
                continue;
            if (d.unicode() == quote) {
                consumeChar(d);
                state = State::QuoteInQuoted;
                continue;
            }
            appendToField(d); // a line break inside quotes is data
            consumeLineBreak(d);
            continue;
        }

        if (state == State::QuoteInQuoted) {
            if (u == quote) { // "" inside quotes: one literal quote
                appendToField(c);
                consumeChar(c);
                state = State::Quoted;
                continue;
            }
            state = State::AfterQuoted;
        }

        // AfterQuoted: between a closing quote and the delimiter.
        if (isSpace(u) && u != delimiter) {
            m_pendingSpace.append(c);
            consumeChar(c);
            continue;
        }
        if (u == delimiter) {
            consumeChar(c);
            finishField(out);
            state = State::FieldStart;
            continue;
        }
        if (u == kCr || u == kLf) {
            consumeLineBreak(c);
            finishField(out);
            break;
        }
        // Text after the closing quote: keep it (and the spaces before it) as part of the field.
        appendToField(m_pendingSpace.constData(), m_pendingSpace.constData() + m_pendingSpace.size());
        m_pendingSpace.clear();
        m_fieldQuoted = false;
        state = State::Unquoted;
    }

    if (m_recordError.isError()) {
        m_error = m_recordError;
        return false;
    }
    return true;
}

} // namespace relasi
