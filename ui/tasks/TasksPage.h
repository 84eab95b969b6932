#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTimer;
class QTreeView;

namespace relasi {

class ReminderScheduler;
class ServiceContext;
class TaskBucketProxy;
class TaskService;
class TasksDueModel;

// The Tasks screen: the signed-in user's open tasks in three lists (overdue, today, upcoming; owners and
// managers can show everyone's), ticking one (check box or Space) marks it done, Ctrl+N adds a task.
// While the app is open a timer asks ReminderScheduler each minute and announces newly due tasks in a
// system tray notification (when the platform has a tray).
class TasksPage : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPage(ServiceContext &services, QWidget *parent = nullptr);
    ~TasksPage() override;

    TasksDueModel *model() const { return m_model.get(); }
    QTreeView *view(int bucket) const { return m_views[bucket]; }
    // Marks the task done through TaskService; errors go to the page's message line.
    bool completeTask(const QString &taskId);

public Q_SLOTS:
    void newTask();
    // One reminder round (the timer calls it each minute). Returns how many tasks were announced.
    int checkReminders();

Q_SIGNALS:
    void reminderAnnounced(const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildModel();
    void updateCounts();
    void retranslate();

    ServiceContext &m_services;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<TasksDueModel> m_model;
    std::unique_ptr<ReminderScheduler> m_reminders;
    TaskBucketProxy *m_proxies[3] = {};
    QTreeView *m_views[3] = {};
    QLabel *m_headings[3] = {};
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QCheckBox *m_everyone = nullptr;
    QPushButton *m_newButton = nullptr;
    QTimer *m_reminderTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace relasi
