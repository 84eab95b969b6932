#pragma once

#include "common/Result.h"
#include "io/vcard/VCard.h"

#include <QByteArray>

class QIODevice;

namespace relasi {

// Writes vCards 3.0 (RFC 2426) or 4.0 (RFC 6350) in UTF-8 with CRLF line ends, folding every content line
// longer than 75 octets (never inside a UTF-8 sequence). Property values are written as given: escape
// text with VCardProperty::escape() when building them (VCardCustomer does).
class VCardWriter
{
public:
    enum class Version { V3, V4 };

    VCardWriter(QIODevice *device, Version version);

    Status write(const VCard &card);

    static QByteArray contentLine(const VCardProperty &p);
    static QByteArray fold(const QByteArray &line);
    static QString versionName(Version v) { return v == Version::V3 ? QStringLiteral("3.0") : QStringLiteral("4.0"); }

private:
    Status put(const QByteArray &bytes);

    QIODevice *m_device;
    Version m_version;
};

} // namespace relasi
