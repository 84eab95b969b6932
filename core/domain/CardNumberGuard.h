#pragma once

#include <QString>

namespace relasi {

// Keeps payment card numbers (PANs) out of the database (DESIGN §4, PCI DSS scope): services refuse a
// payment reference, note or log body that contains one, and keep at most its last four digits.
//
// A card number here is 13–19 digits, written together or in groups separated by one space or dash
// ("4111 1111 1111 1111", "3782-822463-10005"; every group but the last has at least 4 digits), that
// passes the Luhn check. Not treated as card numbers: digits right after a '+' (an international phone
// number), digit strings starting with 0 (national phone numbers; no card number starts with 0), and
// parts of a longer unbroken digit string. Any Unicode decimal digits count (full-width too).
// A bare 13–19 digit international number without '+' can still pass Luhn by chance (1 in 10), which is
// why this guard belongs on payment and free-text fields, not on phone fields.
class CardNumberGuard
{
public:
    static bool containsCardNumber(const QString &text);

    // The last four digits of the first card number in text ("1111"), empty when there is none.
    static QString lastFour(const QString &text);

    // Luhn (mod 10) check over a string of ASCII digits; false for anything else or empty.
    static bool luhnValid(const QString &digits);
};

} // namespace relasi
