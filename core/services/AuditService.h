#pragma once

#include "common/Result.h"
#include "services/AuditLog.h"

namespace relasi {

class ServiceContext;

// The audit trail for people: listing and verifying need Permission::ReadAudit (owner, manager).
class AuditService
{
public:
    explicit AuditService(ServiceContext &ctx);

    Result<QList<AuditEntry>> list(const AuditFilter &filter = {});
    Result<AuditVerify> verify();

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
