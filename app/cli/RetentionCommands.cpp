// relasi-cli retention run|set|show (retention rules; docs/privacy.md)
#include "Cli.h"

#include "privacy/RetentionService.h"
#include "services/ServiceContext.h"

#include <QJsonObject>

namespace relasi::cli {

namespace {

int cmdRetentionRun(Context &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("retention run [--dry-run] [--json]"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    RetentionService retention(*services);
    const bool dry = ctx.isSet(QStringLiteral("dry-run"));
    auto counts = dry ? retention.preview() : retention.run();
    if (!counts)
        return ctx.fail(counts.error());
    if (ctx.json()) {
        ctx.printJson(counts->toJson());
        return 0;
    }
    QTextStream &out = ctx.out();
    out << (dry ? "Dry run (nothing changed):" : "Retention run:") << "\n"
        << "  communication-log entries " << (dry ? "to delete: " : "deleted: ") << counts->logs << "\n"
        << "  inactive customers " << (dry ? "to anonymise: " : "anonymised: ") << counts->customers << "\n"
        << "  usage events " << (dry ? "to drop: " : "dropped: ") << counts->usageEvents
        << (counts->usageSkipped ? " (no usage data in this workspace)" : "") << "\n";
    return 0;
}

bool readNumber(Context &ctx, const QString &name, int *into)
{
    if (!ctx.isSet(name))
        return true;
    bool ok = false;
    const int v = ctx.value(name).toInt(&ok);
    if (!ok || v < 0)
        return false;
    *into = v;
    return true;
}

int cmdRetentionSet(Context &ctx)
{
    const QString months = QStringLiteral("log-months"), years = QStringLiteral("inactive-years"),
                  days = QStringLiteral("usage-days");
    if (!ctx.arguments().isEmpty() || (!ctx.isSet(months) && !ctx.isSet(years) && !ctx.isSet(days)))
        return ctx.usage(QStringLiteral("retention set [--log-months N] [--inactive-years N] [--usage-days N] (0 = off)"));
    // Read before the workspace is opened (and its password asked for): a malformed number is a usage error.
    int logMonths = -1, inactiveYears = -1, usageDays = -1; // -1: not given, keep the stored rule
    if (!readNumber(ctx, months, &logMonths) || !readNumber(ctx, years, &inactiveYears) ||
        !readNumber(ctx, days, &usageDays))
        return ctx.usage(QStringLiteral("retention periods are whole numbers, 0 = off"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    auto policy = RetentionService::loadPolicy(services->db());
    if (!policy)
        return ctx.fail(policy.error());
    RetentionPolicy p = *policy;
    for (auto [given, into] : {std::pair{logMonths, &p.logMonths}, std::pair{inactiveYears, &p.inactiveYears},
                               std::pair{usageDays, &p.usageDays}}) {
        if (given >= 0)
            *into = given;
    }
    RetentionService retention(*services);
    if (Status s = retention.setPolicy(p); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(p.toJson());
    return 0;
}

int cmdRetentionShow(Context &ctx)
{
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    auto policy = RetentionService::loadPolicy(services->db());
    if (!policy)
        return ctx.fail(policy.error());
    auto last = RetentionService::lastRunMs(services->db());
    if (!last)
        return ctx.fail(last.error());
    if (ctx.json()) {
        QJsonObject o = policy->toJson();
        o.insert(QStringLiteral("last_run_at"), *last > 0 ? QJsonValue(isoFromMs(*last)) : QJsonValue());
        ctx.printJson(o);
        return 0;
    }
    auto rule = [](int v, const char *unit) { return v > 0 ? QString::number(v) + QLatin1Char(' ') + QLatin1String(unit) : QStringLiteral("off"); };
    ctx.out() << "Delete communication logs older than: " << rule(policy->logMonths, "months") << "\n"
              << "Anonymise customers inactive for: " << rule(policy->inactiveYears, "years") << "\n"
              << "Drop usage data older than: " << rule(policy->usageDays, "days") << "\n"
              << "Last run: " << (*last > 0 ? isoFromMs(*last) : QStringLiteral("never")) << "\n";
    return 0;
}

} // namespace

void addRetentionCommands(QList<Command> &commands)
{
    const QString r = QStringLiteral("retention");
    const QString pw = QStringLiteral("the owner's password");
    commands << Command{{r, QStringLiteral("run")},
                        QStringLiteral("Apply the retention rules now (owner only); --dry-run only counts."), pw,
                        {option(QStringLiteral("dry-run"), QStringLiteral("Count what would be removed; change nothing."))},
                        QString(), cmdRetentionRun};
    commands << Command{{r, QStringLiteral("set")}, QStringLiteral("Change the retention rules (owner only)."), pw,
                        {option(QStringLiteral("log-months"), QStringLiteral("Delete communication logs older than N "
                                                                             "months (0: off)."),
                                QStringLiteral("N")),
                         option(QStringLiteral("inactive-years"),
                                QStringLiteral("Anonymise customers without activity for N years (0: off)."),
                                QStringLiteral("N")),
                         option(QStringLiteral("usage-days"), QStringLiteral("Drop usage data older than N days (0: off)."),
                                QStringLiteral("N"))},
                        QString(), cmdRetentionSet};
    commands << Command{{r, QStringLiteral("show")}, QStringLiteral("Show the retention rules and the last run."), pw,
                        {}, QString(), cmdRetentionShow};
}

} // namespace relasi::cli
