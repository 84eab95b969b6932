#include "services/CustomerAccess.h"

#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

CustomerAccess::Memo::Memo(ServiceContext &ctx) : m_ctx(ctx)
{
    if (!m_ctx.accessMemo()) {
        m_ctx.setAccessMemo(&m_scopes);
        m_active = true;
    }
}

CustomerAccess::Memo::~Memo()
{
    if (m_active)
        m_ctx.setAccessMemo(nullptr);
}

Result<CustomerAccess::Scope> CustomerAccess::load(ServiceContext &ctx, const QString &customerId, bool mustBeAlive)
{
    QHash<QString, Scope> *memo = ctx.accessMemo();
    Scope s;
    if (const auto known = memo ? memo->constFind(customerId) : QHash<QString, Scope>::const_iterator();
        memo && known != memo->constEnd()) {
        s = *known;
    } else {
        QSqlQuery &q = ctx.cachedQuery(
            QStringLiteral("SELECT owner_id, cl, EXISTS (SELECT 1 FROM customer_shares s WHERE s.customer_id = c.id "
                           "AND s.user_id = ? AND s.cl % 2 = 1) FROM customers c WHERE c.id = ?"));
        q.bindValue(0, ctx.session().userId);
        q.bindValue(1, customerId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading a customer"));
        if (!q.next()) {
            q.finish();
            return Error(ErrorCode::NotFound, QStringLiteral("no customer with id %1").arg(customerId));
        }
        s.customerId = customerId;
        s.ownerId = q.value(0).toString();
        s.alive = q.value(1).toLongLong() % 2 == 1;
        s.shared = q.value(2).toBool();
        q.finish();
        if (memo)
            memo->insert(customerId, s);
    }
    if (mustBeAlive && !s.alive)
        return Error(ErrorCode::NotFound, QStringLiteral("customer %1 is deleted").arg(customerId));
    return s;
}

Status CustomerAccess::require(ServiceContext &ctx, Permission permission, const Scope &scope, const QString &entity,
                               const QString &entityId)
{
    RecordScope rs{scope.ownerId, scope.shared};
    if (scope.shared && permission != Permission::ReadRecords)
        rs.ownerId = ctx.session().userId;
    return ctx.require(permission, entity, entityId.isEmpty() ? scope.customerId : entityId, &rs);
}

Result<CustomerAccess::Scope> CustomerAccess::check(ServiceContext &ctx, Permission permission,
                                                    const QString &customerId, const QString &entity,
                                                    const QString &entityId, bool mustBeAlive)
{
    auto scope = load(ctx, customerId, mustBeAlive);
    if (!scope)
        return scope.error();
    if (Status s = require(ctx, permission, *scope, entity, entityId); !s)
        return s.error();
    return scope;
}

} // namespace relasi
