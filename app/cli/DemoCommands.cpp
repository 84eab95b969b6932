// relasi-cli demo, bench search
#include "Cli.h"

#include "demo/DemoGenerator.h"
#include "search/CustomerSearch.h"
#include "services/ServiceContext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace relasi::cli {

namespace {

int cmdDemo(Context &ctx)
{
    bool ok = false;
    const qint64 count = ctx.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || count <= 0)
        return ctx.usage(QStringLiteral("demo needs --customers N (N > 0)"));
    quint64 seed = 1;
    if (ctx.isSet(QStringLiteral("seed"))) {
        seed = ctx.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.usage(QStringLiteral("--seed must be a non-negative integer"));
    }
    int batch = 5000;
    if (ctx.isSet(QStringLiteral("batch"))) {
        batch = ctx.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || batch <= 0)
            return ctx.usage(QStringLiteral("--batch must be a positive integer"));
    }
    int detailEvery = 10;
    if (ctx.isSet(QStringLiteral("details-every"))) {
        detailEvery = ctx.value(QStringLiteral("details-every")).toInt(&ok);
        if (!ok || detailEvery < 0)
            return ctx.usage(QStringLiteral("--details-every must be 0 (none) or a positive integer"));
    }
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();

    DemoGenerator generator(*services, seed);
    generator.setBatchSize(batch);
    generator.setDetailEvery(detailEvery);
    const bool tty = isatty(fileno(stderr));
    QElapsedTimer timer;
    timer.start();
    qint64 lastPrint = -1000000;
    auto progress = [&](qint64 done, qint64 total) {
        const qint64 ms = timer.elapsed();
        if (done < total && ms - lastPrint < 1000)
            return true;
        lastPrint = ms;
        const double rate = ms > 0 ? double(done) * 1000.0 / double(ms) : 0.0;
        ctx.err() << (tty ? "\r" : "") << "demo: " << done << "/" << total << " customers, "
                  << qint64(rate) << " rows/s" << (tty ? "   " : "\n");
        ctx.err().flush();
        return true;
    };
    auto stats = generator.generate(count, progress);
    if (tty)
        ctx.err() << "\n" << Qt::flush;
    if (!stats)
        return ctx.fail(stats.error());
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    const qint64 rate = stats->customers * 1000 / ms;
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("customers"), stats->customers},
                                  {QStringLiteral("deals"), stats->deals},
                                  {QStringLiteral("interactions"), stats->interactions},
                                  {QStringLiteral("tasks"), stats->tasks},
                                  {QStringLiteral("deal_errors"), stats->dealErrors},
                                  {QStringLiteral("seconds"), double(ms) / 1000.0},
                                  {QStringLiteral("customers_per_s"), rate}});
    } else {
        ctx.out() << stats->customers << " customers, " << stats->deals << " deals, " << stats->interactions
                  << " logs, " << stats->tasks << " tasks";
        if (stats->dealErrors > 0)
            ctx.out() << " (" << stats->dealErrors << " deals refused)";
        ctx.out() << " in " << QString::number(double(ms) / 1000.0, 'f', 1)
                  << " s (" << rate << " customers/s)\n";
    }
    return 0;
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0.0;
    // Nearest rank.
    const int rank = qBound(1, int(std::ceil(p / 100.0 * double(sorted.size()))), int(sorted.size()));
    return sorted.at(rank - 1);
}

int cmdBenchSearch(Context &ctx)
{
    const QString path = ctx.value(QStringLiteral("queries"));
    if (path.isEmpty())
        return ctx.usage(QStringLiteral("bench search needs --queries FILE"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return ctx.fail(Error(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    const Session &s = services->session();
    const QString visibleTo = s.role == Role::Sales ? s.userId : QString();

    QList<double> times;
    qint64 hits = 0;
    QElapsedTimer timer;
    for (const QString &line : std::as_const(lines)) {
        for (int len = 1; len <= line.size(); ++len) {
            if (line.at(len - 1).isHighSurrogate())
                continue; // nobody stops half-way through a character
            const QString typed = line.left(len);
            timer.start();
            auto found = CustomerSearch::search(services->db(), typed, 50, visibleTo, services->defaultRegion());
            const qint64 ns = timer.nsecsElapsed();
            if (!found)
                return ctx.fail(found.error());
            hits += found->size();
            times << double(ns) / 1e6;
        }
    }
    QList<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const double p50 = percentile(sorted, 50), p95 = percentile(sorted, 95), p99 = percentile(sorted, 99);
    const double max = sorted.isEmpty() ? 0.0 : sorted.constLast();
    auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("n"), int(times.size())},
                                  {QStringLiteral("queries"), int(lines.size())},
                                  {QStringLiteral("p50_ms"), round3(p50)},
                                  {QStringLiteral("p95_ms"), round3(p95)},
                                  {QStringLiteral("p99_ms"), round3(p99)},
                                  {QStringLiteral("max_ms"), round3(max)},
                                  {QStringLiteral("hits"), hits}});
    } else {
        QTextStream &o = ctx.out();
        o << "search-as-you-type: " << lines.size() << " queries, " << times.size() << " prefixes\n";
        o << "  p50  " << QString::number(p50, 'f', 3) << " ms\n";
        o << "  p95  " << QString::number(p95, 'f', 3) << " ms\n";
        o << "  p99  " << QString::number(p99, 'f', 3) << " ms\n";
        o << "  max  " << QString::number(max, 'f', 3) << " ms\n";
    }
    return 0;
}

} // namespace

void addDemoCommands(QList<Command> &commands)
{
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    commands << Command{{QStringLiteral("demo")},
                        QStringLiteral("Fill the workspace with deterministic demo data (progress on stderr)."),
                        pw,
                        {option(QStringLiteral("customers"), QStringLiteral("How many customers to make."),
                                QStringLiteral("N")),
                         option(QStringLiteral("seed"), QStringLiteral("Seed (default 1): the same seed, the same data."),
                                QStringLiteral("S")),
                         option(QStringLiteral("batch"), QStringLiteral("Customers per transaction (default 5000)."),
                                QStringLiteral("N")),
                         option(QStringLiteral("details-every"),
                                QStringLiteral("About one customer in N gets deals, logs and a task (default 10; 0: none)."),
                                QStringLiteral("N"))},
                        QString(),
                        cmdDemo};
    commands << Command{{QStringLiteral("bench"), QStringLiteral("search")},
                        QStringLiteral("Time search-as-you-type for every prefix of each line of FILE (p50/p95/p99)."),
                        pw,
                        {option(QStringLiteral("queries"), QStringLiteral("One query per line."), QStringLiteral("FILE"))},
                        QString(),
                        cmdBenchSearch};
}

} // namespace relasi::cli
