#include "main/SectionPages.h"

#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "pipeline/PipelinePage.h"
#include "services/ServiceContext.h"

#include <QMenu>

namespace relasi {

void installSectionPages(MainWindow &window, ServiceContext &services)
{
    // One line per screen: window.setSectionWidget(MainWindow::XSection, new XPage(services, &window));
    window.setSectionWidget(MainWindow::DashboardSection, new DashboardPage(services, &window));
    window.setSectionWidget(MainWindow::PipelineSection, new PipelinePage(services, &window));
    auto *customers = new CustomersPage(services, &window);
    window.setSectionWidget(MainWindow::CustomersSection, customers);
    window.editMenu()->addActions(customers->editActions()); // Undo / Redo of the customer screens
}

} // namespace relasi
