#pragma once

namespace relasi {

class MainWindow;
class ServiceContext;

// Puts the CRM screens into the main window's sections (MainWindow::setSectionWidget). The one place that
// knows every screen class, so MainWindow itself does not depend on them. `services` outlives the screens.
void installSectionPages(MainWindow &window, ServiceContext &services);

} // namespace relasi
