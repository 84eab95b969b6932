#include "main/MainWindow.h"

#include "about/AboutDialog.h"
#include "app/AppSettings.h"
#include "main/EmptyStatePage.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace relasi {

namespace {
const char *const kSectionIcons[] = {":/relasi/icons/dashboard.svg", ":/relasi/icons/customers.svg",
                                     ":/relasi/icons/pipeline.svg", ":/relasi/icons/tasks.svg"};
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")));
    buildActions();
    buildCentral();
    buildStatusBar();
    retranslate();
    resize(1100, 720);
    if (const QByteArray geometry = AppSettings::mainWindowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = AppSettings::mainWindowState(); !state.isEmpty())
        restoreState(state);
    showSection(DashboardSection);
}

MainWindow::~MainWindow()
{
    saveGeometryState();
}

void MainWindow::buildActions()
{
    m_lockAction = new QAction(QIcon(QStringLiteral(":/relasi/icons/lock.svg")), QString(), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    m_settingsAction = new QAction(QIcon(QStringLiteral(":/relasi/icons/settings.svg")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/relasi/icons/info.svg")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, [this]() {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_settingsAction);
}

void MainWindow::buildCentral()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFixedWidth(200);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sectionStack"));
    for (int i = 0; i < SectionCount; ++i) {
        const QString icon = QLatin1String(kSectionIcons[i]);
        auto *item = new QListWidgetItem(QIcon(icon), QString(), m_nav);
        item->setSizeHint(QSize(0, 36));
        m_pages[i] = new EmptyStatePage(icon, m_stack);
        m_stack->addWidget(m_pages[i]);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    m_workspaceStatus = new QLabel(this);
    m_workspaceStatus->setObjectName(QStringLiteral("workspaceStatusLabel"));
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatusLabel"));
    m_lockStatus = new QLabel(this);
    m_lockStatus->setObjectName(QStringLiteral("lockStatusLabel"));
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    for (QLabel *label : {m_workspaceStatus, m_userStatus, m_lockStatus, m_syncStatus})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_workspaceStatus);
    statusBar()->addWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_lockStatus);
    statusBar()->addPermanentWidget(m_syncStatus);
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    retranslate();
}

void MainWindow::showSection(Section section)
{
    m_nav->setCurrentRow(section);
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(qMax(0, m_nav->currentRow()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometryState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveGeometryState()
{
    AppSettings::setMainWindowGeometry(saveGeometry());
    AppSettings::setMainWindowState(saveState());
}

void MainWindow::retranslate()
{
    QString name = m_workspace ? m_workspace->businessName() : QString();
    if (name.isEmpty() && m_workspace)
        name = QFileInfo(m_workspace->directory()).fileName();
    setWindowTitle(m_demo ? tr("%1 (demo) – Relasi").arg(name) : tr("%1 – Relasi").arg(name));

    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(tr("Lock the workspace (Ctrl+L)"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About Relasi"));
    m_quitAction->setText(tr("&Quit"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    const QString names[SectionCount] = {tr("Dashboard"), tr("Customers"), tr("Pipeline"), tr("Tasks")};
    for (int i = 0; i < SectionCount; ++i)
        m_nav->item(i)->setText(names[i]);
    m_nav->setAccessibleName(tr("Sections"));
    m_pages[DashboardSection]->setTexts(
        tr("Nothing to chart yet"),
        tr("Your pipeline, revenue and activities appear here once you add customers and deals."));
    m_pages[CustomersSection]->setTexts(tr("No customers yet"),
                                        tr("Import a CSV file or add your first customer."));
    m_pages[PipelineSection]->setTexts(tr("No deals yet"),
                                       tr("Deals you create for your customers are shown here by stage."));
    m_pages[TasksSection]->setTexts(tr("No tasks yet"),
                                    tr("Follow-ups and reminders you plan will be listed here by due date."));

    m_workspaceStatus->setText(m_demo ? tr("Workspace: %1 (demo)").arg(name) : tr("Workspace: %1").arg(name));
    m_userStatus->setText(tr("Signed in as %1").arg(m_workspace ? m_workspace->signedInEmail() : QString()));
    m_lockStatus->setText(tr("Unlocked"));
    m_lockStatus->setToolTip(tr("The workspace locks itself after a period of inactivity (see Settings)."));
    m_syncStatus->setText(tr("Offline"));
    m_syncStatus->setToolTip(tr("Synchronisation is not set up: all data stays on this computer."));
}

} // namespace relasi
