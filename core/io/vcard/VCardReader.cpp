#include "io/vcard/VCardReader.h"

#include "io/csv/EncodingDetector.h"
#include "io/csv/TextDecoder.h"

#include <QIODevice>

namespace relasi {

namespace {

QString decodeBytes(const QByteArray &bytes, QByteArray encoding)
{
    if (encoding.isEmpty())
        encoding = EncodingDetector::isValidUtf8(bytes.constData(), bytes.size(), false) ? QByteArrayLiteral("UTF-8")
                                                                                       : QByteArrayLiteral("windows-1252");
    if (!TextDecoder::isSupported(encoding))
        encoding = QByteArrayLiteral("windows-1252");
    TextDecoder decoder(encoding);
    QString out = decoder.decode(bytes);
    out += decoder.finish();
    return out;
}

QByteArray decodeQuotedPrintable(const QString &text)
{
    const QByteArray in = text.toLatin1();
    QByteArray out;
    out.reserve(in.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() && hex(in.at(i + 1)) >= 0 && hex(in.at(i + 2)) >= 0) {
            out += char(hex(in.at(i + 1)) * 16 + hex(in.at(i + 2)));
            i += 2;
        } else if (c == '=' && i + 1 < in.size() && (in.at(i + 1) == '\r' || in.at(i + 1) == '\n')) {
            ++i; // soft line break left in the value
            if (in.at(i) == '\r' && i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits "name;p=v;p2:value" into the property. False when the line has no ':' or no name.
bool parseLine(const QString &line, VCardProperty &p)
{
    // The value starts at the first ':' outside a quoted parameter value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(':') && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return false;
    p.value = line.mid(colon + 1);
    QStringList parts;
    QString current;
    quoted = false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(';') && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    QString name = parts.takeFirst().trimmed();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        p.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    if (name.isEmpty())
        return false;
    p.name = name.toUpper();
    for (const QString &part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0) {
            if (!part.trimmed().isEmpty())
                p.params << qMakePair(QStringLiteral("TYPE"), part.trimmed()); // 2.1: TEL;HOME;VOICE
            continue;
        }
        QString key = part.left(eq).trimmed().toUpper();
        QString v = part.mid(eq + 1).trimmed();
        v.remove(QLatin1Char('"'));
        p.params << qMakePair(key, v);
    }
    return true;
}

} // namespace

bool VCardReader::looksLikeVCard(const QByteArray &head)
{
    QByteArray h = head.left(4096);
    if (EncodingDetector::bomLength(h) > 0 || EncodingDetector::detect(h, false).encoding.startsWith("UTF-16"))
        h = decodeBytes(h, EncodingDetector::detect(h, false).encoding).toUtf8();
    return h.trimmed().left(11).toUpper().startsWith("BEGIN:VCARD");
}

Result<QList<VCard>> VCardReader::read(QIODevice &device) const
{
    if (!device.isOpen() || !device.isReadable())
        return Error(ErrorCode::Io, QStringLiteral("the file is not open for reading"));
    const QByteArray data = device.read(m_maxBytes + 1);
    if (data.size() > m_maxBytes)
        return Error(ErrorCode::Invalid, QStringLiteral("the vCard file is larger than %1 MiB").arg(m_maxBytes / (1024 * 1024)));
    return read(data);
}

Result<QList<VCard>> VCardReader::read(const QByteArray &data) const
{
    if (data.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("the file is empty"));
    const EncodingDetector::Detection detection = EncodingDetector::detect(data.left(EncodingDetector::sampleSize), true);
    QByteArray encoding = detection.encoding;
    if (encoding == "UTF-8" && !EncodingDetector::isValidUtf8(data.constData(), data.size(), false))
        encoding = QByteArrayLiteral("windows-1252");
    QString text = decodeBytes(data.mid(detection.bomLength), encoding);
    if (text.contains(QChar(0)))
        return Error(ErrorCode::Invalid, QStringLiteral("the file contains NUL characters: not a vCard file"));

    // Physical lines.
    QStringList lines = text.split(QLatin1Char('\n'));
    text.clear();
    QList<VCard> cards;
    VCard card;
    bool inCard = false;
    int nested = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qint64 lineNumber = i + 1;
        // Folding: following lines that start with a space or tab continue this one.
        while (i + 1 < lines.size() && !lines.at(i + 1).isEmpty()
               && (lines.at(i + 1).at(0) == QLatin1Char(' ') || lines.at(i + 1).at(0) == QLatin1Char('\t'))) {
            QString next = lines.at(++i);
            if (next.endsWith(QLatin1Char('\r')))
                next.chop(1);
            line += next.mid(1);
        }
        if (line.trimmed().isEmpty())
            continue;
        VCardProperty p;
        if (!parseLine(line, p))
            continue; // garbage between or inside cards is ignored (as most readers do)
        // 2.1 quoted-printable soft line breaks: "=" at the end continues on the next line.
        const bool qp = p.param(QStringLiteral("ENCODING")).contains(QStringLiteral("QUOTED-PRINTABLE"), Qt::CaseInsensitive)
            || p.param(QStringLiteral("TYPE")).contains(QStringLiteral("QUOTED-PRINTABLE"));
        if (qp) {
            while (p.value.endsWith(QLatin1Char('=')) && i + 1 < lines.size()) {
                p.value.chop(1);
                QString next = lines.at(++i);
                if (next.endsWith(QLatin1Char('\r')))
                    next.chop(1);
                p.value += next;
            }
            const QStringList charset = p.param(QStringLiteral("CHARSET"));
            p.value = decodeBytes(decodeQuotedPrintable(p.value), charset.isEmpty() ? QByteArray() : charset.constFirst().toLatin1());
        }
        if (p.name == QLatin1String("BEGIN") && p.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (inCard) {
                ++nested;
                continue;
            }
            inCard = true;
            card = VCard();
            card.line = lineNumber;
            continue;
        }
        if (p.name == QLatin1String("END") && p.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (nested > 0) {
                --nested;
                continue;
            }
            if (inCard)
                cards << card;
            inCard = false;
            continue;
        }
        if (!inCard || nested > 0)
            continue;
        if (p.name == QLatin1String("VERSION"))
            card.version = p.value.trimmed();
        else
            card.properties << p;
    }
    if (inCard)
        return Error(ErrorCode::Invalid,
                     QStringLiteral("line %1: the vCard that starts here has no END:VCARD (the file is cut off)").arg(card.line));
    if (cards.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("no vCard (BEGIN:VCARD … END:VCARD) in the file"));
    return cards;
}

} // namespace relasi
