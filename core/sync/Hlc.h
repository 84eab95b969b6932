#pragma once

#include <QString>

#include <mutex>

namespace relasi {

class Clock;

// Hybrid logical clock (DESIGN §7): 48-bit Unix milliseconds in the high bits and a 16-bit counter in
// the low bits of one qint64, so stamps compare as plain integers. Each value handed out is strictly
// greater than every value this clock handed out or received before, whatever the wall clock does.
// Ties between devices are broken by device id (wins()). Thread-safe.
class Hlc
{
public:
    static constexpr int counterBits = 16;
    static constexpr qint64 maxCounter = (qint64(1) << counterBits) - 1;
    static constexpr qint64 maxPhysicalMs = (qint64(1) << 47) - 1; // keeps packed values non-negative

    // lastIssued: the highest stamp this device has used before (persisted by the caller), so the clock
    // stays monotonic across restarts. 0 for a new device.
    Hlc(const Clock &clock, QString deviceId, qint64 lastIssued = 0);

    // A stamp for a local event.
    qint64 tick();
    // Merges a stamp seen from another device; the result is greater than both that stamp and every
    // earlier local one. A remote clock ahead by hours pulls this clock ahead with it (it is not refused).
    qint64 receive(qint64 remote);

    // The last stamp handed out (or the starting value).
    qint64 last() const;
    const QString &deviceId() const { return m_deviceId; }

    static qint64 pack(qint64 physicalMs, qint64 counter) { return (physicalMs << counterBits) | (counter & maxCounter); }
    static qint64 physicalMs(qint64 hlc) { return hlc >> counterBits; }
    static qint64 counter(qint64 hlc) { return hlc & maxCounter; }

    // Last-writer-wins: true when (a, devA) is strictly later than (b, devB): the larger stamp, and on
    // equal stamps the larger device id (compared as UTF-16 code units, the same on every platform).
    static bool wins(qint64 a, const QString &devA, qint64 b, const QString &devB);

private:
    qint64 advance(qint64 ms, qint64 counter);

    const Clock &m_clock;
    const QString m_deviceId;
    mutable std::mutex m_mutex;
    qint64 m_last;
};

} // namespace relasi
