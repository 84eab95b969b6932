#include "io/csv/BinarySniffer.h"

#include "io/csv/EncodingDetector.h"

#include <QIODevice>

namespace relasi {

QString BinarySniffer::whyNotText(const QByteArray &head)
{
    struct Magic {
        const char *bytes;
        int length;
        const char *what;
    };
    static const Magic magics[] = {
        {"PK\x03\x04", 4, "a ZIP archive (an .xlsx/.ods workbook is one: save the sheet as CSV first)"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an old Office document (.xls: save the sheet as CSV first)"},
        {"%PDF-", 5, "a PDF document"},
        {"\x89PNG", 4, "a PNG image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"},
        {"\x1F\x8B", 2, "a gzip archive"},
        {"SQLite format 3", 15, "an SQLite database"},
    };
    for (const Magic &m : magics) {
        if (head.startsWith(QByteArray::fromRawData(m.bytes, m.length)))
            return QStringLiteral("the file is %1, not a CSV file").arg(QLatin1String(m.what));
    }
    const int bom = EncodingDetector::bomLength(head);
    const QByteArray encoding = EncodingDetector::detect(head, false).encoding;
    if (bom > 0 || encoding.startsWith("UTF-16") || encoding.startsWith("UTF-32"))
        return {}; // zero bytes are part of the encoding
    const qsizetype n = qMin<qsizetype>(head.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(head.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    // Text has next to none; random bytes have about 1 in 9.
    if (n > 0 && (control * 100 > n * 3 || (n < 64 && control > 2)))
        return QStringLiteral("the file is not text (%1 control bytes in its first %2 bytes)").arg(control).arg(n);
    return {};
}

QString BinarySniffer::whyNotText(QIODevice *device)
{
    if (!device)
        return {};
    return whyNotText(device->peek(64 * 1024));
}

} // namespace relasi
