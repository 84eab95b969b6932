#include "services/AuditService.h"

#include "services/ServiceContext.h"

namespace relasi {

AuditService::AuditService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<QList<AuditEntry>> AuditService::list(const AuditFilter &filter)
{
    if (Status s = m_ctx.require(Permission::ReadAudit, QStringLiteral("audit_log")); !s)
        return s.error();
    return m_ctx.audit().list(filter);
}

Result<AuditVerify> AuditService::verify()
{
    if (Status s = m_ctx.require(Permission::ReadAudit, QStringLiteral("audit_log")); !s)
        return s.error();
    return m_ctx.audit().verify();
}

} // namespace relasi
