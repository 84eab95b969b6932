#pragma once

#include <QString>

namespace relasi {

// `relasi --screenshots DIR`: walks through the first-run flow in English and Bahasa Indonesia with a
// throw-away workspace and settings, and saves a PNG of every screen into DIR (docs/screenshots/).
class ScreenshotTour
{
public:
    static int run(const QString &outputDirectory);
};

} // namespace relasi
