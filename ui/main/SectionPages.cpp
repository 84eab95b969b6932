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

void openImportWizard(MainWindow &window, ServiceContext &services, const QString &path)
{
    auto *wizard = new ImportWizard(services, path, &window);
    wizard->setWorkspace(window.workspace()); // the run goes to a worker connection
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

// File ▸ Import customers… / Export… (the customers screen's drop of a .csv opens the wizard too).
void installImportExport(MainWindow &window, ServiceContext &services)
{
    QAction *first = window.fileMenu()->actions().value(0);
    auto *importAction = new QAction(ImportWizard::tr("&Import customers…"), &window);
    importAction->setObjectName(QStringLiteral("importCustomersAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setEnabled(Policy::allows(services.session(), Permission::ImportCsv));
    QObject::connect(importAction, &QAction::triggered, &window,
                     [&window, &services] { openImportWizard(window, services, QString()); });
    window.fileMenu()->insertAction(first, importAction);
    auto *exportAction = new QAction(ExportDialog::tr("&Export…"), &window);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setEnabled(Policy::allows(services.session(), Permission::BulkExport));
    QObject::connect(exportAction, &QAction::triggered, &window, [&window, &services] {
        auto *dialog = new ExportDialog(services, window.workspace(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    window.fileMenu()->insertAction(first, exportAction);
    window.fileMenu()->insertSeparator(first);
}

} // namespace

void installSectionPages(MainWindow &window, ServiceContext &services)
{
    // One line per screen: window.setSectionFactory(MainWindow::XSection, [&] { return new XPage(…); });
    // Each screen is built the first time its section is shown (MainWindow opens on Customers).
    installImportExport(window, services);
    window.setSectionFactory(MainWindow::CustomersSection, [&window, &services]() -> QWidget * {
        auto *customers = new CustomersPage(services, &window);
        window.editMenu()->addActions(customers->editActions()); // Undo / Redo of the customer screens
        QObject::connect(customers, &CustomersPage::importRequested, &window,
                         [&window, &services](const QString &path) { openImportWizard(window, services, path); });
        return customers;
    });
    window.setSectionFactory(MainWindow::DashboardSection, [&window, &services]() -> QWidget * {
        return new DashboardPage(services, window.readWorker(), &window);
    });
    window.setSectionFactory(MainWindow::PipelineSection,
                             [&window, &services]() -> QWidget * { return new PipelinePage(services, window.readWorker(), &window); });
    window.setSectionFactory(MainWindow::TasksSection,
                             [&window, &services]() -> QWidget * { return new TasksPage(services, &window); });
    if (Policy::allows(services.session(), Permission::ManageUsers))
        window.setSectionFactory(MainWindow::UsersSection, [&window, &services]() -> QWidget * {
            return new UsersPage(services, window.workspace(), &window);
        });
    if (Policy::allows(services.session(), Permission::ReadAudit))
        window.setSectionFactory(MainWindow::AuditSection,
                                 [&window, &services]() -> QWidget * { return new AuditPage(services, &window); });
}

} // namespace relasi
