#include "crypto/SecureBytes.h"

#include "common/Logging.h"

#include <QStringEncoder>

#include <sodium.h>

#include <atomic>
#include <cstring>
#include <utility>

namespace relasi {

namespace {

std::atomic<qint64> g_liveAllocations {0};

// sodium_malloc fails only when the process is out of address space or mappings; a secret cannot be kept
// anywhere else, so this is fatal like any other allocation failure in Qt.
unsigned char *allocateGuarded(size_t size)
{
    if (!ensureSodium())
        qFatal("relasi: libsodium is unusable; cannot hold secrets");
    auto *p = static_cast<unsigned char *>(sodium_malloc(size));
    if (!p)
        qFatal("relasi: sodium_malloc(%zu) failed", size);
    ++g_liveAllocations;
    return p;
}

} // namespace

SecureBytes::SecureBytes() = default;

SecureBytes::SecureBytes(size_t size)
{
    if (size == 0)
        return;
    m_data = allocateGuarded(size);
    m_size = size;
    std::memset(m_data, 0, size); // sodium_malloc fills with a marker byte, not zero
}

SecureBytes SecureBytes::random(size_t size)
{
    SecureBytes out(size);
    if (size > 0)
        randombytes_buf(out.m_data, size);
    return out;
}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Encode into a guarded scratch buffer sized for the worst case, then copy the exact length, so the
    // UTF-8 form of a password never sits in ordinary heap memory.
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype maxSize = encoder.requiredSpace(text.size());
    SecureBytes scratch(static_cast<size_t>(maxSize));
    char *end = encoder.appendToBuffer(reinterpret_cast<char *>(scratch.m_data), text);
    const auto used = static_cast<size_t>(end - reinterpret_cast<char *>(scratch.m_data));
    return copyOf(scratch.m_data, used);
}

SecureBytes SecureBytes::copyOf(const void *data, size_t size)
{
    SecureBytes out(size);
    if (size > 0)
        std::memcpy(out.m_data, data, size);
    return out;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes SecureBytes::clone() const
{
    return copyOf(m_data, m_size);
}

void SecureBytes::clear()
{
    if (!m_data)
        return;
    // sodium_free wipes too; wiping explicitly keeps the guarantee visible here.
    sodium_memzero(m_data, m_size);
    sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
    --g_liveAllocations;
}

bool SecureBytes::constantTimeEquals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::toHex() const
{
    if (m_size == 0)
        return {};
    // sodium_bin2hex runs in constant time and writes a terminating NUL, hence the scratch buffer.
    SecureBytes scratch(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char *>(scratch.m_data), scratch.m_size, m_data, m_size);
    return copyOf(scratch.m_data, m_size * 2);
}

qint64 SecureBytes::liveAllocations()
{
    return g_liveAllocations.load();
}

} // namespace relasi
