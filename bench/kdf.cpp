// relasi-bench-kdf: what Argon2id (libsodium crypto_pwhash) costs on this machine at the floor, at
// 3 passes / 256 MiB, and at the parameters Kdf::calibrate(500) picks. Prints milliseconds.
#include "BenchSupport.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <vector>

using relasi::Kdf;
using relasi::KdfParams;
using relasi::SecureBytes;

namespace {

constexpr int kRuns = 3;

struct Timing {
    double minMs = 0;
    double medianMs = 0;
    bool ok = false;
};

Timing timeDerive(const KdfParams &params)
{
    const SecureBytes secret = SecureBytes::fromUtf8(QStringLiteral("benchmark passphrase"));
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto key = Kdf::derive(secret, params);
        if (!key.ok()) {
            std::fprintf(stderr, "derive failed: %s\n", qPrintable(key.error().message));
            return {};
        }
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return {*std::min_element(ms.begin(), ms.end()), relasi::bench::median(ms), true};
}

void report(const char *label, const KdfParams &params)
{
    const Timing t = timeDerive(params);
    if (!t.ok) {
        std::printf("%-28s ops %2llu  mem %4llu MiB   FAILED\n", label,
            static_cast<unsigned long long>(params.opsLimit),
            static_cast<unsigned long long>(params.memLimitBytes >> 20));
        return;
    }
    std::printf("%-28s ops %2llu  mem %4llu MiB   min %7.1f ms   median %7.1f ms  (%d runs)\n", label,
        static_cast<unsigned long long>(params.opsLimit), static_cast<unsigned long long>(params.memLimitBytes >> 20),
        t.minMs, t.medianMs, kRuns);
}

} // namespace

int main()
{
    if (!relasi::ensureSodium()) {
        std::fprintf(stderr, "libsodium is unusable\n");
        return 1;
    }
    if (qEnvironmentVariableIsSet("RELASI_TEST_KDF")) {
        std::printf("note: ignoring RELASI_TEST_KDF for this benchmark\n");
        qunsetenv("RELASI_TEST_KDF");
    }

    std::printf("Argon2id (crypto_pwhash ALG_ARGON2ID13), 32-byte key, one thread\n");
    report("floor", Kdf::floorParams());

    KdfParams big = Kdf::floorParams();
    big.memLimitBytes = 256ull << 20;
    report("3 passes / 256 MiB", big);

    QElapsedTimer timer;
    timer.start();
    const KdfParams picked = Kdf::calibrate(500);
    const double calibrationMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("calibrate(500) took %.1f ms and picked ops %llu, mem %llu MiB\n", calibrationMs,
        static_cast<unsigned long long>(picked.opsLimit), static_cast<unsigned long long>(picked.memLimitBytes >> 20));
    report("calibrate(500) pick", picked);
    std::printf("load average: %s\n", qPrintable(relasi::bench::loadAverage()));
    return 0;
}
