#include "common/Uuid.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace relasi {

namespace {

constexpr quint64 kRandBMask = (quint64(1) << 62) - 1;
constexpr quint32 kRandAMask = 0xFFF;
constexpr qint64 kMaxMs = (qint64(1) << 48) - 1;

// Process-wide generator state: the last value handed out.
struct V7State {
    std::mutex mutex;
    qint64 ms = -1;
    quint32 randA = 0; // 12 bits
    quint64 randB = 0; // 62 bits
};

V7State &state()
{
    static V7State s;
    return s;
}

QString generate(qint64 nowMs)
{
    nowMs = qBound(qint64(0), nowMs, kMaxMs);
    QRandomGenerator *rng = QRandomGenerator::system();
    qint64 ms;
    quint32 randA;
    quint64 randB;
    {
        V7State &s = state();
        std::lock_guard<std::mutex> lock(s.mutex);
        bool fresh = nowMs > s.ms;
        if (!fresh) {
            // Same millisecond or the clock went back: continue from the previous value.
            const quint64 step = 1 + (rng->generate() & 0x7FFFFFFF);
            const quint64 sum = s.randB + step;
            s.randB = sum & kRandBMask;
            if (sum > kRandBMask) {
                s.randA = s.randA + 1;
                if (s.randA > kRandAMask) {
                    // 74 bits exhausted within one millisecond: borrow the next millisecond.
                    nowMs = s.ms + 1;
                    fresh = true;
                }
            }
        }
        if (fresh) {
            s.ms = nowMs;
            // Top bit of rand_a clear leaves room for ~2^73 increments before the borrow above.
            s.randA = rng->generate() & 0x7FF;
            s.randB = rng->generate64() & kRandBMask;
        }
        ms = s.ms;
        randA = s.randA;
        randB = s.randB;
    }

    std::array<quint8, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = quint8(quint64(ms) >> (8 * (5 - i)));
    b[6] = quint8(0x70 | (randA >> 8));
    b[7] = quint8(randA);
    b[8] = quint8(0x80 | (randB >> 56));
    for (int i = 9; i < 16; ++i)
        b[size_t(i)] = quint8(randB >> (8 * (15 - i)));

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[b[size_t(i)] >> 4]));
        out.append(QLatin1Char(hex[b[size_t(i)] & 0xF]));
    }
    return out;
}

} // namespace

QString Uuid::v7()
{
    return generate(QDateTime::currentMSecsSinceEpoch());
}

QString Uuid::v7(const Clock &clock)
{
    return generate(clock.nowMs());
}

bool Uuid::isCanonical(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

qint64 Uuid::v7TimestampMs(const QString &text)
{
    if (!isCanonical(text) || text.at(14) != QLatin1Char('7'))
        return -1;
    const QString hex = text.left(8) + text.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace relasi
