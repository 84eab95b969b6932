#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace relasi {

// What the id-only erasure markers (table erasures; ChangeJournal::erase) mean for a change arriving from
// another replica (docs/privacy.md, "Erasure markers and sync"). The sync engine asks before applying a
// remote mutation; nothing applies remote mutations yet, so these are the rules it must follow, tested now.
class ErasureMarkers
{
public:
    // A mutation of (entity, recordId), whatever its stamp, is refused when the record carries a marker:
    // a marker beats every edit of that id, earlier or later, forever.
    static Result<bool> refuses(QSqlDatabase &db, const QString &entity, const QString &recordId);

    // A "customer_tag" mutation of customer `customerId` (record id "customer id/tag key") stamped
    // (hlc, deviceId) is refused when
    //  - the customer itself was erased (marker "customer", customerId): always; or
    //  - the customer's tag set was erased (marker "customer_tag_set", customerId; erase and anonymise both
    //    write it) at a stamp that wins over the mutation's (Hlc::wins on (hlc, device)): a tag added on a
    //    stale replica before the erasure. A tag added after an anonymisation, with a later stamp, is a new
    //    edit of the anonymised customer and is accepted.
    static Result<bool> refusesTag(QSqlDatabase &db, const QString &customerId, qint64 hlc, const QString &deviceId);

    // The customer id of a "customer_tag" record id ("customer id/tag key"); empty when malformed.
    static QString tagCustomerId(const QString &tagRecordId);
};

} // namespace relasi
