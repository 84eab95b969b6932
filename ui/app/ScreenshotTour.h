#pragma once

#include <QString>

namespace relasi {

// `relasi --screenshots DIR`: walks through the first-run flow in English and Bahasa Indonesia with a
// throw-away workspace and settings, fills it with demo data (DemoGenerator), then shows the CRM screens
// (dashboard, customers, a customer's overview and timeline, logging an interaction, pipeline, tasks, users,
// audit log), and saves a PNG of every screen into DIR (docs/screenshots/).
class ScreenshotTour
{
public:
    static int run(const QString &outputDirectory);
};

} // namespace relasi
