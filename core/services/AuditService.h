#pragma once

#include "common/Result.h"
#include "services/AuditLog.h"

#include <QStringList>

class QIODevice;

namespace relasi {

class ServiceContext;

// The audit trail for people: listing, verifying and exporting need Permission::ReadAudit (owner, manager).
class AuditService
{
public:
    explicit AuditService(ServiceContext &ctx);

    // Newest first, one page (filter.limit; page on with filter.beforeSeq = the last seq returned).
    Result<QList<AuditEntry>> list(const AuditFilter &filter = {});
    Result<AuditVerify> verify();

    // The distinct action names in the log, sorted (for a filter list).
    Result<QStringList> actions();

    // Every entry matching filter (its limit and beforeSeq are ignored), newest first, as CSV through
    // CsvWriter (header: seq, at_utc, user_id, user_email, action, entity, entity_id, details, hash). The
    // export itself is audited ("export", entity "audit_log", with the row count) once the rows are written.
    // Returns the number of entries written.
    Result<qint64> exportCsv(QIODevice *device, const AuditFilter &filter = {});

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
