#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QToolBar;

namespace relasi {

class EmptyStatePage;
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

    // Signs the workspace's unlocking user in: builds the Session and the ServiceContext every screen
    // uses, then installs the section screens (installSectionPages). If the session cannot be built
    // (user disabled or missing) the sections stay empty and the error is shown in the status bar.
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemo(bool demo);
    // Forget the borrowed Workspace and the services over its connection (called on lock, before the
    // workspace is destroyed). Section screens are disabled from then on.
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
    Workspace *workspace() const { return m_workspace; }

    // Replaces a section's empty-state page by a screen (the window takes ownership). `emptyState`, when
    // given, is shown instead of the screen while `hasContent` says false (optional). Called by
    // installSectionPages().
    void setSectionWidget(Section section, QWidget *widget);
    QWidget *sectionWidget(Section section) const;

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();

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
    void recordScreenOpened(Section section);

    Workspace *m_workspace = nullptr;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ServiceContext> m_services;
    QString m_sessionError;
    RetentionRunner *m_retention = nullptr;
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
    QLabel *m_workspaceStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    QLabel *m_lockStatus = nullptr;
    QLabel *m_syncStatus = nullptr;
};

} // namespace relasi
