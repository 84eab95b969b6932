#pragma once

#include <QByteArray>

class QIODevice;

namespace relasi {

// Works out the text encoding of a file's first bytes:
//  1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) decides;
//  2. else BOM-less UTF-16 is recognised by its pattern of zero bytes;
//  3. else valid UTF-8 (pure ASCII included) is UTF-8;
//  4. else uchardet's guess, if TextDecoder can decode it (ISO-8859-1 is read as its superset windows-1252,
//     as browsers do);
//  5. else windows-1252, which accepts every byte.
class EncodingDetector
{
public:
    struct Detection {
        QByteArray encoding; // a name TextDecoder accepts
        int bomLength = 0; // bytes of byte-order mark at the start (0 if none)
        bool fromBom() const { return bomLength > 0; }
    };

    // How many bytes of a file detection looks at.
    static constexpr qsizetype sampleSize = 256 * 1024;

    // head: the first bytes of the input (up to sampleSize). complete: head is the whole input, so a
    // multibyte sequence cut at its end is an error rather than the sample's edge.
    static Detection detect(const QByteArray &head, bool complete = false);
    // Peeks at the device's next sampleSize bytes without consuming them.
    static Detection detect(QIODevice *device);

    // Encoding and length of a byte-order mark at the start of data; length 0 if there is none.
    static int bomLength(const QByteArray &data, QByteArray *encoding = nullptr);
    // Whether data is well-formed UTF-8; allowTruncatedEnd accepts a sequence cut off by the end of data.
    static bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedEnd);
};

} // namespace relasi
