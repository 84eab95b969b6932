#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace relasi {

// Argon2id parameters of one key slot, stored beside it so they can be raised later.
struct KdfParams {
    QString algorithm = QStringLiteral("argon2id13");
    quint64 opsLimit = 3;
    quint64 memLimitBytes = 64ull << 20;
    QByteArray salt; // crypto_pwhash_SALTBYTES (16)
};

// Password-based key derivation: libsodium crypto_pwhash with Argon2id v1.3.
class Kdf
{
public:
    // The production minimum: a vault asking for less was tampered with.
    static constexpr quint64 kFloorOps = 3;
    static constexpr quint64 kFloorMem = 64ull << 20;
    // Upper bounds on what a vault may ask for, so a hostile vault cannot hang or exhaust the machine.
    static constexpr quint64 kMaxOps = 64;
    static constexpr quint64 kMaxMem = 4ull << 30;
    // calibrate() raises memory up to this, then the number of passes.
    static constexpr quint64 kCalibrationMaxMem = 256ull << 20;
    static constexpr size_t kSaltBytes = 16;

    static QString algorithmName() { return QStringLiteral("argon2id13"); }

    // The floor with a fresh random salt.
    static KdfParams floorParams();

    // Parameters taking about targetMs on this machine, never below the floor: memory is raised first (up
    // to 256 MiB), then the number of passes. Takes two floor derivations to measure. If the
    // environment has RELASI_TEST_KDF=floor, returns floorParams() without measuring (tests only).
    // Slow: call it off the GUI thread.
    static KdfParams calibrate(int targetMs = 500);

    // Argon2id of secret. Errors: VaultDamaged when params are below the floor, above the bounds, use an
    // unknown algorithm or a malformed salt; Usage for a keyBytes libsodium cannot produce; Other when
    // Argon2id fails (out of memory).
    static Result<SecureBytes> derive(const SecureBytes &secret, const KdfParams &params, size_t keyBytes = 32);

    // Ok when params are within [floor, bounds] with a well-formed salt; otherwise VaultDamaged.
    static Status checkParams(const KdfParams &params);
};

} // namespace relasi
