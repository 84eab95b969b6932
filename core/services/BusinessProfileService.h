#pragma once

#include "common/Result.h"

#include <QString>

namespace relasi {

class ServiceContext;

struct BusinessProfile {
    QString name;
    QString address;
    QString taxId;    // NPWP in Indonesia
    QString currency; // ISO 4217, upper case
    QString country;  // ISO 3166-1 alpha-2, upper case: default region for phone numbers
    QString locale;   // "id_ID"
    qint64 updatedAt = 0;
};

// The one business_profile row. Everyone signed in may read it; only the owner may change it
// (Permission::ConfigureSettings).
class BusinessProfileService
{
public:
    explicit BusinessProfileService(ServiceContext &ctx);

    Result<BusinessProfile> get();
    // Invalid for a malformed currency (not 3 letters) or country (not 2 letters). Journaled (entity
    // "business_profile", record id "1") and audited with the changed field names. The context's
    // defaultRegion() follows the new country, already when the notifier announces the change.
    Status update(const BusinessProfile &profile);

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
