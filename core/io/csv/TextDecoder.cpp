#include "io/csv/TextDecoder.h"

#include <QSysInfo>

#include <cstring>

#if __has_include(<iconv.h>)
#include <iconv.h>

#include <cerrno>
#define RELASI_HAVE_ICONV 1
#else
#define RELASI_HAVE_ICONV 0
#endif

namespace relasi {

namespace {

#if RELASI_HAVE_ICONV
const char *nativeUtf16()
{
    return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? "UTF-16LE" : "UTF-16BE";
}

iconv_t invalidIconv()
{
    return reinterpret_cast<iconv_t>(-1);
}
#endif

} // namespace

TextDecoder::TextDecoder(const QByteArray &encoding, Backend backend)
    : m_encoding(encoding)
{
    if (encoding.isEmpty())
        return;
    if (backend != Backend::Iconv) {
        m_qt = QStringDecoder(encoding.constData());
        if (m_qt.isValid()) {
            m_backend = Backend::Qt;
            return;
        }
        if (backend == Backend::Qt)
            return;
    }
#if RELASI_HAVE_ICONV
    iconv_t cd = iconv_open(nativeUtf16(), encoding.constData());
    if (cd != invalidIconv()) {
        m_iconv = cd;
        m_backend = Backend::Iconv;
    }
#endif
}

TextDecoder::~TextDecoder()
{
#if RELASI_HAVE_ICONV
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
#endif
}

bool TextDecoder::isSupported(const QByteArray &encoding)
{
    return TextDecoder(encoding).isValid();
}

bool TextDecoder::hasError() const
{
    return m_iconvError || (m_backend == Backend::Qt && m_qt.hasError());
}

QString TextDecoder::decode(const char *data, qsizetype size)
{
    if (m_backend == Backend::Qt)
        return m_qt.decode(QByteArrayView(data, size));
    if (m_backend == Backend::Iconv)
        return decodeIconv(data, size);
    return QString();
}

QString TextDecoder::finish()
{
    if (m_backend == Backend::Qt) {
        // A stateful QStringDecoder keeps an incomplete trailing sequence and cannot be told the input ended,
        // so report it ourselves the way the iconv path does.
        if (m_qt.holdsIncompleteSequence()) {
            m_qt.resetState();
            m_iconvError = true;
            return QString(QChar(QChar::ReplacementCharacter));
        }
        return QString();
    }
    if (m_backend == Backend::Iconv && !m_pending.isEmpty()) {
        m_pending.clear();
        m_iconvError = true;
        return QString(QChar(QChar::ReplacementCharacter));
    }
    return QString();
}

QString TextDecoder::decodeIconv(const char *data, qsizetype size)
{
    QString out;
#if RELASI_HAVE_ICONV
    QByteArray input;
    const char *src = data;
    size_t srcLeft = size_t(size);
    if (!m_pending.isEmpty()) {
        input = m_pending + QByteArray(data, size);
        m_pending.clear();
        src = input.constData();
        srcLeft = size_t(input.size());
    }
    // Every input byte yields at most two UTF-16 code units in the encodings iconv knows.
    out.resize(qsizetype(srcLeft) * 2 + 2);
    char *dst = reinterpret_cast<char *>(out.data());
    size_t dstLeft = size_t(out.size()) * sizeof(QChar);
    auto cd = static_cast<iconv_t>(m_iconv);
    while (srcLeft > 0) {
        char *in = const_cast<char *>(src);
        size_t r = iconv(cd, &in, &srcLeft, &dst, &dstLeft);
        src = in;
        if (r != size_t(-1))
            break;
        if (errno == EINVAL) { // incomplete sequence at the end: keep it for the next chunk
            m_pending = QByteArray(src, qsizetype(srcLeft));
            break;
        }
        if (errno == E2BIG) { // should not happen with the sizing above; grow and go on
            const qsizetype used = out.size() - qsizetype(dstLeft / sizeof(QChar));
            out.resize(out.size() * 2);
            dst = reinterpret_cast<char *>(out.data() + used);
            dstLeft = size_t(out.size() - used) * sizeof(QChar);
            continue;
        }
        // EILSEQ: one invalid byte becomes U+FFFD and decoding resumes after it.
        m_iconvError = true;
        const char16_t replacement = QChar::ReplacementCharacter;
        memcpy(dst, &replacement, sizeof(replacement));
        dst += sizeof(replacement);
        dstLeft -= sizeof(replacement);
        ++src;
        --srcLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    out.resize(out.size() - qsizetype(dstLeft / sizeof(QChar)));
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
    return out;
}

} // namespace relasi
