#pragma once

#include "common/Result.h"
#include "services/Policy.h"

#include <QHash>
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

    // While a Memo is open on a context, load() reads each customer's owner, sharing and state once and
    // remembers it: for a batch that adds many records to the customers it made or reads, and changes no
    // customer's owner, sharing or deletion while the memo is open (the demo generator). The permission is
    // still checked on every call (require(): a denial is audited and returned as always); only the read of
    // the customer row is saved. An unknown customer is not remembered. Memos do not nest: an inner one is
    // a no-op. Open it on the context's own thread and close it (RAII) before such a change.
    class Memo
    {
    public:
        explicit Memo(ServiceContext &ctx);
        ~Memo();
        Memo(const Memo &) = delete;
        Memo &operator=(const Memo &) = delete;

    private:
        ServiceContext &m_ctx;
        QHash<QString, Scope> m_scopes;
        bool m_active = false;
    };
};

} // namespace relasi
