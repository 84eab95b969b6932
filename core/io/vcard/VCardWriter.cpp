#include "io/vcard/VCardWriter.h"

#include <QIODevice>

namespace relasi {

VCardWriter::VCardWriter(QIODevice *device, Version version) : m_device(device), m_version(version) {}

QByteArray VCardWriter::contentLine(const VCardProperty &p)
{
    QByteArray line;
    if (!p.group.isEmpty())
        line += p.group.toUtf8() + '.';
    line += p.name.toUtf8();
    for (const auto &param : p.params) {
        QByteArray v = param.second.toUtf8();
        if (v.contains(':') || v.contains(';') || v.contains(','))
            v = '"' + v.replace('"', "") + '"';
        line += ';' + param.first.toUtf8() + '=' + v;
    }
    line += ':' + p.value.toUtf8();
    return line;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    if (line.size() <= 75)
        return line;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3);
    qsizetype start = 0;
    qsizetype limit = 75; // the first line holds 75 octets, continuations 74 after their leading space
    while (start < line.size()) {
        qsizetype end = qMin(start + limit, line.size());
        // Never cut a UTF-8 sequence: back up while the next byte is a continuation byte.
        while (end < line.size() && end > start + 1 && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (start > 0)
            out += "\r\n ";
        out += line.mid(start, end - start);
        start = end;
        limit = 74;
    }
    return out;
}

Status VCardWriter::put(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return Status(ErrorCode::Io, QStringLiteral("cannot write: %1").arg(m_device->errorString()));
    return {};
}

Status VCardWriter::write(const VCard &card)
{
    QByteArray out = "BEGIN:VCARD\r\nVERSION:" + versionName(m_version).toLatin1() + "\r\n";
    for (const VCardProperty &p : card.properties)
        out += fold(contentLine(p)) + "\r\n";
    out += "END:VCARD\r\n";
    return put(out);
}

} // namespace relasi
