#include "main/SectionPages.h"

#include "admin/AuditPage.h"
#include "admin/UsersPage.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "pipeline/PipelinePage.h"
#include "services/ServiceContext.h"
#include "tasks/TasksPage.h"

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
    window.setSectionWidget(MainWindow::TasksSection, new TasksPage(services, &window));
    if (Policy::allows(services.session(), Permission::ManageUsers))
        window.setSectionWidget(MainWindow::UsersSection, new UsersPage(services, window.workspace(), &window));
    if (Policy::allows(services.session(), Permission::ReadAudit))
        window.setSectionWidget(MainWindow::AuditSection, new AuditPage(services, &window));
}

} // namespace relasi
