#pragma once

#include "common/Result.h"
#include "io/vcard/VCard.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace relasi {

// Reads vCard 2.1, 3.0 and 4.0 files (a pure parser: no QObject, no database). Detects the file's encoding
// (byte-order mark, UTF-16, UTF-8, else windows-1252), unfolds continued lines (CRLF or LF followed by a space
// or tab), decodes QUOTED-PRINTABLE values (with 2.1's soft line breaks) in their CHARSET, and keeps 2.1's bare
// parameters ("TEL;HOME;VOICE:") as TYPE values. Cards nested in AGENT are skipped. Nothing throws: Invalid
// for input that holds no card, a card left open at the end, or a file over maxBytes().
class VCardReader
{
public:
    static constexpr qint64 defaultMaxBytes = 64 * 1024 * 1024;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }

    Result<QList<VCard>> read(QIODevice &device) const;
    Result<QList<VCard>> read(const QByteArray &data) const;

    // Whether the first bytes look like a vCard (BEGIN:VCARD after optional BOM and blank lines).
    static bool looksLikeVCard(const QByteArray &head);

private:
    qint64 m_maxBytes = defaultMaxBytes;
};

} // namespace relasi
