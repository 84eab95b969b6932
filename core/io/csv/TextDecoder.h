#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace relasi {

// Streams bytes in a named encoding into QString, chunk by chunk: a multibyte sequence split across two
// chunks decodes correctly. Uses QStringDecoder when this Qt build knows the name (UTF-8/16/32 and Latin-1
// always; other code pages only when Qt was built with ICU) and otherwise glibc's iconv(3).
// Bytes that are invalid in the encoding become U+FFFD and make hasError() true (it stays true).
class TextDecoder
{
public:
    enum class Backend { Automatic, Qt, Iconv };

    explicit TextDecoder(const QByteArray &encoding, Backend backend = Backend::Automatic);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    bool isValid() const { return m_backend != Backend::Automatic; }
    Backend backend() const { return m_backend; }
    QByteArray encoding() const { return m_encoding; }

    // Decodes the next chunk; bytes of an incomplete trailing sequence are kept for the next call.
    QString decode(const char *data, qsizetype size);
    QString decode(const QByteArray &bytes) { return decode(bytes.constData(), bytes.size()); }
    // End of input: an incomplete trailing sequence becomes U+FFFD (and an error).
    QString finish();

    bool hasError() const;

    // Whether some backend can decode this encoding name.
    static bool isSupported(const QByteArray &encoding);

private:
    QString decodeIconv(const char *data, qsizetype size);

    QByteArray m_encoding;
    Backend m_backend = Backend::Automatic; // Automatic here means: no usable backend
    // QStringDecoder that can tell whether it holds an incomplete sequence (Qt's built-in codecs keep it in
    // the protected conversion state).
    class QtDecoder : public QStringDecoder
    {
    public:
        using QStringDecoder::QStringDecoder;
        QtDecoder &operator=(QStringDecoder &&other)
        {
            QStringDecoder::operator=(std::move(other));
            return *this;
        }
        bool holdsIncompleteSequence() const { return state.remainingChars > 0; }
    };

    QtDecoder m_qt;
    void *m_iconv = nullptr; // iconv_t
    QByteArray m_pending; // iconv: bytes of an incomplete sequence carried to the next chunk
    bool m_iconvError = false;
};

} // namespace relasi
