#include "tasks/ReminderScheduler.h"

#include "common/Clock.h"

namespace relasi {

ReminderScheduler::ReminderScheduler(TaskService &tasks, const Clock &clock)
    : m_tasks(tasks), m_clock(clock), m_startMs(clock.nowMs())
{
}

qint64 ReminderScheduler::announceAt(const Task &task)
{
    return task.reminderAt > 0 ? task.reminderAt : task.dueAt;
}

QList<Task> ReminderScheduler::takeDue()
{
    const qint64 now = m_clock.nowMs();
    auto buckets = m_tasks.listDue(now);
    if (!buckets)
        return {};
    QList<Task> out;
    for (const QList<Task> *list : {&buckets->overdue, &buckets->today, &buckets->upcoming}) {
        for (const Task &t : *list) {
            const qint64 at = announceAt(t);
            if (at <= m_startMs || at > now || m_announced.contains(t.id))
                continue;
            m_announced.insert(t.id);
            out << t;
        }
    }
    return out;
}

} // namespace relasi
