#pragma once

namespace relasi {

class MainWindow;
class ServiceContext;

// Registers the CRM screens with the main window (MainWindow::setSectionFactory: each is built when its
// section is first shown) and the File menu's import/export actions. The one place that
// knows every screen class, so MainWindow itself does not depend on them. `services` outlives the screens.
void installSectionPages(MainWindow &window, ServiceContext &services);

} // namespace relasi
