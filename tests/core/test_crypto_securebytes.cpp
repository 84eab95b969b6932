#include "crypto/SecureBytes.h"

#include <catch2/catch.hpp>

#include <QByteArray>

#include <cstring>

using relasi::SecureBytes;

namespace {

QByteArray bytesOf(const SecureBytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), static_cast<qsizetype>(b.size()));
}

} // namespace

TEST_CASE("SecureBytes: empty, zero-filled and random buffers", "[crypto]")
{
    REQUIRE(relasi::ensureSodium());

    const SecureBytes empty;
    CHECK(empty.isEmpty());
    CHECK(empty.size() == 0);
    CHECK(empty.data() == nullptr);

    const SecureBytes zeros(16);
    REQUIRE(zeros.size() == 16);
    CHECK(bytesOf(zeros) == QByteArray(16, '\0'));

    const SecureBytes a = SecureBytes::random(32);
    const SecureBytes b = SecureBytes::random(32);
    REQUIRE(a.size() == 32);
    CHECK_FALSE(a.constantTimeEquals(b));
    CHECK(SecureBytes::random(0).isEmpty());
}

TEST_CASE("SecureBytes: fromUtf8, copyOf and clone hold the same bytes independently", "[crypto]")
{
    const QString text = QStringLiteral("p\u00e4ssw\u00f6rd \u4e2d\u6587");
    const SecureBytes utf8 = SecureBytes::fromUtf8(text);
    CHECK(bytesOf(utf8) == text.toUtf8());
    CHECK(SecureBytes::fromUtf8(QString()).isEmpty());

    const char raw[] = "\x01\x02\x03\x04";
    const SecureBytes copy = SecureBytes::copyOf(raw, 4);
    CHECK(bytesOf(copy) == QByteArray(raw, 4));

    SecureBytes clone = copy.clone();
    REQUIRE(clone.constantTimeEquals(copy));
    clone.data()[0] = 0x7f;
    CHECK_FALSE(clone.constantTimeEquals(copy));
    CHECK(copy.data()[0] == 0x01);
}

TEST_CASE("SecureBytes: constant-time comparison", "[crypto]")
{
    const SecureBytes a = SecureBytes::copyOf("abcd", 4);
    CHECK(a.constantTimeEquals(SecureBytes::copyOf("abcd", 4)));
    CHECK_FALSE(a.constantTimeEquals(SecureBytes::copyOf("abce", 4)));
    CHECK_FALSE(a.constantTimeEquals(SecureBytes::copyOf("abc", 3)));
    CHECK(SecureBytes().constantTimeEquals(SecureBytes()));
    CHECK_FALSE(a.constantTimeEquals(SecureBytes()));
}

TEST_CASE("SecureBytes: toHex gives lower-case digits", "[crypto]")
{
    const unsigned char raw[] = {0x00, 0xab, 0x10, 0xff};
    const SecureBytes hex = SecureBytes::copyOf(raw, sizeof raw).toHex();
    CHECK(bytesOf(hex) == QByteArrayLiteral("00ab10ff"));
    CHECK(SecureBytes().toHex().isEmpty());
}

TEST_CASE("SecureBytes: moving transfers ownership and clear() empties", "[crypto]")
{
    SecureBytes a = SecureBytes::copyOf("secret", 6);
    SecureBytes b = std::move(a);
    CHECK(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    CHECK(bytesOf(b) == QByteArrayLiteral("secret"));

    SecureBytes c = SecureBytes::random(8);
    c = std::move(b);
    CHECK(bytesOf(c) == QByteArrayLiteral("secret"));

    c.clear();
    CHECK(c.isEmpty());
    CHECK(c.data() == nullptr);
    c.clear(); // twice is harmless
}

TEST_CASE("SecureBytes: liveAllocations counts live non-empty buffers", "[crypto]")
{
    const qint64 base = SecureBytes::liveAllocations();
    {
        SecureBytes empty;
        SecureBytes zeroSized(0);
        CHECK(SecureBytes::liveAllocations() == base);

        SecureBytes a = SecureBytes::random(32);
        CHECK(SecureBytes::liveAllocations() == base + 1);
        SecureBytes b = a.clone();
        CHECK(SecureBytes::liveAllocations() == base + 2);

        SecureBytes moved = std::move(a); // a move allocates nothing
        CHECK(SecureBytes::liveAllocations() == base + 2);

        b = std::move(moved); // b's old buffer is freed
        CHECK(SecureBytes::liveAllocations() == base + 1);

        const SecureBytes hex = b.toHex(); // scratch buffer freed, result kept
        CHECK(SecureBytes::liveAllocations() == base + 2);

        b.clear();
        CHECK(SecureBytes::liveAllocations() == base + 1);
    }
    CHECK(SecureBytes::liveAllocations() == base);
}
