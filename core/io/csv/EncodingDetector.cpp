#include "io/csv/EncodingDetector.h"

#include "common/Logging.h"
#include "io/csv/TextDecoder.h"

#include <QIODevice>

#include <uchardet.h>

#include <cstring>

namespace relasi {

namespace {

const QByteArray kUtf8 = QByteArrayLiteral("UTF-8");
const QByteArray kFallback = QByteArrayLiteral("windows-1252");

// BOM-less UTF-16: in Latin-script text nearly every other byte is zero. Looks at up to 4 KiB.
QByteArray guessUtf16(const QByteArray &head)
{
    const qsizetype n = qMin<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return QByteArray();
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += head.at(i) == 0;
        zeroOdd += head.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 <= pairs)
        return QByteArrayLiteral("UTF-16LE");
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 <= pairs)
        return QByteArrayLiteral("UTF-16BE");
    return QByteArray();
}

QByteArray askUchardet(const QByteArray &head)
{
    uchardet_t ud = uchardet_new();
    if (!ud)
        return QByteArray();
    QByteArray charset;
    if (uchardet_handle_data(ud, head.constData(), size_t(head.size())) == 0) {
        uchardet_data_end(ud);
        charset = QByteArray(uchardet_get_charset(ud));
    }
    uchardet_delete(ud);
    const QByteArray upper = charset.toUpper();
    if (upper == "ASCII")
        return kUtf8;
    if (upper == "ISO-8859-1")
        return kFallback;
    return charset;
}

} // namespace

int EncodingDetector::bomLength(const QByteArray &data, QByteArray *encoding)
{
    struct Bom {
        const char *bytes;
        int length;
        const char *name;
    };
    // UTF-32LE before UTF-16LE: FF FE 00 00 starts with the UTF-16LE mark.
    static const Bom boms[] = {
        {"\xEF\xBB\xBF", 3, "UTF-8"},
        {"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
        {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
        {"\xFF\xFE", 2, "UTF-16LE"},
        {"\xFE\xFF", 2, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (data.size() >= bom.length && memcmp(data.constData(), bom.bytes, size_t(bom.length)) == 0) {
            if (encoding)
                *encoding = QByteArray(bom.name);
            return bom.length;
        }
    }
    return 0;
}

bool EncodingDetector::isValidUtf8(const char *data, qsizetype size, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size) { // the sequence runs past the end of data
            if (!allowTruncatedEnd)
                return false;
            for (qsizetype k = i + 1; k < size; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

EncodingDetector::Detection EncodingDetector::detect(const QByteArray &head, bool complete)
{
    Detection result;
    QByteArray bomEncoding;
    result.bomLength = bomLength(head, &bomEncoding);
    if (result.bomLength > 0) {
        result.encoding = bomEncoding;
        return result;
    }
    // Before the UTF-8 test: UTF-16 text of ASCII characters is also well-formed UTF-8 (full of NULs).
    result.encoding = guessUtf16(head);
    if (!result.encoding.isEmpty())
        return result;
    if (isValidUtf8(head.constData(), head.size(), !complete)) {
        result.encoding = kUtf8;
        return result;
    }
    const QByteArray guess = askUchardet(head);
    if (!guess.isEmpty() && TextDecoder::isSupported(guess)) {
        result.encoding = guess;
        return result;
    }
    qCDebug(lcImport) << "encoding detection fell back to" << kFallback << "(uchardet said" << guess << ")";
    result.encoding = kFallback;
    return result;
}

EncodingDetector::Detection EncodingDetector::detect(QIODevice *device)
{
    const QByteArray head = device->peek(sampleSize);
    const bool complete = !device->isSequential() && device->pos() + head.size() >= device->size();
    return detect(head, complete);
}

} // namespace relasi
