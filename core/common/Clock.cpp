#include "common/Clock.h"

#include <QDateTime>

namespace relasi {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace relasi
