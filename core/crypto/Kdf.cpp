#include "crypto/Kdf.h"

#include "common/Logging.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace relasi {

namespace {

static_assert(Kdf::kSaltBytes == crypto_pwhash_SALTBYTES, "salt size must match libsodium");
static_assert(Kdf::kFloorMem >= crypto_pwhash_MEMLIMIT_MIN, "floor below libsodium's minimum");
static_assert(Kdf::kFloorOps >= crypto_pwhash_OPSLIMIT_MIN, "floor below libsodium's minimum");

constexpr quint64 kMiB = 1ull << 20;

// Milliseconds one derivation with these parameters takes here (a fixed dummy secret); -1 on failure.
double measureMs(const KdfParams &params)
{
    const SecureBytes probe = SecureBytes::random(16);
    QElapsedTimer timer;
    timer.start();
    const Result<SecureBytes> key = Kdf::derive(probe, params, 32);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return key.ok() ? ms : -1.0;
}

} // namespace

KdfParams Kdf::floorParams()
{
    ensureSodium();
    KdfParams params;
    params.algorithm = algorithmName();
    params.opsLimit = kFloorOps;
    params.memLimitBytes = kFloorMem;
    params.salt.resize(static_cast<qsizetype>(kSaltBytes));
    randombytes_buf(params.salt.data(), kSaltBytes);
    return params;
}

KdfParams Kdf::calibrate(int targetMs)
{
    KdfParams params = floorParams();
    if (qEnvironmentVariable("RELASI_TEST_KDF") == QLatin1String("floor"))
        return params;
    if (targetMs <= 0)
        return params;

    // The faster of two runs: a single run is easily inflated by a scheduling hiccup.
    const double first = measureMs(params);
    const double second = measureMs(params);
    const double floorMs = (first > 0 && second > 0) ? std::min(first, second) : -1.0;
    if (floorMs <= 0) {
        qCWarning(lcCrypto) << "KDF calibration could not measure the floor; using the floor";
        return params;
    }
    // Argon2id time grows about linearly with memory and with passes. Raise memory first.
    const double factor = static_cast<double>(targetMs) / floorMs;
    if (factor > 1.0) {
        const double wantedMem = static_cast<double>(kFloorMem) * factor;
        if (wantedMem <= static_cast<double>(kCalibrationMaxMem)) {
            const quint64 mem = static_cast<quint64>(wantedMem) / kMiB * kMiB;
            params.memLimitBytes = std::max(kFloorMem, mem);
        } else {
            params.memLimitBytes = kCalibrationMaxMem;
            const double memFactor = static_cast<double>(kCalibrationMaxMem) / static_cast<double>(kFloorMem);
            const double wantedOps = static_cast<double>(kFloorOps) * factor / memFactor;
            const auto ops = static_cast<quint64>(std::floor(std::min(wantedOps, static_cast<double>(kMaxOps))));
            params.opsLimit = std::clamp(ops, kFloorOps, kMaxOps);
        }
    }
    qCInfo(lcCrypto) << "KDF calibrated: floor took" << floorMs << "ms; chose opsLimit" << params.opsLimit << "memLimit"
                     << (params.memLimitBytes / kMiB) << "MiB for a" << targetMs << "ms target";
    return params;
}

Status Kdf::checkParams(const KdfParams &params)
{
    if (params.algorithm != algorithmName())
        return Status(ErrorCode::VaultDamaged,
            QStringLiteral("unknown key derivation algorithm '%1'").arg(params.algorithm.left(40)));
    if (params.opsLimit < kFloorOps || params.memLimitBytes < kFloorMem)
        return Status(ErrorCode::VaultDamaged,
            QStringLiteral("Argon2id parameters below the floor (ops %1, memory %2 bytes; floor %3 / %4)")
                .arg(params.opsLimit)
                .arg(params.memLimitBytes)
                .arg(kFloorOps)
                .arg(kFloorMem));
    if (params.opsLimit > kMaxOps || params.memLimitBytes > kMaxMem)
        return Status(ErrorCode::VaultDamaged,
            QStringLiteral("Argon2id parameters beyond the accepted bounds (ops %1, memory %2 bytes)")
                .arg(params.opsLimit)
                .arg(params.memLimitBytes));
    if (static_cast<size_t>(params.salt.size()) != kSaltBytes)
        return Status(ErrorCode::VaultDamaged,
            QStringLiteral("Argon2id salt has %1 bytes, expected %2").arg(params.salt.size()).arg(kSaltBytes));
    return Status::success();
}

Result<SecureBytes> Kdf::derive(const SecureBytes &secret, const KdfParams &params, size_t keyBytes)
{
    if (!ensureSodium())
        return Result<SecureBytes>(ErrorCode::Other, QStringLiteral("libsodium is unusable"));
    if (Status check = checkParams(params); !check)
        return check.error();
    if (keyBytes < crypto_pwhash_BYTES_MIN || keyBytes > 1024)
        return Result<SecureBytes>(ErrorCode::Usage, QStringLiteral("cannot derive a key of %1 bytes").arg(keyBytes));

    SecureBytes key(keyBytes);
    // crypto_pwhash reads the password pointer even for length 0; give it a valid address.
    static const unsigned char kEmpty = 0;
    const char *passwd
        = secret.isEmpty() ? reinterpret_cast<const char *>(&kEmpty) : reinterpret_cast<const char *>(secret.data());
    const int rc = crypto_pwhash(key.data(), keyBytes, passwd, secret.size(),
        reinterpret_cast<const unsigned char *>(params.salt.constData()), params.opsLimit,
        static_cast<size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        qCWarning(lcCrypto) << "crypto_pwhash failed (memory" << params.memLimitBytes << "bytes)";
        return Result<SecureBytes>(ErrorCode::Other,
            QStringLiteral("Argon2id failed (not enough memory for %1 MiB?)").arg(params.memLimitBytes / kMiB));
    }
    return Result<SecureBytes>(std::move(key));
}

} // namespace relasi
