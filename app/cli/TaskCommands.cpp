// relasi-cli task add|done|list: to-dos and reminders
#include "Cli.h"
#include "RecordJson.h"

#include "common/Clock.h"
#include "services/ServiceContext.h"
#include "services/TaskService.h"

#include <QJsonArray>

namespace relasi::cli {

namespace {

int cmdTaskAdd(Context &ctx)
{
    Task t;
    t.title = ctx.value(QStringLiteral("title")).trimmed();
    if (t.title.isEmpty())
        return ctx.usage(QStringLiteral("task add needs --title T"));
    if (!ctx.value(QStringLiteral("notes")).isEmpty()) {
        // The tasks table has no notes column yet: refuse rather than drop what the user wrote.
        return ctx.usage(QStringLiteral("--notes: task notes are not stored by this version; put the detail in "
                                        "--title or log it with `log add --channel note`"));
    }
    t.customerId = ctx.value(QStringLiteral("customer")).trimmed();
    if (!timeOption(ctx, QStringLiteral("due"), &t.dueAt))
        return ctx.exitCode();
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    if (ctx.isSet(QStringLiteral("assignee"))) {
        auto assignee = userIdForEmail(*services, ctx.value(QStringLiteral("assignee")));
        if (!assignee)
            return ctx.fail(assignee.error());
        t.assigneeId = *assignee;
    }
    TaskService tasks(*services);
    auto id = tasks.add(t);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("id"), *id}});
    else
        ctx.out() << *id << "\n";
    return 0;
}

int cmdTaskDone(Context &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one task ID"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    TaskService tasks(*services);
    const QString id = ctx.arguments().constFirst();
    Status s = tasks.complete(id);
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("ok"), true}});
    return 0;
}

int cmdTaskList(Context &ctx)
{
    const QString due = ctx.isSet(QStringLiteral("due")) ? ctx.value(QStringLiteral("due")).trimmed().toLower()
                                                         : QStringLiteral("all");
    const QStringList buckets {QStringLiteral("overdue"), QStringLiteral("today"), QStringLiteral("upcoming")};
    if (due != QLatin1String("all") && !buckets.contains(due))
        return ctx.usage(QStringLiteral("--due must be overdue, today, upcoming or all"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    QString assigneeId;
    if (ctx.isSet(QStringLiteral("assignee"))) {
        auto assignee = userIdForEmail(*services, ctx.value(QStringLiteral("assignee")));
        if (!assignee)
            return ctx.fail(assignee.error());
        assigneeId = *assignee;
    }
    TaskService tasks(*services);
    auto grouped = tasks.listDue(services->clock().nowMs(), assigneeId);
    if (!grouped)
        return ctx.fail(grouped.error());
    const QList<Task> *lists[] = {&grouped->overdue, &grouped->today, &grouped->upcoming};
    const QHash<QString, QString> emails = userEmails(*services);
    QJsonArray arr;
    for (int i = 0; i < 3; ++i) {
        if (due != QLatin1String("all") && due != buckets.at(i))
            continue;
        for (const Task &t : *lists[i]) {
            if (ctx.json()) {
                arr.append(taskJson(t, emails.value(t.assigneeId), buckets.at(i)));
                continue;
            }
            ctx.out() << buckets.at(i).leftJustified(9, QLatin1Char(' ')) << isoFromMs(t.dueAt) << "  " << t.title
                      << "  " << emails.value(t.assigneeId) << "  " << t.id << "\n";
        }
    }
    if (ctx.json())
        ctx.printJson(arr);
    return 0;
}

} // namespace

void addTaskCommands(QList<Command> &commands)
{
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    const QString tk = QStringLiteral("task");
    commands << Command {{tk, QStringLiteral("add")},
        QStringLiteral("Add a task; prints its id ({\"id\":…} with --json)."), pw,
        {option(QStringLiteral("title"), QStringLiteral("What to do."), QStringLiteral("TITLE")),
            option(QStringLiteral("customer"), QStringLiteral("The customer it is about."), QStringLiteral("ID")),
            option(QStringLiteral("due"), QStringLiteral("When it is due, ISO-8601 (UTC without an offset)."),
                QStringLiteral("TIME")),
            option(QStringLiteral("assignee"),
                QStringLiteral("Assignee's e-mail (default you; others need the right "
                               "to reassign)."),
                QStringLiteral("EMAIL")),
            option(QStringLiteral("notes"), QStringLiteral("Not stored yet: refused when not empty."),
                QStringLiteral("TEXT"))},
        QString(), cmdTaskAdd};
    commands << Command {
        {tk, QStringLiteral("done")}, QStringLiteral("Mark a task done."), pw, {}, QStringLiteral("ID"), cmdTaskDone};
    commands << Command {{tk, QStringLiteral("list")},
        QStringLiteral("Open tasks with a due date, by due date: overdue (before now), today, upcoming."), pw,
        {option(QStringLiteral("due"), QStringLiteral("overdue, today, upcoming or all (default)."),
             QStringLiteral("WHEN")),
            option(QStringLiteral("assignee"), QStringLiteral("Whose tasks (e-mail; default yours)."),
                QStringLiteral("EMAIL"))},
        QString(), cmdTaskList};
}

} // namespace relasi::cli
