#include "services/ServiceContext.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

ServiceContext::ServiceContext(QSqlDatabase db, const Session &session, const Clock &clock, qint64 lastHlc)
    : m_db(db), m_session(session), m_clock(clock), m_hlc(clock, session.deviceId, lastHlc), m_audit(db, clock),
      m_journal(db, m_hlc, clock, session.deviceId)
{
}

Result<std::unique_ptr<ServiceContext>> ServiceContext::create(QSqlDatabase db, const Session &session,
                                                               const Clock &clock)
{
    if (session.deviceId.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("the session has no device id"));
    auto last = ChangeJournal::loadLastHlc(db);
    if (!last)
        return last.error();
    std::unique_ptr<ServiceContext> ctx(new ServiceContext(db, session, clock, *last));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT country FROM business_profile WHERE id = 1")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the business profile"));
    if (q.next() && !q.value(0).toString().isEmpty())
        ctx->m_defaultRegion = q.value(0).toString();
    return ctx;
}

QSqlQuery &ServiceContext::cachedQuery(const QString &sql)
{
    CachedQuery &c = m_queries[sql];
    if (!c.query) {
        c.query = std::make_unique<QSqlQuery>(m_db);
        c.query->setForwardOnly(true);
    }
    if (!c.prepared)
        c.prepared = c.query->prepare(sql);
    return *c.query;
}

Status ServiceContext::require(Permission permission, const QString &entity, const QString &entityId,
                               const RecordScope *scope)
{
    Status s = Policy::check(m_session, permission, scope);
    if (s)
        return s;
    QJsonObject details;
    details.insert(QStringLiteral("permission"), permissionName(permission));
    details.insert(QStringLiteral("role"), roleName(m_session.role));
    auto logged = m_audit.append(m_session.userId, QStringLiteral("permission_denied"), entity, entityId, details);
    if (!logged)
        qCWarning(lcServices) << "could not audit a denied call:" << logged.error().message;
    return s;
}

} // namespace relasi
