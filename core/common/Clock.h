#pragma once

#include <QtGlobal>

#include <atomic>

namespace relasi {

// Source of wall-clock time (UTC milliseconds since the Unix epoch). Injected wherever time matters
// (HLC stamps, audit entries, created/updated fields) so tests can skew it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The real clock: QDateTime::currentMSecsSinceEpoch(). It can jump backwards (NTP, user change).
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}

    qint64 nowMs() const override { return m_nowMs.load(std::memory_order_relaxed); }
    void setNowMs(qint64 ms) { m_nowMs.store(ms, std::memory_order_relaxed); }
    void advanceMs(qint64 deltaMs) { m_nowMs.fetch_add(deltaMs, std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace relasi
