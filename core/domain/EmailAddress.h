#pragma once

#include "common/Result.h"

#include <QString>

namespace relasi {

// E-mail addresses of contact points and users (DESIGN §4).
class EmailAddress
{
public:
    static constexpr int maxLength = 254;     // RFC 5321 path limit minus the angle brackets
    static constexpr int maxLocalLength = 64; // RFC 5321 local-part limit

    // The normalised address: trimmed, the whole address lower-cased, the domain in its canonical
    // Unicode form (IDNA/UTS #46: "Bücher.DE" → "bücher.de", full-width characters mapped).
    //
    // Lower-casing the local part too: RFC 5321 allows a server to treat "Budi@" and "budi@" as
    // different mailboxes, but no mail provider in practical use does, and customers type their address
    // with arbitrary capitals; the normalised address is what duplicates are detected and searched by,
    // so "Budi.Santoso@Gmail.com" and "budi.santoso@gmail.com" must be one key. The raw value stays
    // stored beside it and is what mail is sent to.
    //
    // Accepted syntax (practical, not the full RFC 5322 grammar): one '@'; a local part of 1–64
    // characters without spaces, control characters or ()<>[]\,;:"@, not starting or ending with a dot and
    // without ".."; a domain of at least two dot-separated labels (a dot-free "budi@gmail" is almost
    // always a typo in a CRM), each 1–63 LDH characters in its ASCII (punycode) form, not starting or
    // ending with '-', the last one not all digits; at most 254 characters in all (ASCII domain form).
    // Quoted local parts and IP-literal domains are refused. ErrorCode::Invalid with the reason otherwise.
    static Result<QString> normalize(const QString &raw);
};

} // namespace relasi
