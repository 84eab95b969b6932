#include "services/TaskService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/CardNumberGuard.h"
#include "services/CustomerAccess.h"
#include "services/RowWriter.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

const QString kTask = QStringLiteral("task");
const char *const kTaskColumns =
    "id, customer_id, deal_id, title, due_at, assignee_id, reminder_at, done_at, created_at, notes";

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toString();
    t.customerId = q.value(1).toString();
    t.dealId = q.value(2).toString();
    t.title = q.value(3).toString();
    t.dueAt = q.value(4).toLongLong();
    t.assigneeId = q.value(5).toString();
    t.reminderAt = q.value(6).toLongLong();
    t.doneAt = q.value(7).toLongLong();
    t.createdAt = q.value(8).toLongLong();
    t.notes = q.value(9).toString();
    return t;
}

// The live tasks matching `condition` (SQL after "WHERE", one bound value), in its ORDER BY.
Result<QList<Task>> selectTasks(const QSqlDatabase &db, const QString &condition, const QString &boundValue,
                                const QString &what)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM tasks WHERE cl % 2 = 1 AND %2").arg(QLatin1String(kTaskColumns), condition));
    q.addBindValue(boundValue);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), what);
    QList<Task> out;
    while (q.next())
        out << taskFrom(q);
    return out;
}

} // namespace

TaskService::TaskService(ServiceContext &ctx) : m_ctx(ctx) {}

// The permission on a task: through its customer when linked, otherwise the assignee is the owner.
Status TaskService::checkTask(const Task &task, Permission p)
{
    if (!task.customerId.isEmpty()) {
        auto scope = CustomerAccess::load(m_ctx, task.customerId, false);
        if (!scope)
            return scope.error();
        return CustomerAccess::require(m_ctx, p, *scope, kTask, task.id);
    }
    const RecordScope scope{task.assigneeId, false};
    return m_ctx.require(p, kTask, task.id, &scope);
}

Result<Task> TaskService::load(const QString &taskId)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM tasks WHERE id = ? AND cl % 2 = 1").arg(QLatin1String(kTaskColumns));
    QSqlQuery &q = m_ctx.cachedQuery(sql);
    q.bindValue(0, taskId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a task"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no task with id %1").arg(taskId));
    Task t = taskFrom(q);
    q.finish();
    return t;
}

Result<QString> TaskService::add(const Task &task)
{
    const Session &me = m_ctx.session();
    Task t = task;
    if (t.assigneeId.isEmpty())
        t.assigneeId = me.userId;
    if (!t.dealId.isEmpty()) {
        QSqlQuery &q = m_ctx.cachedQuery(QStringLiteral("SELECT customer_id FROM deals WHERE id = ? AND cl % 2 = 1"));
        q.bindValue(0, t.dealId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading a deal"));
        if (!q.next())
            return Error(ErrorCode::NotFound, QStringLiteral("deal: no deal with id %1").arg(t.dealId));
        const QString dealCustomer = q.value(0).toString();
        q.finish();
        if (t.customerId.isEmpty())
            t.customerId = dealCustomer;
        else if (t.customerId != dealCustomer)
            return Error(ErrorCode::Invalid, QStringLiteral("deal: the deal belongs to another customer"));
    }
    if (!t.customerId.isEmpty()) {
        auto scope = CustomerAccess::check(m_ctx, Permission::CreateRecords, t.customerId, kTask);
        if (!scope)
            return scope.error();
    } else {
        const RecordScope own{me.userId, false};
        if (Status s = m_ctx.require(Permission::CreateRecords, kTask, {}, &own); !s)
            return s.error();
    }
    if (t.assigneeId != me.userId) {
        if (Status s = m_ctx.require(Permission::ReassignOwner, kTask); !s)
            return s.error();
    }
    t.title = t.title.trimmed();
    if (t.title.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("title: a task needs a title"));
    for (const auto &[name, text] : {std::pair{"title", &t.title}, std::pair{"notes", &t.notes}}) {
        if (CardNumberGuard::containsCardNumber(*text))
            return Error(ErrorCode::Invalid,
                         QStringLiteral("%1: contains a payment card number; store only its last four digits")
                             .arg(QLatin1String(name)));
    }
    if (t.reminderAt > 0 && t.dueAt > 0 && t.reminderAt > t.dueAt)
        return Error(ErrorCode::Invalid, QStringLiteral("reminder_at: the reminder is after the due date"));
    {
        QSqlQuery &q = m_ctx.cachedQuery(QStringLiteral("SELECT active FROM users WHERE id = ?"));
        q.bindValue(0, t.assigneeId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading a user"));
        const bool active = q.next() && q.value(0).toBool();
        q.finish();
        if (!active)
            return Error(ErrorCode::NotFound, QStringLiteral("assignee: no active user with id %1").arg(t.assigneeId));
    }

    const qint64 now = m_ctx.clock().nowMs();
    const QString id = Uuid::v7(m_ctx.clock());
    const QVariantMap fields{{QStringLiteral("customer_id"), RowWriter::orNull(t.customerId)},
                             {QStringLiteral("deal_id"), RowWriter::orNull(t.dealId)},
                             {QStringLiteral("title"), t.title},
                             {QStringLiteral("notes"), t.notes.isNull() ? QStringLiteral("") : t.notes},
                             {QStringLiteral("due_at"), RowWriter::msOrNull(t.dueAt)},
                             {QStringLiteral("assignee_id"), t.assigneeId},
                             {QStringLiteral("reminder_at"), RowWriter::msOrNull(t.reminderAt)},
                             {QStringLiteral("done_at"), QVariant()}};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    if (Status s = RowWriter::insertNew(m_ctx, kTask, QStringLiteral("tasks"), id, t.customerId, fields, now); !s)
        return s.error();
    tx.touched(kTask, id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status TaskService::setDone(const QString &taskId, bool done)
{
    auto t = load(taskId);
    if (!t)
        return t.error();
    if (Status s = checkTask(*t, Permission::EditRecords); !s)
        return s;
    if (t->isDone() == done)
        return {};
    const qint64 now = m_ctx.clock().nowMs();
    const QVariantMap changed{{QStringLiteral("done_at"), done ? QVariant(now) : QVariant()}};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    if (Status s = RowWriter::update(m_ctx, QStringLiteral("tasks"), taskId, changed, now); !s)
        return s;
    if (auto j = m_ctx.journal().upsert(kTask, taskId, t->customerId, changed); !j)
        return j.error();
    QJsonObject details;
    details.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("done_at")});
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, done ? QStringLiteral("complete") : QStringLiteral("reopen"),
                                      kTask, taskId, details);
        !a)
        return a.error();
    tx.touched(kTask, taskId);
    return tx.commit();
}

