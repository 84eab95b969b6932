#pragma once

#include "common/Result.h"

#include <QString>

namespace relasi {

class ServiceContext;

// The legal-hold flag of a customer (customers.legal_hold, a synced field): while set, ErasureService
// refuses to erase or anonymise the record and RetentionService skips it. Set and cleared by the owner only
// (Permission::EraseData, the same right as erasure itself); journalled and audited ("legal_hold_set" /
// "legal_hold_clear", customer id only: a reason given by the caller is never stored in the audit trail,
// which must hold no personal values).
class LegalHold
{
public:
    explicit LegalHold(ServiceContext &ctx);

    // Sets or clears the flag. NotFound; PermissionDenied. No-op (nothing audited) when already so.
    Status set(const QString &customerId, bool held);
    // Whether the customer is under hold (ReadRecords). NotFound.
    Result<bool> isHeld(const QString &customerId);

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
