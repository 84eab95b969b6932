#include <catch2/catch.hpp>

#include "common/Clock.h"
#include "common/Uuid.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace relasi;

TEST_CASE("UUIDv7 has the canonical lower-case layout with version and variant bits", "[uuid]")
{
    static const QRegularExpression layout(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (int i = 0; i < 200; ++i) {
        const QString id = Uuid::v7();
        INFO(id.toStdString());
        REQUIRE(layout.match(id).hasMatch());
        REQUIRE(Uuid::isCanonical(id));
        const QUuid parsed(id);
        REQUIRE_FALSE(parsed.isNull());
        CHECK(id.at(14) == QLatin1Char('7')); // Qt 6.4's QUuid::version() predates version 7
        CHECK(parsed.variant() == QUuid::DCE);
        CHECK(parsed.toString(QUuid::WithoutBraces) == id);
    }
}

TEST_CASE("UUIDv7 carries the clock's milliseconds", "[uuid]")
{
    // A time far in the future, so the process-wide ordering state does not hold it back.
    ManualClock clock(4'000'000'000'000);
    const QString id = Uuid::v7(clock);
    CHECK(Uuid::v7TimestampMs(id) == 4'000'000'000'000);
    CHECK(id.startsWith(QStringLiteral("03a35294-4000-7")));
    CHECK(Uuid::v7TimestampMs(QStringLiteral("not a uuid")) == -1);
    CHECK(Uuid::v7TimestampMs(QUuid::createUuid().toString(QUuid::WithoutBraces)) == -1); // version 4
}

TEST_CASE("UUIDv7 values are strictly increasing within one millisecond and across them", "[uuid]")
{
    ManualClock frozen(4'100'000'000'000);
    QStringList ids;
    for (int i = 0; i < 5000; ++i)
        ids.append(Uuid::v7(frozen)); // all in one millisecond
    frozen.advanceMs(-60'000);        // and a clock that steps back
    for (int i = 0; i < 100; ++i)
        ids.append(Uuid::v7(frozen));
    frozen.advanceMs(120'000);
    for (int i = 0; i < 100; ++i)
        ids.append(Uuid::v7(frozen));
    for (int i = 1; i < ids.size(); ++i) {
        INFO(i);
        REQUIRE(ids.at(i - 1) < ids.at(i));
    }
    CHECK(Uuid::v7TimestampMs(ids.first()) == 4'100'000'000'000);
    CHECK(Uuid::v7TimestampMs(ids.last()) == 4'100'000'060'000);
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
}

TEST_CASE("isCanonical accepts only lower-case 8-4-4-4-12 hex", "[uuid]")
{
    CHECK(Uuid::isCanonical(QStringLiteral("0190a6c4-7d1e-7b3a-9f10-2c4d5e6f7a8b")));
    CHECK_FALSE(Uuid::isCanonical(QStringLiteral("0190A6C4-7D1E-7B3A-9F10-2C4D5E6F7A8B")));
    CHECK_FALSE(Uuid::isCanonical(QStringLiteral("{0190a6c4-7d1e-7b3a-9f10-2c4d5e6f7a8b}")));
    CHECK_FALSE(Uuid::isCanonical(QStringLiteral("0190a6c47d1e7b3a9f102c4d5e6f7a8b")));
    CHECK_FALSE(Uuid::isCanonical(QStringLiteral("0190a6c4-7d1e-7b3a-9f10-2c4d5e6f7a8g")));
    CHECK_FALSE(Uuid::isCanonical(QString()));
}
