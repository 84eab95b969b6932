#pragma once

#include <QString>

namespace relasi {

class Clock;

// Record identifiers (DESIGN §2): UUID version 7 (RFC 9562), time-ordered for index locality.
class Uuid
{
public:
    // A new UUIDv7 in lower-case canonical text ("0190a6c4-7d1e-7b3a-9f10-2c4d5e6f7a8b"):
    // 48-bit Unix milliseconds, version 7, 12 + 62 random bits (QRandomGenerator::system()), variant 10.
    // Within this process the values are strictly increasing, as text and as bytes: inside one
    // millisecond (or when the clock steps back) the previous value's random part is incremented by a
    // random amount instead of drawn afresh (RFC 9562 §6.2 method 3).
    static QString v7();
    // Same, with the millisecond taken from clock (the process-wide ordering still holds).
    static QString v7(const Clock &clock);

    // Lower-case canonical text of a UUID of any version (8-4-4-4-12 hex digits, lower case only).
    static bool isCanonical(const QString &text);

    // The Unix milliseconds carried by a canonical UUIDv7; -1 for anything else.
    static qint64 v7TimestampMs(const QString &text);
};

} // namespace relasi
