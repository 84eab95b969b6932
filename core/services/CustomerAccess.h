#pragma once

#include "common/Result.h"
#include "services/Policy.h"

#include <QString>

namespace relasi {

class ServiceContext;

// Permission checks for records that belong to a customer (communication logs, deals, tasks, consents).
// Such a record follows its customer: a sales rep may read and write the records of customers they own or
// that are shared with them (DESIGN §5), nobody else's. Denials are audited by ServiceContext::require.
class CustomerAccess
{
public:
    struct Scope {
        QString customerId;
        QString ownerId;     // the customer's owner
        bool shared = false; // shared with the acting user
        bool alive = true;
    };

    // The customer's owner and sharing. NotFound for an unknown id (and, with mustBeAlive, a deleted one).
    static Result<Scope> load(ServiceContext &ctx, const QString &customerId, bool mustBeAlive = true);

    // Checks `permission` on a record of entity/entityId belonging to the customer. For writes, a record of
    // a customer shared with the acting user counts as theirs: a rep logs calls and deals for the
    // customers they work on, whoever owns the customer record.
    static Status require(ServiceContext &ctx, Permission permission, const Scope &scope, const QString &entity,
                          const QString &entityId = {});

    // Loads the customer and checks the permission in one go.
    static Result<Scope> check(ServiceContext &ctx, Permission permission, const QString &customerId,
                               const QString &entity, const QString &entityId = {}, bool mustBeAlive = true);
};

} // namespace relasi
