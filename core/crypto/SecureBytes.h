#pragma once

#include "crypto/Sodium.h"

#include <QString>
#include <QtGlobal>

#include <cstddef>

namespace relasi {

// Bytes in libsodium guarded memory (sodium_malloc: guard pages, canary, mlock, excluded from core dumps),
// wiped when freed. Move-only, so a secret has exactly one owner and is wiped exactly once. Holds keys,
// passwords and recovery codes; never convert it to QByteArray/QString (those copies are not wiped).
class SecureBytes
{
public:
    SecureBytes(); // empty
    explicit SecureBytes(size_t size); // zero-filled
    static SecureBytes random(size_t size);
    static SecureBytes fromUtf8(const QString &text); // UTF-8 bytes of text, encoded straight into guarded memory
    static SecureBytes copyOf(const void *data, size_t size);

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    ~SecureBytes();

    SecureBytes clone() const;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Wipes and frees now; the object is then empty.
    void clear();

    // Same size and same bytes, compared in time independent of the content.
    bool constantTimeEquals(const SecureBytes &other) const;

    // Lower-case hex digits (2 per byte), themselves in guarded memory (e.g. SQLCipher's raw key literal).
    SecureBytes toHex() const;

    // Number of live non-empty buffers in this process; tests use it to prove keys are wiped on lock.
    static qint64 liveAllocations();

private:
    unsigned char *m_data = nullptr;
    size_t m_size = 0;
};

} // namespace relasi
