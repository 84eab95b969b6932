#include "main/SectionPages.h"

#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "pipeline/PipelinePage.h"
#include "services/ServiceContext.h"

namespace relasi {

void installSectionPages(MainWindow &window, ServiceContext &services)
{
    // One line per screen: window.setSectionWidget(MainWindow::XSection, new XPage(services, &window));
    window.setSectionWidget(MainWindow::DashboardSection, new DashboardPage(services, &window));
    window.setSectionWidget(MainWindow::PipelineSection, new PipelinePage(services, &window));
}

} // namespace relasi
