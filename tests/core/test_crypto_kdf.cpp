#include "crypto/Kdf.h"

#include <catch2/catch.hpp>

#include <QByteArray>

using relasi::ErrorCode;
using relasi::Kdf;
using relasi::KdfParams;
using relasi::SecureBytes;

namespace {

// Restores an environment variable when the test ends, whatever happens.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("Kdf: floorParams is the floor with a fresh salt", "[crypto]")
{
    const KdfParams a = Kdf::floorParams();
    const KdfParams b = Kdf::floorParams();
    CHECK(a.algorithm == QStringLiteral("argon2id13"));
    CHECK(a.opsLimit == 3);
    CHECK(a.memLimitBytes == 64ull * 1024 * 1024);
    CHECK(a.salt.size() == 16);
    CHECK(a.salt != b.salt);
}

TEST_CASE("Kdf: derive refuses parameters below the floor or otherwise invalid", "[crypto]")
{
    const SecureBytes secret = SecureBytes::fromUtf8(QStringLiteral("correct horse"));
    KdfParams params = Kdf::floorParams();
    SECTION("too few passes")
    {
        params.opsLimit = 2;
    }
    SECTION("too little memory")
    {
        params.memLimitBytes = 32ull << 20;
    }
    SECTION("libsodium's interactive preset")
    {
        params.opsLimit = 2;
        params.memLimitBytes = 64ull << 20;
    }
    SECTION("absurd passes")
    {
        params.opsLimit = 1ull << 40;
    }
    SECTION("absurd memory")
    {
        params.memLimitBytes = 1ull << 50;
    }
    SECTION("unknown algorithm")
    {
        params.algorithm = QStringLiteral("argon2i13");
    }
    SECTION("short salt")
    {
        params.salt.chop(1);
    }
    SECTION("missing salt")
    {
        params.salt.clear();
    }

    const auto key = Kdf::derive(secret, params);
    REQUIRE_FALSE(key.ok());
    CHECK(key.code() == ErrorCode::VaultDamaged);
}

TEST_CASE("Kdf: derive is deterministic for the same secret and salt", "[crypto]")
{
    const SecureBytes secret = SecureBytes::fromUtf8(QStringLiteral("correct horse"));
    const KdfParams params = Kdf::floorParams();

    const auto a = Kdf::derive(secret, params);
    const auto b = Kdf::derive(secret, params);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->size() == 32);
    CHECK(a->constantTimeEquals(*b));

    KdfParams otherSalt = params;
    otherSalt.salt = Kdf::floorParams().salt;
    const auto c = Kdf::derive(secret, otherSalt);
    REQUIRE(c.ok());
    CHECK_FALSE(a->constantTimeEquals(*c));

    const auto d = Kdf::derive(SecureBytes::fromUtf8(QStringLiteral("correct horsf")), params);
    REQUIRE(d.ok());
    CHECK_FALSE(a->constantTimeEquals(*d));

    const auto longer = Kdf::derive(secret, params, 64);
    REQUIRE(longer.ok());
    CHECK(longer->size() == 64);
}

TEST_CASE("Kdf: calibrate under RELASI_TEST_KDF=floor returns the floor without measuring", "[crypto]")
{
    const EnvGuard guard("RELASI_TEST_KDF");
    qputenv("RELASI_TEST_KDF", "floor");
    const KdfParams params = Kdf::calibrate(5000);
    CHECK(params.opsLimit == Kdf::kFloorOps);
    CHECK(params.memLimitBytes == Kdf::kFloorMem);
    CHECK(params.salt.size() == 16);
    CHECK(Kdf::checkParams(params).ok());
}

TEST_CASE("Kdf: a real calibration never goes below the floor nor past the calibration bounds", "[crypto]")
{
    const EnvGuard guard("RELASI_TEST_KDF");
    qunsetenv("RELASI_TEST_KDF");
    const int target = GENERATE(1, 500);
    const KdfParams params = Kdf::calibrate(target);
    CAPTURE(target, params.opsLimit, params.memLimitBytes);
    CHECK(params.opsLimit >= Kdf::kFloorOps);
    CHECK(params.memLimitBytes >= Kdf::kFloorMem);
    CHECK(params.memLimitBytes <= Kdf::kCalibrationMaxMem);
    CHECK(params.memLimitBytes % (1u << 20) == 0);
    // Passes are raised only once memory is at its calibration maximum.
    CHECK((params.opsLimit == Kdf::kFloorOps || params.memLimitBytes == Kdf::kCalibrationMaxMem));
    CHECK(Kdf::checkParams(params).ok());
    if (target == 1) {
        CHECK(params.opsLimit == Kdf::kFloorOps);
        CHECK(params.memLimitBytes == Kdf::kFloorMem);
    }
}
