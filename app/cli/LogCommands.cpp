// relasi-cli log add|list: a customer's communication log
#include "Cli.h"
#include "CommandOptions.h"
#include "RecordJson.h"

#include "services/InteractionService.h"
#include "services/ServiceContext.h"

#include <QJsonArray>

namespace relasi::cli {

namespace {

int cmdLogAdd(Context &ctx)
{
    Interaction entry;
    entry.customerId = ctx.value(QStringLiteral("customer")).trimmed();
    entry.channel = ctx.value(QStringLiteral("channel")).trimmed().toLower();
    if (entry.customerId.isEmpty() || entry.channel.isEmpty())
        return ctx.usage(QStringLiteral("log add needs --customer ID and --channel CHANNEL"));
    if (!InteractionService::channels().contains(entry.channel))
        return ctx.usage(QStringLiteral("unknown --channel '%1' (%2)")
                             .arg(entry.channel, InteractionService::channels().join(QStringLiteral(", "))));
    entry.direction = ctx.value(QStringLiteral("direction")).trimmed().toLower();
    if (!entry.direction.isEmpty() && entry.direction != QLatin1String("in") && entry.direction != QLatin1String("out"))
        return ctx.usage(QStringLiteral("--direction must be in or out"));
    if (!timeOption(ctx, QStringLiteral("when"), &entry.occurredAt))
        return ctx.exitCode();
    if (ctx.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        entry.durationS = ctx.value(QStringLiteral("duration")).toLongLong(&ok);
        if (!ok || entry.durationS < 0)
            return ctx.usage(QStringLiteral("--duration needs a whole number of seconds"));
    }
    entry.subject = ctx.value(QStringLiteral("subject"));
    entry.body = ctx.value(QStringLiteral("body"));
    entry.outcome = ctx.value(QStringLiteral("outcome"));

    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    InteractionService log(*services);
    return ctx.printNewId(log.add(entry));
}

int cmdLogList(Context &ctx)
{
    const QString customerId = ctx.value(QStringLiteral("customer")).trimmed();
    if (customerId.isEmpty())
        return ctx.usage(QStringLiteral("log list needs --customer ID"));
    int limit = 0;
    if (!limitOption(ctx, 100, &limit))
        return ctx.exitCode();
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    InteractionService log(*services);
    auto list = log.listForCustomer(customerId, limit);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const Interaction &e : *list)
            arr.append(interactionJson(e));
        ctx.printJson(arr);
        return 0;
    }
    for (const Interaction &e : *list) {
        ctx.out() << isoFromMs(e.occurredAt) << "  " << e.channel.leftJustified(8, QLatin1Char(' ')) << " "
                  << e.direction.leftJustified(3, QLatin1Char(' ')) << " " << e.subject;
        if (e.durationS >= 0)
            ctx.out() << "  (" << e.durationS << " s)";
        if (!e.outcome.isEmpty())
            ctx.out() << "  → " << e.outcome;
        ctx.out() << "  " << e.id << "\n";
    }
    return 0;
}

} // namespace

void addLogCommands(QList<Command> &commands)
{
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    const QString l = QStringLiteral("log");
    const QString channels = InteractionService::channels().join(QStringLiteral(", "));
    commands << Command {{l, QStringLiteral("add")},
        QStringLiteral("Log a call, e-mail, meeting, message, visit or note; prints its id ({\"id\":…} with --json)."),
        pw,
        {option(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID")),
            option(QStringLiteral("channel"), QStringLiteral("One of %1.").arg(channels), QStringLiteral("CHANNEL")),
            option(QStringLiteral("direction"), QStringLiteral("in or out (none for a note)."), QStringLiteral("DIR")),
            option(QStringLiteral("subject"), QStringLiteral("Subject."), QStringLiteral("TEXT")),
            option(QStringLiteral("body"), QStringLiteral("What was said or written."), QStringLiteral("TEXT")),
            option(QStringLiteral("when"),
                QStringLiteral("When it happened, ISO-8601 (default now; UTC without an offset)."),
                QStringLiteral("TIME")),
            option(QStringLiteral("duration"), QStringLiteral("Length in seconds."), QStringLiteral("SECONDS")),
            option(QStringLiteral("outcome"), QStringLiteral("The outcome."), QStringLiteral("TEXT"))},
        QString(), cmdLogAdd};
    commands << Command {{l, QStringLiteral("list")}, QStringLiteral("A customer's log, newest first."), pw,
        {option(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID")),
            option(QStringLiteral("limit"), QStringLiteral("At most N entries (default 100)."), QStringLiteral("N"))},
        QString(), cmdLogList};
}

} // namespace relasi::cli
