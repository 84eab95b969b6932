#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QToolBar;

namespace relasi {

class EmptyStatePage;
class Workspace;

// The shell around the CRM screens: navigation on the left, the current screen, a status bar with the
// workspace, the signed-in user, the lock state and the sync state. It shows; the AppController decides
// (lock, settings changes). The Workspace is borrowed and must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { DashboardSection, CustomersSection, PipelineSection, TasksSection, SectionCount };

    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemo(bool demo);
    // Forget the borrowed Workspace (called on lock, before the workspace is destroyed).
    void releaseWorkspace() { m_workspace = nullptr; }
    void showSection(Section section);
    Section currentSection() const;
    QAction *lockAction() const { return m_lockAction; }

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

    Workspace *m_workspace = nullptr;
    bool m_demo = false;
    QAction *m_lockAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePage *m_pages[SectionCount] = {};
    QLabel *m_workspaceStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    QLabel *m_lockStatus = nullptr;
    QLabel *m_syncStatus = nullptr;
};

} // namespace relasi
