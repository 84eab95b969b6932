#include "main/SectionPages.h"

#include "admin/AuditPage.h"
#include "admin/UsersPage.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "import/ExportDialog.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "pipeline/PipelinePage.h"
#include "services/ServiceContext.h"
#include "tasks/TasksPage.h"

#include <QAction>
#include <QMenu>

namespace relasi {

namespace {

// File ▸ Import customers… / Export…, and the customers screen's drop of a .csv, open the import wizard.
void installImportExport(MainWindow &window, ServiceContext &services, CustomersPage *customers)
{
    auto openWizard = [&window, &services](const QString &path) {
        auto *wizard = new ImportWizard(services, path, &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    };
    QObject::connect(customers, &CustomersPage::importRequested, &window, openWizard);
    QAction *first = window.fileMenu()->actions().value(0);
    auto *importAction = new QAction(ImportWizard::tr("&Import customers…"), &window);
    importAction->setObjectName(QStringLiteral("importCustomersAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setEnabled(Policy::allows(services.session(), Permission::ImportCsv));
    QObject::connect(importAction, &QAction::triggered, &window, [openWizard] { openWizard(QString()); });
    window.fileMenu()->insertAction(first, importAction);
    auto *exportAction = new QAction(ExportDialog::tr("&Export…"), &window);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setEnabled(Policy::allows(services.session(), Permission::BulkExport));
    QObject::connect(exportAction, &QAction::triggered, &window, [&window, &services] {
        auto *dialog = new ExportDialog(services, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    window.fileMenu()->insertAction(first, exportAction);
    window.fileMenu()->insertSeparator(first);
}

} // namespace

void installSectionPages(MainWindow &window, ServiceContext &services)
{
    // One line per screen: window.setSectionWidget(MainWindow::XSection, new XPage(services, &window));
    window.setSectionWidget(MainWindow::DashboardSection, new DashboardPage(services, &window));
    window.setSectionWidget(MainWindow::PipelineSection, new PipelinePage(services, &window));
    auto *customers = new CustomersPage(services, &window);
    window.setSectionWidget(MainWindow::CustomersSection, customers);
    window.editMenu()->addActions(customers->editActions()); // Undo / Redo of the customer screens
    installImportExport(window, services, customers);
    window.setSectionWidget(MainWindow::TasksSection, new TasksPage(services, &window));
    if (Policy::allows(services.session(), Permission::ManageUsers))
        window.setSectionWidget(MainWindow::UsersSection, new UsersPage(services, window.workspace(), &window));
    if (Policy::allows(services.session(), Permission::ReadAudit))
        window.setSectionWidget(MainWindow::AuditSection, new AuditPage(services, &window));
}

} // namespace relasi
