// relasi-cli task add|done|list: to-dos and reminders
#include "Cli.h"
#include "CommandOptions.h"
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
    t.notes = ctx.value(QStringLiteral("notes"));
    t.customerId = ctx.value(QStringLiteral("customer")).trimmed();
    if (!timeOption(ctx, QStringLiteral("due"), &t.dueAt))
        return ctx.exitCode();
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    if (!userOption(ctx, *services, QStringLiteral("assignee"), &t.assigneeId))
        return ctx.exitCode();
    TaskService tasks(*services);
    return ctx.printNewId(tasks.add(t));
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

void printTask(Context &ctx, const Task &t, const QString &bucket, const QString &assigneeEmail, QJsonArray *json)
{
    if (json) {
        json->append(taskJson(t, assigneeEmail, bucket));
        return;
    }
    ctx.out() << bucket.leftJustified(9, QLatin1Char(' '))
              << (t.dueAt > 0 ? isoFromMs(t.dueAt) : QStringLiteral("-").leftJustified(24, QLatin1Char(' ')))
              << "  " << t.title << "  " << assigneeEmail << "  " << t.id << "\n";
}

// Default: open tasks with a due date, in buckets. --all adds open tasks without one (bucket "undated"),
// --done adds the done ones (bucket "done"); --done alone lists only those.
int cmdTaskList(Context &ctx)
{
    const bool all = ctx.isSet(QStringLiteral("all"));
    const bool done = ctx.isSet(QStringLiteral("done"));
    const QString due = ctx.isSet(QStringLiteral("due")) ? ctx.value(QStringLiteral("due")).trimmed().toLower()
                                                         : QStringLiteral("all");
    const QStringList buckets {QStringLiteral("overdue"), QStringLiteral("today"), QStringLiteral("upcoming")};
    if (due != QLatin1String("all") && !buckets.contains(due))
        return ctx.usage(QStringLiteral("--due must be overdue, today, upcoming or all"));
    if (due != QLatin1String("all") && (all || done))
        return ctx.usage(QStringLiteral("--due %1 selects dated open tasks; it does not go with --all or --done")
                             .arg(due));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    QString assigneeId;
    if (!userOption(ctx, *services, QStringLiteral("assignee"), &assigneeId))
        return ctx.exitCode();
    TaskService tasks(*services);
    const QHash<QString, QString> emails = userEmails(*services);
    QJsonArray arr;
    QJsonArray *json = ctx.json() ? &arr : nullptr;
    if (all || !done) {
        auto grouped = tasks.listDue(services->clock().nowMs(), assigneeId);
        if (!grouped)
            return ctx.fail(grouped.error());
        const QList<Task> *lists[] = {&grouped->overdue, &grouped->today, &grouped->upcoming};
        for (int i = 0; i < 3; ++i) {
            if (due != QLatin1String("all") && due != buckets.at(i))
                continue;
            for (const Task &t : *lists[i])
                printTask(ctx, t, buckets.at(i), emails.value(t.assigneeId), json);
        }
    }
    if (all) {
        auto open = tasks.listAssigned(TaskService::Which::Open, assigneeId);
        if (!open)
            return ctx.fail(open.error());
        for (const Task &t : *open) {
            if (t.dueAt == 0)
                printTask(ctx, t, QStringLiteral("undated"), emails.value(t.assigneeId), json);
        }
    }
    if (done) {
        auto finished = tasks.listAssigned(TaskService::Which::Done, assigneeId);
        if (!finished)
            return ctx.fail(finished.error());
        for (const Task &t : *finished)
            printTask(ctx, t, QStringLiteral("done"), emails.value(t.assigneeId), json);
    }
    if (json)
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
            option(QStringLiteral("notes"), QStringLiteral("The detail behind the title."), QStringLiteral("TEXT"))},
        QString(), cmdTaskAdd};
    commands << Command {
        {tk, QStringLiteral("done")}, QStringLiteral("Mark a task done."), pw, {}, QStringLiteral("ID"), cmdTaskDone};
    commands << Command {{tk, QStringLiteral("list")},
        QStringLiteral("Open tasks with a due date, by due date: overdue (before now), today, upcoming "
                       "(--all: undated ones too; --done: done ones)."),
        pw,
        {option(QStringLiteral("due"), QStringLiteral("overdue, today, upcoming or all (default)."),
             QStringLiteral("WHEN")),
            option(QStringLiteral("all"), QStringLiteral("Also open tasks without a due date (bucket \"undated\").")),
            option(QStringLiteral("done"),
                QStringLiteral("Done tasks, most recently done first (bucket \"done\"); with --all, after the "
                               "open ones.")),
            option(QStringLiteral("assignee"), QStringLiteral("Whose tasks (e-mail; default yours)."),
                QStringLiteral("EMAIL"))},
        QString(), cmdTaskList};
}

} // namespace relasi::cli
