#include "app/UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initRelasiQrc()
{
    Q_INIT_RESOURCE(relasi);
}

namespace relasi {

void initUiResources()
{
    static const bool done = [] {
        initRelasiQrc();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace relasi
