// relasi-cli usage show|delete|opt-in|opt-out|record and device show (opt-in usage analytics and the device
// record; docs/privacy.md)
#include "Cli.h"

#include "common/Clock.h"
#include "privacy/DeviceRecord.h"
#include "privacy/UsageLog.h"
#include "services/ServiceContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace relasi::cli {

namespace {

int cmdUsageShow(Context &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("usage show [--json]"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    UsageLog usage(*services);
    auto optedIn = usage.isOptedIn();
    if (!optedIn)
        return ctx.fail(optedIn.error());
    auto events = usage.myEvents();
    if (!events)
        return ctx.fail(events.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const UsageEvent &e : *events)
            list.append(e.toJson());
        ctx.printJson(QJsonObject {{QStringLiteral("opted_in"), *optedIn},
            {QStringLiteral("user_id"), services->session().userId}, {QStringLiteral("events"), list}});
        return 0;
    }
    QTextStream &out = ctx.out();
    out << "Usage analytics for " << services->session().email << ": "
        << (*optedIn ? "on (you opted in)" : "off (nothing is recorded until you opt in)") << "\n"
        << events->size() << " events stored on this computer, never sent anywhere.\n";
    for (const UsageEvent &e : *events) {
        out << "  " << isoFromMs(e.occurredAt) << "  " << e.kind.leftJustified(7) << e.name;
        if (e.durationMs >= 0)
            out << "  " << e.durationMs << " ms";
        out << "\n";
    }
    return 0;
}

int cmdUsageDelete(Context &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("usage delete"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    UsageLog usage(*services);
    auto n = usage.deleteMine();
    if (!n)
        return ctx.fail(n.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("deleted"), double(*n)}});
    else
        ctx.out() << "Deleted " << *n << " usage events of " << services->session().email << "\n";
    return 0;
}

int setOptIn(Context &ctx, bool on)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(on ? QStringLiteral("usage opt-in") : QStringLiteral("usage opt-out"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    UsageLog usage(*services);
    if (Status s = usage.setOptedIn(on); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("opted_in"), on}});
    else
        ctx.out() << (on ? "Usage analytics on: screens, time spent and actions are recorded on this computer only.\n"
                         : "Usage analytics off: nothing more is recorded (usage delete removes what is stored).\n");
    return 0;
}

int cmdOptIn(Context &ctx)
{
    return setOptIn(ctx, true);
}

int cmdOptOut(Context &ctx)
{
    return setOptIn(ctx, false);
}

int cmdUsageRecord(Context &ctx)
{
    const bool screen = ctx.isSet(QStringLiteral("screen"));
    const bool act = ctx.isSet(QStringLiteral("action"));
    if (screen == act || !ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("usage record --screen NAME [--duration-ms N] | --action NAME"));
    qint64 duration = -1;
    if (ctx.isSet(QStringLiteral("duration-ms"))) {
        bool ok = false;
        duration = ctx.value(QStringLiteral("duration-ms")).toLongLong(&ok);
        if (!ok || duration < 0 || !screen)
            return ctx.usage(QStringLiteral("usage record: --duration-ms N (whole milliseconds) goes with --screen"));
    }
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    UsageLog usage(*services);
    Result<bool> done = act ? usage.action(ctx.value(QStringLiteral("action")))
        : duration >= 0     ? usage.timeSpent(ctx.value(QStringLiteral("screen")), duration)
                            : usage.screenOpened(ctx.value(QStringLiteral("screen")));
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("recorded"), *done}});
    else
        ctx.out() << (*done ? "Recorded.\n" : "Not recorded: usage analytics is off for this user.\n");
    return 0;
}

int cmdDeviceShow(Context &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("device show [--json]"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    // Using the command line is using the device: refresh its record, then show every device known.
    SystemClock clock;
    auto self = DeviceRecord::touch(services->db(), clock.nowMs(), QStringLiteral(RELASI_VERSION));
    if (!self)
        return ctx.fail(self.error());
    auto all = DeviceRecord::all(services->db());
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const DeviceInfo &d : *all)
            list.append(d.toJson());
        ctx.printJson(QJsonObject {{QStringLiteral("this_device"), self->toJson()}, {QStringLiteral("devices"), list}});
        return 0;
    }
    for (const DeviceInfo &d : *all)
        ctx.out() << (d.id == self->id ? "* " : "  ") << d.id << "  " << d.os << "  Relasi " << d.appVersion
                  << "  first used " << isoFromMs(d.firstSeen) << ", last used " << isoFromMs(d.lastSeen) << "\n";
    return 0;
}

} // namespace

void addUsageCommands(QList<Command> &commands)
{
    const QString u = QStringLiteral("usage");
    const QString pw = QStringLiteral("the signed-in user's password");
    commands << Command {{u, QStringLiteral("show")},
        QStringLiteral("Show whether your usage analytics is on and every usage event stored about you."), pw, {},
        QString(), cmdUsageShow};
    commands << Command {{u, QStringLiteral("delete")},
        QStringLiteral("Delete every usage event stored about you (the signed-in user)."), pw, {}, QString(),
        cmdUsageDelete};
    commands << Command {{u, QStringLiteral("opt-in")},
        QStringLiteral("Allow local usage analytics for you (screens, time spent, actions)."), pw, {}, QString(),
        cmdOptIn};
    commands << Command {{u, QStringLiteral("opt-out")}, QStringLiteral("Stop recording usage analytics for you."), pw,
        {}, QString(), cmdOptOut};
    commands << Command {{u, QStringLiteral("record")},
        QStringLiteral("Record one usage event (for scripts; nothing is recorded unless opted in)."), pw,
        {option(QStringLiteral("screen"), QStringLiteral("A screen was opened (identifier)."), QStringLiteral("NAME")),
            option(
                QStringLiteral("action"), QStringLiteral("An action was taken (identifier)."), QStringLiteral("NAME")),
            option(QStringLiteral("duration-ms"), QStringLiteral("With --screen: time spent on it."),
                QStringLiteral("N"))},
        QString(), cmdUsageRecord};
    commands << Command {{QStringLiteral("device"), QStringLiteral("show")},
        QStringLiteral("Show what is recorded about this device (id, OS, app version, first/last use)."), pw, {},
        QString(), cmdDeviceShow};
}

} // namespace relasi::cli