Status TaskService::complete(const QString &taskId)
{
    return setDone(taskId, true);
}

Status TaskService::reopen(const QString &taskId)
{
    return setDone(taskId, false);
}

Result<Task> TaskService::get(const QString &taskId)
{
    auto t = load(taskId);
    if (!t)
        return t.error();
    if (Status s = checkTask(*t, Permission::ReadRecords); !s)
        return s.error();
    return t;
}

Result<QList<Task>> TaskService::listForCustomer(const QString &customerId)
{
    if (auto scope = CustomerAccess::check(m_ctx, Permission::ReadRecords, customerId, kTask, {}, false); !scope)
        return scope.error();
    return selectTasks(m_ctx.db(),
                       QStringLiteral("customer_id = ? ORDER BY done_at IS NOT NULL, "
                                      "CASE WHEN done_at IS NULL THEN due_at IS NULL END, due_at, done_at DESC, id"),
                       customerId, QStringLiteral("listing a customer's tasks"));
}

Result<QString> TaskService::readableAssignee(const QString &assigneeId)
{
    const QString assignee = assigneeId.isEmpty() ? m_ctx.session().userId : assigneeId;
    const RecordScope scope{assignee, false};
    if (Status s = m_ctx.require(Permission::ReadRecords, kTask, {}, &scope); !s)
        return s.error();
    return assignee;
}

Result<QList<Task>> TaskService::listAssigned(Which which, const QString &assigneeId)
{
    auto assignee = readableAssignee(assigneeId);
    if (!assignee)
        return assignee.error();
    QString condition;
    switch (which) {
    case Which::Open:
        condition = QStringLiteral("done_at IS NULL ORDER BY due_at IS NULL, due_at, id");
        break;
    case Which::Done:
        condition = QStringLiteral("done_at IS NOT NULL ORDER BY done_at DESC, id");
        break;
    case Which::All:
        condition = QStringLiteral("1 ORDER BY done_at IS NOT NULL, CASE WHEN done_at IS NULL THEN due_at IS NULL END, "
                                   "CASE WHEN done_at IS NULL THEN due_at END, done_at DESC, id");
        break;
    }
    return selectTasks(m_ctx.db(), QStringLiteral("assignee_id = ? AND ") + condition, *assignee,
                       QStringLiteral("listing tasks"));
}

Result<TaskBuckets> TaskService::listDue(qint64 nowMs, const QString &assigneeId, const QTimeZone &zone)
{
    auto readable = readableAssignee(assigneeId);
    if (!readable)
        return readable.error();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const qint64 endOfToday = QDateTime(now.date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

    auto open = selectTasks(m_ctx.db(),
                            QStringLiteral("assignee_id = ? AND done_at IS NULL AND due_at IS NOT NULL "
                                           "ORDER BY due_at, id"),
                            *readable, QStringLiteral("listing tasks"));
    if (!open)
        return open.error();
    TaskBuckets out;
    for (const Task &t : *open) {
        if (t.dueAt < nowMs)
            out.overdue << t;
        else if (t.dueAt < endOfToday)
            out.today << t;
        else
            out.upcoming << t;
    }
    return out;
}

} // namespace relasi
