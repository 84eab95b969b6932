#pragma once

#include "common/Result.h"
#include "services/Policy.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace relasi {

class ServiceContext;

// A to-do or reminder, optionally about a customer and/or a deal.
struct Task {
    QString id;
    QString customerId;  // optional; with a deal only, the deal's customer is filled in
    QString dealId;      // optional
    QString title;
    QString notes;         // free text; may be empty
    qint64 dueAt = 0;      // UTC ms; 0: no due date
    QString assigneeId;  // empty on add: the acting user
    qint64 reminderAt = 0; // UTC ms; 0: none
    qint64 doneAt = 0;     // 0: open
    qint64 createdAt = 0;

    bool isDone() const { return doneAt != 0; }
};

// Open tasks with a due date, split around `now` (listDue): due before now, due later today (in the given
// time zone), due after today. Each list ordered by due date.
struct TaskBuckets {
    QList<Task> overdue;
    QList<Task> today;
    QList<Task> upcoming;
};

// Tasks and reminders (docs/domain.md). A task linked to a customer (directly or through its deal) follows
// that customer's permissions (CustomerAccess); an unlinked task belongs to its assignee. Assigning a task
// to someone else needs ReassignOwner (owner, manager). Writes journal the changed fields (one outbox
// mutation), append one audit entry with field names and notify ("task", id).
class TaskService
{
public:
    explicit TaskService(ServiceContext &ctx);

    // The new id. Invalid: empty title, a payment card number in the title or notes, reminder after the due
    // date. NotFound: unknown customer, deal or assignee.
    Result<QString> add(const Task &task);
    // Sets done_at = now (no-op when done already) / clears it.
    Status complete(const QString &taskId);
    Status reopen(const QString &taskId);
    Result<Task> get(const QString &taskId);
    // The customer's live tasks (open first by due date, then done ones, newest first). ReadRecords on the
    // customer.
    Result<QList<Task>> listForCustomer(const QString &customerId);

    // Open tasks with a due date assigned to assigneeId (empty: the acting user), grouped. "Today" ends at
    // the next midnight of zone after now. A sales rep may only list their own tasks.
    Result<TaskBuckets> listDue(qint64 nowMs, const QString &assigneeId = {},
                                const QTimeZone &zone = QTimeZone::systemTimeZone());

    // Tasks assigned to assigneeId (empty: the acting user) in any state the filter asks for: dated and
    // undated, open and/or done. Open tasks first by due date (undated after dated), then done ones, most
    // recently done first. A sales rep may only list their own tasks.
    enum class Which { Open, Done, All };
    Result<QList<Task>> listAssigned(Which which, const QString &assigneeId = {});

private:
    Result<Task> load(const QString &taskId);
    // assigneeId, or the acting user when empty, after checking that the acting user may read their tasks.
    Result<QString> readableAssignee(const QString &assigneeId);
    Status checkTask(const Task &task, Permission permission);
    Status setDone(const QString &taskId, bool done);

    ServiceContext &m_ctx;
};

} // namespace relasi
