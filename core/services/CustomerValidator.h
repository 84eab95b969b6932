#pragma once

#include "common/Result.h"
#include "domain/Customer.h"

namespace relasi {

// Cleans and checks a customer before it is written: trims text, builds the display name, normalises
// contact points (phone/WhatsApp → E.164 in `region`, e-mail → lower-case validated address, website →
// lower case), folds tags into a set, and refuses notes holding a payment card number. Every refusal is
// ErrorCode::Invalid with a message that starts with the field's name ("email: …", "phone: …",
// "notes: …", "name: …"). Pure: no database.
class CustomerValidator
{
public:
    static Status normalize(Customer &c, const QString &region);
    static Status normalizeContact(ContactPoint &p, const QString &region);
    // The folded key of a tag (set membership), empty for a blank tag.
    static QString tagKey(const QString &tag);
};

} // namespace relasi
