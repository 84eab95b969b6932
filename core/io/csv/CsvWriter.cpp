#include "io/csv/CsvWriter.h"

#include <QIODevice>
#include <QVarLengthArray>

#include <algorithm>

#include <cstring>

namespace relasi {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024; // UTF-8 bytes buffered before they go to the device

bool isTrigger(char16_t c)
{
    switch (c) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QStringConverter::Encoding converterEncoding(CsvWriter::Encoding encoding)
{
    return encoding == CsvWriter::Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf8;
}

// The code point of a UTF-8 sequence starting at p (at most `left` bytes); 0xFFFD when malformed.
char32_t decodeAt(const unsigned char *p, qsizetype left)
{
    const unsigned char b = p[0];
    int extra = 0;
    char32_t cp = 0;
    if (b < 0x80)
        return b;
    if ((b & 0xE0) == 0xC0) {
        extra = 1;
        cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        extra = 2;
        cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        extra = 3;
        cp = b & 0x07;
    } else {
        return 0xFFFD;
    }
    if (left <= extra)
        return 0xFFFD;
    for (int i = 1; i <= extra; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    return cp;
}

// QChar::isSpace of the first or last character of a UTF-8 value (the QString writer looked at UTF-16 units;
// no character outside the BMP is a space, so the answers agree).
bool startsWithSpace(QByteArrayView v)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    if (p[0] < 0x80)
        return QChar::isSpace(char32_t(p[0]));
    return QChar::isSpace(decodeAt(p, v.size()));
}

bool endsWithSpace(QByteArrayView v)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    qsizetype i = v.size() - 1;
    if (p[i] < 0x80)
        return QChar::isSpace(char32_t(p[i]));
    while (i > 0 && (p[i] & 0xC0) == 0x80 && v.size() - i < 4)
        --i;
    return QChar::isSpace(decodeAt(p + i, v.size() - i));
}

// "text" with its quotes doubled; guarded: "'text". Writes at most 2 * size + 3 bytes at p.
char *writeQuoted(char *p, QByteArrayView text, bool guarded)
{
    *p++ = '"';
    if (guarded)
        *p++ = '\'';
    const char *from = text.data();
    const char *end = from + text.size();
    while (from < end) {
        const void *q = std::memchr(from, '"', size_t(end - from));
        const char *stop = q ? static_cast<const char *>(q) + 1 : end;
        std::memcpy(p, from, size_t(stop - from));
        p += stop - from;
        if (q)
            *p++ = '"';
        from = stop;
    }
    *p++ = '"';
    return p;
}

} // namespace

CsvWriter::Format::Format(QChar delimiterChar, bool formulaGuard)
    : delimiter(QString(delimiterChar).toUtf8()), guard(formulaGuard)
{
    stops[uchar('"')] = true;
    stops[uchar('\r')] = true;
    stops[uchar('\n')] = true;
    if (!delimiter.isEmpty())
        stops[uchar(delimiter.at(0))] = true;
}

char *CsvWriter::Format::write(char *out, QByteArrayView utf8) const
{
    if (utf8.isEmpty())
        return out;
    const bool guarded = guard && needsGuard(utf8);
    // Quoted when it starts or ends with a space (the guard's quote is none), or holds the delimiter, a quote, CR
    // or LF.
    bool quote = (!guarded && startsWithSpace(utf8)) || endsWithSpace(utf8);
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n && !quote; ++i) {
        if (!stops[p[i]])
            continue;
        if (p[i] == '"' || p[i] == '\r' || p[i] == '\n' || delimiter.size() == 1
            || utf8.sliced(i).startsWith(QByteArrayView(delimiter)))
            quote = true;
    }
    if (quote)
        return writeQuoted(out, utf8, guarded);
    if (guarded)
        *out++ = '\'';
    std::memcpy(out, utf8.data(), size_t(n));
    return out + n;
}

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options())
{
}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_format(options.delimiter, options.formulaGuard)
    , m_encoder(converterEncoding(options.encoding))
{
}

CsvWriter::~CsvWriter()
{
    if (!m_failed)
        (void)flush();
}

bool CsvWriter::needsGuard(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    return i < value.size() && isTrigger(value.at(i).unicode());
}

bool CsvWriter::needsGuard(QByteArrayView utf8)
{
    qsizetype i = 0;
    while (i < utf8.size() && utf8.at(i) == '\'')
        ++i;
    return i < utf8.size() && isTrigger(char16_t(uchar(utf8.at(i))));
}

