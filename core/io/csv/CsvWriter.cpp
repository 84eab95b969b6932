#include "io/csv/CsvWriter.h"

#include <QIODevice>

namespace relasi {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024; // characters buffered before they go to the device

bool isTrigger(QChar c)
{
    switch (c.unicode()) {
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

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options())
{
}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
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
    return i < value.size() && isTrigger(value.at(i));
}

QString CsvWriter::unguardCell(const QString &value)
{
    if (value.startsWith(QLatin1Char('\'')) && needsGuard(value.mid(1)))
        return value.mid(1);
    return value;
}

QString CsvWriter::formatField(const QString &value, QChar delimiter, bool formulaGuard)
{
    const QString text = formulaGuard && needsGuard(value) ? QLatin1Char('\'') + value : value;
    if (text.isEmpty())
        return text;
    bool quote = text.front().isSpace() || text.back().isSpace();
    if (!quote) {
        for (const QChar c : text) {
            if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                quote = true;
                break;
            }
        }
    }
    if (!quote)
        return text;
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            out.append(QLatin1Char('"'));
        out.append(c);
    }
    out.append(QLatin1Char('"'));
    return out;
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    if (m_failed)
        return Status(ErrorCode::Io, QStringLiteral("an earlier write failed"));
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        m_text.append(QLatin1String("\"\""));
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_text.append(m_options.delimiter);
            m_text.append(formatField(fields.at(i), m_options.delimiter, m_options.formulaGuard));
        }
    }
    m_text.append(QLatin1String("\r\n"));
    ++m_records;
    if (m_text.size() >= kFlushThreshold)
        return writeBuffered();
    return Status();
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
    m_bytes.clear();
    if (!m_bomWritten) {
        m_bomWritten = true;
        if (m_options.encoding == Encoding::Utf8WithBom)
            m_bytes.append("\xEF\xBB\xBF", 3);
        else if (m_options.encoding == Encoding::Utf16LE)
            m_bytes.append("\xFF\xFE", 2);
    }
    m_bytes.append(m_encoder.encode(m_text));
    m_text.truncate(0); // keeps the buffer's capacity for the next records
    if (m_bytes.isEmpty())
        return Status();
    if (m_device->write(m_bytes) != m_bytes.size()) {
        m_failed = true;
        return Status(ErrorCode::Io, QStringLiteral("writing the CSV failed: %1").arg(m_device->errorString()));
    }
    return Status();
}

} // namespace relasi
