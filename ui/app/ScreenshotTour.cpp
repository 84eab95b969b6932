#include "app/ScreenshotTour.h"

namespace relasi {

int ScreenshotTour::run(const QString &outputDirectory)
{
    Q_UNUSED(outputDirectory);
    return 1;
}

} // namespace relasi
