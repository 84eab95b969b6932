#include "sync/Hlc.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <algorithm>

namespace relasi {

namespace {
// A remote stamp further ahead than this is accepted but logged: some device's clock is badly off.
constexpr qint64 kSuspiciousSkewMs = qint64(24) * 60 * 60 * 1000;
} // namespace

Hlc::Hlc(const Clock &clock, QString deviceId, qint64 lastIssued)
    : m_clock(clock), m_deviceId(std::move(deviceId)), m_last(std::max<qint64>(lastIssued, 0))
{
}

qint64 Hlc::last() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_last;
}

// Stores and returns (ms, counter), carrying a counter overflow into the millisecond part.
qint64 Hlc::advance(qint64 ms, qint64 counter)
{
    if (counter > maxCounter) {
        ms += 1;
        counter = 0;
    }
    m_last = pack(std::min(ms, maxPhysicalMs), counter);
    return m_last;
}

qint64 Hlc::tick()
{
    const qint64 wall = std::clamp<qint64>(m_clock.nowMs(), 0, maxPhysicalMs);
    std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 lastMs = physicalMs(m_last);
    if (wall > lastMs)
        return advance(wall, 0);
    return advance(lastMs, counter(m_last) + 1);
}

qint64 Hlc::receive(qint64 remote)
{
    remote = std::max<qint64>(remote, 0);
    const qint64 wall = std::clamp<qint64>(m_clock.nowMs(), 0, maxPhysicalMs);
    std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 lastMs = physicalMs(m_last);
    const qint64 remoteMs = physicalMs(remote);
    if (remoteMs - wall > kSuspiciousSkewMs)
        qCWarning(lcSync) << "remote HLC is" << (remoteMs - wall) / 1000 << "s ahead of the local clock";

    const qint64 ms = std::max({lastMs, remoteMs, wall});
    if (ms == lastMs && ms == remoteMs)
        return advance(ms, std::max(counter(m_last), counter(remote)) + 1);
    if (ms == lastMs)
        return advance(ms, counter(m_last) + 1);
    if (ms == remoteMs)
        return advance(ms, counter(remote) + 1);
    return advance(ms, 0);
}

bool Hlc::wins(qint64 a, const QString &devA, qint64 b, const QString &devB)
{
    if (a != b)
        return a > b;
    return QString::compare(devA, devB, Qt::CaseSensitive) > 0;
}

} // namespace relasi
