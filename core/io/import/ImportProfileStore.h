#pragma once

#include "common/Result.h"
#include "io/import/ImportProfile.h"

#include <QString>
#include <QStringList>

namespace relasi {

class ServiceContext;

// Import profiles saved by name in the workspace's settings table (key "import.profile.<name>", the profile's
// JSON), so a recurring file (a monthly export from another system) is mapped once. Saving needs the import
// permission; reading does not (the mapping is no customer data).
class ImportProfileStore
{
public:
    explicit ImportProfileStore(ServiceContext &ctx);

    // Saved names, sorted case-insensitively.
    Result<QStringList> names();
    // NotFound for an unknown name; Invalid when the stored JSON is no longer a valid profile.
    Result<ImportProfile> load(const QString &name);
    // Stores the profile under profile.name (replacing one of that name). Invalid for an empty name.
    Status save(const ImportProfile &profile);
    Status remove(const QString &name);

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
