#include "main/MainWindow.h"

#include "about/AboutDialog.h"
#include "common/RoleNames.h"
#include "app/AppSettings.h"
#include "common/Clock.h"
#include "main/EmptyStatePage.h"
#include "main/ReadWorker.h"
#include "main/RetentionRunner.h"
#include "main/SectionPages.h"
#include "privacy/DeviceRecord.h"
#include "privacy/PrivacyWindowHooks.h"
#include "privacy/UsageLog.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "workspace/SignInAttempts.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace relasi {

namespace {
const char *const kSectionIcons[] = {":/relasi/icons/dashboard.svg", ":/relasi/icons/customers.svg",
                                     ":/relasi/icons/pipeline.svg",  ":/relasi/icons/tasks.svg",
                                     ":/relasi/icons/users.svg",     ":/relasi/icons/audit.svg"};
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_clock(std::make_unique<SystemClock>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")));
    if (m_workspace && m_workspace->holdsKeyMaterial()) {
        QSqlDatabase db = m_workspace->database();
        auto session = SessionLoader::load(db, m_workspace->signedInUserId());
        if (session.ok()) {
            auto ctx = ServiceContext::create(db, session.value(), *m_clock);
            if (ctx.ok())
                m_services = std::move(ctx).value();
            else
                m_sessionError = ctx.error().message;
        } else {
            m_sessionError = session.error().message;
        }
        if (m_services) {
            // Wrong passwords since the last sign-in, kept outside the database until now; then this sign-in.
            (void)SignInAttempts::flushToAudit(m_workspace->directory(), *m_services);
            const Session &s = m_services->session();
            (void)m_services->audit().append(s.userId, QStringLiteral("sign_in"), QStringLiteral("user"), s.userId,
                                             QJsonObject{{QStringLiteral("via"), QStringLiteral("gui")}});
            // This device's record (id, OS, version, first/last seen), shown in Settings → Privacy.
            (void)DeviceRecord::touch(m_services->db(), m_clock->nowMs(), QStringLiteral(RELASI_VERSION));
        }
    }
    buildActions();
    buildCentral();
    buildStatusBar();
    if (m_services) {
        m_reader = new ReadWorker(m_workspace, m_services->session(), this);
        installSectionPages(*this, *m_services);
        // Retention rules, at most daily, a few seconds after sign-in and off the GUI thread.
        m_retention = new RetentionRunner(this);
        connect(m_retention, &RetentionRunner::finished, this, [this](bool, const QString &summary) {
            if (!summary.isEmpty())
                statusBar()->showMessage(summary, 15000);
        });
        const QString userId = m_services->session().userId;
        QTimer::singleShot(3000, m_retention, [this, userId]() {
            if (m_workspace && m_services)
                m_retention->startIfDue(m_workspace, userId);
        });
    }
    updateSectionVisibility();
    PrivacyWindowHooks::install(this); // File → Privacy centre…; opt-in usage analytics of time and actions
    retranslate();
    resize(1100, 720);
    if (const QByteArray geometry = AppSettings::mainWindowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = AppSettings::mainWindowState(); !state.isEmpty())
        restoreState(state);
    // The list of customers is what people come for; the other screens are built when first opened.
    showSection(CustomersSection);
}

MainWindow::~MainWindow()
{
    saveGeometryState();
    // The same order as a lock: everything holding the services lets go of them before m_services (a
    // member) goes; children are deleted only afterwards, by ~QWidget.
    releaseWorkspace();
}

void MainWindow::releaseWorkspace()
{
    Q_EMIT servicesReleasing();
    // The screens' models hold queries on the workspace's connection: they go now, before the workspace
    // closes it (a lock never starts from inside a screen's own signal, only from window actions/timers).
    // The read worker first: it waits for a running read and closes its own connection.
    delete m_reader;
    m_reader = nullptr;
    for (SectionFactory &factory : m_factories)
        factory = nullptr; // they hold the services
    for (int i = 0; i < SectionCount; ++i) {
        if (QWidget *screen = m_screens[i]) {
            m_screens[i] = nullptr;
            m_stack->removeWidget(screen);
            delete screen;
            m_stack->insertWidget(i, m_pages[i]);
        }
    }
    delete m_retention;
    m_retention = nullptr;
    // Dialogs opened over the window (settings, erasure, users…) may hold the services too: hide them now,
    // delete them once control is back in the event loop (one may be the caller of this lock).
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        dialog->hide();
        dialog->deleteLater();
    }
    m_services.reset();
    m_workspace = nullptr;
}

