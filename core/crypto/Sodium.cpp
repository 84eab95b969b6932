#include "crypto/Sodium.h"

#include "common/Logging.h"

#include <sodium.h>

namespace relasi {

bool ensureSodium()
{
    // sodium_init() is itself idempotent and thread-safe; the static keeps the answer and logs once.
    static const bool usable = [] {
        const bool ok = sodium_init() >= 0;
        if (!ok)
            qCCritical(lcCrypto) << "libsodium failed to initialise";
        return ok;
    }();
    return usable;
}

} // namespace relasi
