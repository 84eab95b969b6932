#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QToolBar;

namespace relasi {

class EmptyStatePage;
class ReadWorker;
class RetentionRunner;
class ServiceContext;
class SystemClock;
class Workspace;

// The shell around the CRM screens: navigation on the left, the current screen, a status bar with the
// workspace, the signed-in user, the lock state and the sync state. It shows; the AppController decides
// (lock, settings changes). The Workspace is borrowed and must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Users and Audit are shown only to roles allowed to manage users / read the audit trail.
    enum Section {
        DashboardSection,
        CustomersSection,
        PipelineSection,
        TasksSection,
        UsersSection,
        AuditSection,
        SectionCount
    };

    // Builds a section's screen; called once, the first time the section is shown or asked for.
    using SectionFactory = std::function<QWidget *()>;

    // Signs the workspace's unlocking user in: builds the Session and the ServiceContext every screen
    // uses, then registers the section screens (installSectionPages) and opens on Customers. A screen is
    // built the first time its section is shown, so start-up pays for the Customers screen only. If the
    // session cannot be built (user disabled or missing) the sections stay empty and the error is shown
    // in the status bar.
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemo(bool demo);
    // Forget the borrowed Workspace and the services over its connection (called on lock, before the
    // workspace is destroyed, and by the destructor). Emits servicesReleasing() first, then deletes the
    // screens, the read worker and the retention runner; section screens are empty pages from then on.
    void releaseWorkspace();
    void showSection(Section section);
    Section currentSection() const;
    bool isSectionAvailable(Section section) const;
    QAction *lockAction() const { return m_lockAction; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QToolBar *toolBar() const { return m_toolBar; }
    // Null when no session could be built, and after releaseWorkspace().
    ServiceContext *services() const { return m_services.get(); }
    // Runs the screens' slow reads on a worker thread over its own connection (null when services() is).
    ReadWorker *readWorker() const { return m_reader; }
    Workspace *workspace() const { return m_workspace; }

    // Replaces a section's empty-state page by a screen (the window takes ownership).
    void setSectionWidget(Section section, QWidget *widget);
    // Registers how to build a section's screen; it is built (setSectionWidget) the first time the section
    // is shown or sectionWidget() asks for it. Called by installSectionPages().
    void setSectionFactory(Section section, SectionFactory factory);
    // The section's screen, built now if it was not yet; the empty-state page when there is none.
    QWidget *sectionWidget(Section section);
    // Whether the section's screen exists (false while it waits to be shown for the first time).
    bool isSectionBuilt(Section section) const;

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    // The services are about to go (lock, or the window closing): whatever holds them (the usage tracker,
    // hooks added to the window) finishes its work through them now and lets go.
    void servicesReleasing();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildCentral();
    void buildStatusBar();
    void retranslate();
    void saveGeometryState();

    void updateSectionVisibility();
    QWidget *ensureSection(Section section);
    void recordScreenOpened(Section section);

    Workspace *m_workspace = nullptr;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ServiceContext> m_services;
    QString m_sessionError;
    RetentionRunner *m_retention = nullptr;
    ReadWorker *m_reader = nullptr;
    bool m_demo = false;
    QAction *m_lockAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePage *m_pages[SectionCount] = {};
    QWidget *m_screens[SectionCount] = {};
    SectionFactory m_factories[SectionCount];
    QLabel *m_workspaceStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    QLabel *m_lockStatus = nullptr;
    QLabel *m_syncStatus = nullptr;
};

} // namespace relasi