void MainWindow::setSectionWidget(Section section, QWidget *widget)
{
    if (section < 0 || section >= SectionCount || !widget)
        return;
    const int index = m_stack->indexOf(m_screens[section] ? m_screens[section] : m_pages[section]);
    QWidget *old = m_stack->widget(index);
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    if (old == m_screens[section])
        old->deleteLater();
    else
        old->hide();
    m_screens[section] = widget;
    if (m_nav->currentRow() == section)
        m_stack->setCurrentWidget(widget);
}

void MainWindow::setSectionFactory(Section section, SectionFactory factory)
{
    if (section < 0 || section >= SectionCount)
        return;
    m_factories[section] = std::move(factory);
    if (m_nav->currentRow() == section)
        m_stack->setCurrentWidget(ensureSection(section));
}

QWidget *MainWindow::ensureSection(Section section)
{
    if (!m_screens[section] && m_factories[section]) {
        // Taken out first: a factory that asks for its own section must not build it twice.
        const SectionFactory factory = std::move(m_factories[section]);
        m_factories[section] = nullptr;
        if (QWidget *screen = factory())
            setSectionWidget(section, screen);
    }
    return m_screens[section] ? m_screens[section] : m_pages[section];
}

QWidget *MainWindow::sectionWidget(Section section)
{
    if (section < 0 || section >= SectionCount)
        return nullptr;
    return ensureSection(section);
}

bool MainWindow::isSectionBuilt(Section section) const
{
    return section >= 0 && section < SectionCount && m_screens[section] != nullptr;
}

void MainWindow::recordScreenOpened(Section section)
{
    static const char *const kScreenNames[SectionCount] = {"dashboard", "customers", "pipeline",
                                                           "tasks",     "users",     "audit"};
    if (!m_services)
        return;
    // UsageLog records only after this user opted in (Settings → Privacy); otherwise this is a no-op.
    UsageLog usage(*m_services);
    (void)usage.screenOpened(QLatin1String(kScreenNames[section]));
}

bool MainWindow::isSectionAvailable(Section section) const
{
    if (section < 0 || section >= SectionCount)
        return false;
    return !m_nav->item(section)->isHidden();
}

void MainWindow::updateSectionVisibility()
{
    const bool users = m_services && Policy::allows(m_services->session(), Permission::ManageUsers);
    const bool audit = m_services && Policy::allows(m_services->session(), Permission::ReadAudit);
    m_nav->item(UsersSection)->setHidden(!users);
    m_nav->item(AuditSection)->setHidden(!audit);
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
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
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
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= SectionCount)
            return;
        m_stack->setCurrentWidget(ensureSection(static_cast<Section>(row)));
        recordScreenOpened(static_cast<Section>(row));
    });

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
    if (!isSectionAvailable(section))
        return;
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
    m_editMenu->setTitle(tr("&Edit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    const QString names[SectionCount] = {tr("Dashboard"), tr("Customers"), tr("Pipeline"),
                                         tr("Tasks"),     tr("Users"),     tr("Audit log")};
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
    m_pages[UsersSection]->setTexts(tr("Users"), tr("The people who work in this workspace and their roles."));
    m_pages[AuditSection]->setTexts(tr("Audit log"), tr("Every action taken in this workspace, in order."));

    m_workspaceStatus->setText(m_demo ? tr("Workspace: %1 (demo)").arg(name) : tr("Workspace: %1").arg(name));
    if (m_services) {
        const Session &session = m_services->session();
        m_userStatus->setText(tr("Signed in as %1 (%2)").arg(session.email, roleDisplayName(session.role)));
    } else if (!m_sessionError.isEmpty()) {
        m_userStatus->setText(tr("Not signed in: %1").arg(m_sessionError));
    } else {
        m_userStatus->setText(tr("Signed in as %1").arg(m_workspace ? m_workspace->signedInEmail() : QString()));
    }
    m_lockStatus->setText(tr("Unlocked"));
    m_lockStatus->setToolTip(tr("The workspace locks itself after a period of inactivity (see Settings)."));
    m_syncStatus->setText(tr("Offline"));
    m_syncStatus->setToolTip(tr("Synchronisation is not set up: all data stays on this computer."));
}

} // namespace relasi
