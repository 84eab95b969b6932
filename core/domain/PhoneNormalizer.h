#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace relasi {

// Phone numbers for contact points (DESIGN §4), on top of libphonenumber (PhoneNumberUtil is a
// thread-safe singleton, so every function here is thread-safe). Regions are ISO 3166-1 alpha-2 codes
// ("ID", "SG", "DE"), case-insensitive; the business's default region is Indonesia.
//
// Cost: toE164 is ~10 µs per number (see bench/phone.cpp); a bulk import should run it on a worker
// beside the single database writer, not on the writer's thread.
class PhoneNormalizer
{
public:
    // The E.164 form ("+6281234567890") of a number typed in any usual format: "0812-3456-7890",
    // "+62 812 3456 7890", "(021) 555-1234", "0062 …", full-width digits. A number without a country
    // prefix is read in defaultRegion. Extensions are dropped. ErrorCode::Invalid when the text is not a
    // phone number or not a valid number for its country (the caller keeps the raw text as typed).
    static Result<QString> toE164(const QString &raw, const QString &defaultRegion = QStringLiteral("ID"));

    // For showing a stored E.164 number: national format ("0812-3456-7890") when the number belongs to
    // region's country, international format ("+65 6123 4567") otherwise. Unparsable input is returned
    // unchanged.
    static QString formatForDisplay(const QString &e164, const QString &region);

    // Digit strings to put in the search index for a stored E.164 number, so that it is found by a
    // prefix of any usual typed form: the international digits without '+' ("6281234567890"), the
    // national digits with the trunk prefix ("081234567890"), and for a number of another country than
    // region, the digits as dialled from region ("0016502530000" from Indonesia). Empty when unparsable.
    static QStringList searchDigitForms(const QString &e164, const QString &region);

    // The digits to search for (as a prefix of searchDigitForms()) from what the user typed so far:
    // "+62812-3" → "628123", "0812 3" → "08123", "+62 0812" → "62812" (a trunk prefix typed after the
    // country code of region is dropped). Empty when nothing phone-like was typed.
    static QString digitsForQuery(const QString &typed, const QString &region);

    // What a phone field should show while the user types (libphonenumber's AsYouTypeFormatter):
    // "08123456" → "0812-3456". Characters other than digits and a leading '+' are ignored.
    static QString formatAsYouType(const QString &typed, const QString &region);
};

} // namespace relasi
