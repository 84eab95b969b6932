#include "main/SectionPages.h"

#include "main/MainWindow.h"
#include "services/ServiceContext.h"

namespace relasi {

void installSectionPages(MainWindow &window, ServiceContext &services)
{
    // One line per screen: window.setSectionWidget(MainWindow::XSection, new XPage(services, &window));
    Q_UNUSED(window);
    Q_UNUSED(services);
}

} // namespace relasi