QString CsvWriter::unguardCell(const QString &value)
{
    if (value.startsWith(QLatin1Char('\'')) && needsGuard(value.mid(1)))
        return value.mid(1);
    return value;
}

void CsvWriter::appendField(QByteArray &out, QByteArrayView utf8, QChar delimiter, bool formulaGuard)
{
    const qsizetype used = out.size();
    out.resize(used + Format::worstCase(utf8.size()));
    char *end = Format(delimiter, formulaGuard).write(out.data() + used, utf8);
    out.resize(end - out.constData());
}

QString CsvWriter::formatField(const QString &value, QChar delimiter, bool formulaGuard)
{
    QByteArray out;
    appendField(out, value.toUtf8(), delimiter, formulaGuard);
    return QString::fromUtf8(out);
}

char *CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes > m_text.size())
        m_text.resize(std::max({m_text.size() * 2, m_used + bytes, kFlushThreshold + 64 * 1024}));
    return m_text.data() + m_used;
}

Status CsvWriter::endRecord(char *end, qsizetype count, bool onlyFieldEmpty)
{
    if (count == 1 && onlyFieldEmpty) {
        *end++ = '"';
        *end++ = '"';
    }
    *end++ = '\r';
    *end++ = '\n';
    m_used = end - m_text.constData();
    ++m_records;
    if (m_used >= kFlushThreshold)
        return writeBuffered();
    return Status();
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    if (m_failed)
        return Status(ErrorCode::Io, QStringLiteral("an earlier write failed"));
    m_field.resize(0);
    QVarLengthArray<qsizetype, 32> ends;
    for (const QString &f : fields) {
        m_field.append(f.toUtf8());
        ends.append(m_field.size());
    }
    QVarLengthArray<QByteArrayView, 32> views;
    qsizetype from = 0;
    for (qsizetype end : ends) {
        views.append(QByteArrayView(m_field.constData() + from, end - from));
        from = end;
    }
    return writeRecord(views.constData(), views.size());
}

Status CsvWriter::writeRecord(const QByteArrayView *utf8Fields, qsizetype count)
{
    if (m_failed)
        return Status(ErrorCode::Io, QStringLiteral("an earlier write failed"));
    qsizetype worst = 4 + count * m_format.delimiter.size();
    for (qsizetype i = 0; i < count; ++i)
        worst += Format::worstCase(utf8Fields[i].size());
    char *p = reserve(worst);
    const qsizetype delimiterSize = m_format.delimiter.size();
    const char *delimiter = m_format.delimiter.constData();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0) {
            std::memcpy(p, delimiter, size_t(delimiterSize));
            p += delimiterSize;
        }
        p = m_format.write(p, utf8Fields[i]);
    }
    return endRecord(p, count, count == 1 && utf8Fields[0].isEmpty());
}

Status CsvWriter::flush()
{
    return writeBuffered();
}

Status CsvWriter::writeBuffered()
{
    if (m_failed)
        return Status(ErrorCode::Io, QStringLiteral("an earlier write failed"));
    if (!m_device || !m_device->isWritable()) {
        m_failed = true;
        return Status(ErrorCode::Io, QStringLiteral("the output is not open for writing"));
    }
    QByteArrayView out(m_text.constData(), m_used);
    if (!m_bomWritten || m_options.encoding == Encoding::Utf16LE) {
        m_bytes.resize(0);
        if (!m_bomWritten) {
            if (m_options.encoding == Encoding::Utf8WithBom)
                m_bytes.append("\xEF\xBB\xBF", 3);
            else if (m_options.encoding == Encoding::Utf16LE)
                m_bytes.append("\xFF\xFE", 2);
        }
        if (m_options.encoding == Encoding::Utf16LE)
            m_bytes.append(m_encoder.encode(QString::fromUtf8(out.data(), out.size())));
        else
            m_bytes.append(out.data(), out.size());
        out = m_bytes;
    }
    m_bomWritten = true;
    const qsizetype size = out.size();
    const bool ok = size == 0 || m_device->write(out.data(), size) == size;
    m_used = 0; // the buffer keeps its size for the next records
    if (!ok) {
        m_failed = true;
        return Status(ErrorCode::Io, QStringLiteral("writing the CSV failed: %1").arg(m_device->errorString()));
    }
    return Status();
}

} // namespace relasi
