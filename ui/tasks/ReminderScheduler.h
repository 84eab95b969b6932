#pragma once

#include "services/TaskService.h"

#include <QList>
#include <QSet>

namespace relasi {

class Clock;

// Decides which of the signed-in user's tasks to announce (tray notification) while the app is open: a task
// is announced once, when its reminder time (reminder_at, or else its due time) passes after the scheduler
// started. Tasks already overdue at start are not announced (the Overdue list shows them). No widgets, no
// timer: the Tasks page asks takeDue() every minute, tests ask it after moving a ManualClock.
class ReminderScheduler
{
public:
    ReminderScheduler(TaskService &tasks, const Clock &clock);

    // Open tasks whose reminder time is in (start, now] and that were not announced before; each task is
    // returned by one call only. Empty on a service error.
    QList<Task> takeDue();
    qint64 startedAtMs() const { return m_startMs; }

    // The moment a task is announced at: its reminder, or its due time when it has no reminder (0: never).
    static qint64 announceAt(const Task &task);

private:
    TaskService &m_tasks;
    const Clock &m_clock;
    qint64 m_startMs = 0;
    QSet<QString> m_announced;
};

} // namespace relasi
