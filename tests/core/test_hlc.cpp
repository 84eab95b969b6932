#include <catch2/catch.hpp>

#include "common/Clock.h"
#include "sync/Hlc.h"

#include <QSet>

using namespace relasi;

namespace {
constexpr qint64 kT0 = 1'700'000'000'000; // 2023-11-14, Unix ms
constexpr qint64 kHour = 60 * 60 * 1000;
} // namespace

TEST_CASE("HLC packs 48-bit milliseconds and a 16-bit counter into one integer", "[hlc]")
{
    const qint64 h = Hlc::pack(kT0, 7);
    CHECK(Hlc::physicalMs(h) == kT0);
    CHECK(Hlc::counter(h) == 7);
    CHECK(Hlc::pack(kT0, 0xFFFF) < Hlc::pack(kT0 + 1, 0));
    CHECK(Hlc::pack(kT0, 1) > Hlc::pack(kT0, 0));
    CHECK(h > 0);
}

TEST_CASE("HLC tick follows the wall clock and counts within a millisecond", "[hlc]")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("dev-a"));
    const qint64 a = hlc.tick();
    CHECK(a == Hlc::pack(kT0, 0));
    const qint64 b = hlc.tick();
    CHECK(b == Hlc::pack(kT0, 1));
    clock.advanceMs(5);
    const qint64 c = hlc.tick();
    CHECK(c == Hlc::pack(kT0 + 5, 0));
    CHECK(hlc.last() == c);
}

TEST_CASE("HLC stays strictly monotonic when the wall clock jumps back by hours", "[hlc]")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("dev-a"));
    qint64 previous = hlc.tick();
    clock.advanceMs(-3 * kHour);
    for (int i = 0; i < 1000; ++i) {
        const qint64 next = hlc.tick();
        REQUIRE(next > previous);
        previous = next;
        if (i % 10 == 0)
            clock.advanceMs(1);
    }
    // Still on the old physical time: the counter carries it.
    CHECK(Hlc::physicalMs(previous) == kT0);
    // Once the wall clock overtakes again, the physical part follows it.
    clock.setNowMs(kT0 + kHour);
    CHECK(hlc.tick() == Hlc::pack(kT0 + kHour, 0));
}

TEST_CASE("HLC resumes above the last stamp persisted before a restart", "[hlc]")
{
    ManualClock clock(kT0 - kHour); // the laptop's clock went back while it was off
    const qint64 persisted = Hlc::pack(kT0, 42);
    Hlc hlc(clock, QStringLiteral("dev-a"), persisted);
    CHECK(hlc.tick() == Hlc::pack(kT0, 43));
}

TEST_CASE("HLC receive from a remote ahead by hours moves past it", "[hlc]")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("dev-a"));
    const qint64 local = hlc.tick();
    const qint64 remote = Hlc::pack(kT0 + 5 * kHour, 3);
    const qint64 merged = hlc.receive(remote);
    CHECK(merged > remote);
    CHECK(merged > local);
    CHECK(merged == Hlc::pack(kT0 + 5 * kHour, 4));
    // Later local events stay after the remote one although the wall clock is hours behind.
    clock.advanceMs(1000);
    const qint64 next = hlc.tick();
    CHECK(next > merged);
    CHECK(Hlc::physicalMs(next) == kT0 + 5 * kHour);
}

TEST_CASE("HLC receive covers each merge case", "[hlc]")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("dev-a"));

    SECTION("remote behind, wall clock ahead of both: counter resets")
    {
        hlc.tick();
        clock.advanceMs(10);
        CHECK(hlc.receive(Hlc::pack(kT0 - kHour, 9)) == Hlc::pack(kT0 + 10, 0));
    }
    SECTION("same millisecond everywhere: the larger counter plus one")
    {
        hlc.tick();
        hlc.tick(); // (kT0, 1)
        CHECK(hlc.receive(Hlc::pack(kT0, 7)) == Hlc::pack(kT0, 8));
        CHECK(hlc.receive(Hlc::pack(kT0, 2)) == Hlc::pack(kT0, 9));
    }
    SECTION("local ahead of remote and wall clock: local counter plus one")
    {
        clock.setNowMs(kT0 + 100);
        hlc.tick();
        clock.setNowMs(kT0);
        CHECK(hlc.receive(Hlc::pack(kT0 + 50, 9)) == Hlc::pack(kT0 + 100, 1));
    }
    SECTION("a nonsense negative remote stamp is ignored")
    {
        const qint64 before = hlc.tick();
        CHECK(hlc.receive(-5) > before);
    }
}

TEST_CASE("HLC counter overflow advances the millisecond part", "[hlc]")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("dev-a"), Hlc::pack(kT0, Hlc::maxCounter - 1));
    CHECK(hlc.tick() == Hlc::pack(kT0, Hlc::maxCounter));
    CHECK(hlc.tick() == Hlc::pack(kT0 + 1, 0));

    Hlc other(clock, QStringLiteral("dev-b"));
    const qint64 merged = other.receive(Hlc::pack(kT0, Hlc::maxCounter));
    CHECK(merged == Hlc::pack(kT0 + 1, 0));

    // 70,000 events inside one frozen millisecond stay distinct and ordered.
    Hlc busy(clock, QStringLiteral("dev-c"));
    qint64 previous = 0;
    for (int i = 0; i < 70000; ++i) {
        const qint64 next = busy.tick();
        REQUIRE(next > previous);
        previous = next;
    }
    CHECK(Hlc::physicalMs(previous) == kT0 + 1);
}

TEST_CASE("HLC ties between devices are broken by device id", "[hlc]")
{
    const qint64 t = Hlc::pack(kT0, 3);
    const QString a = QStringLiteral("device-a");
    const QString b = QStringLiteral("device-b");
    CHECK(Hlc::wins(t, b, t, a));
    CHECK_FALSE(Hlc::wins(t, a, t, b));
    // Exactly one side wins a tie; neither wins against itself.
    CHECK(Hlc::wins(t, a, t, b) != Hlc::wins(t, b, t, a));
    CHECK_FALSE(Hlc::wins(t, a, t, a));
    // The stamp decides before the device id.
    CHECK(Hlc::wins(t + 1, a, t, b));
    CHECK_FALSE(Hlc::wins(t, b, t + 1, a));
}

TEST_CASE("HLC stamps from two devices exchanging messages never collide or go back", "[hlc]")
{
    ManualClock clockA(kT0);
    ManualClock clockB(kT0 - 2 * kHour); // B's clock is two hours slow
    Hlc a(clockA, QStringLiteral("a"));
    Hlc b(clockB, QStringLiteral("b"));
    QSet<qint64> seenA;
    qint64 lastA = 0;
    qint64 lastB = 0;
    for (int i = 0; i < 500; ++i) {
        const qint64 sa = a.tick();
        const qint64 rb = b.receive(sa);
        REQUIRE(rb > sa);
        REQUIRE(rb > lastB);
        lastB = rb;
        const qint64 ra = a.receive(b.tick());
        REQUIRE(ra > lastA);
        lastA = ra;
        REQUIRE_FALSE(seenA.contains(ra));
        seenA.insert(ra);
        clockA.advanceMs(i % 3);
        clockB.advanceMs(i % 2);
    }
}
