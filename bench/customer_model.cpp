// CustomerListModel over a large database: time to first rows after open, jump to row 900,000 (before and
// after the anchor table is complete), RSS with the model open.
//
//   relasi-bench-customer_model [--data DIR]   (DIR/bench.db as made by relasi-bench-search; default
//                                               bench-data-1000000)
//   --add-live-indexes: first creates the partial indexes proposed in docs/domain.md (WHERE cl % 2 = 1)
//   relasi-bench-customer_model --workspace DIR < password   (a workspace, e.g. one filled by
//                                               `relasi-cli demo`; the owner's password on stdin)
//   --sql STATEMENT (repeatable): instead of the model figures, prints each statement's query plan and times
//                                 it twice (first run: cold pages; second: warm), wall and CPU, rows returned
#include "crypto/SecureBytes.h"
#include "models/CustomerListModel.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>

using namespace relasi;

namespace {

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Reads the visible rows of a 40-row viewport starting at `row`, as a view would.
void readViewport(CustomerListModel &model, int row)
{
    for (int r = row; r < std::min(row + 40, model.rowCount()); ++r) {
        for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
            (void)model.data(model.index(r, c));
    }
}

// Prints the plan of each statement, then runs it twice (cold, then warm pages) with wall and CPU time.
int explainStatements(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        std::printf("%s\n", qPrintable(sql));
        QSqlQuery plan(db);
        if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
            std::fprintf(stderr, "  error: %s\n", qPrintable(plan.lastError().text()));
            return 1;
        }
        while (plan.next())
            std::printf("  plan: %s\n", qPrintable(plan.value(3).toString()));
        for (const char *run : {"first", "again"}) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuMs();
            if (!q.exec(sql)) {
                std::fprintf(stderr, "  error: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
            int rows = 0;
            QString firstValue;
            while (q.next()) {
                if (rows++ == 0)
                    firstValue = q.value(0).toString();
            }
            std::printf("  %s: %.1f ms wall, %.1f ms CPU, %d rows (first value %s)\n", run, ms(t), cpuMs() - cpu0,
                        rows, qPrintable(firstValue.left(40)));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int i = args.indexOf(QStringLiteral("--data"));
    const int w = args.indexOf(QStringLiteral("--workspace"));
    const QString dir = i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QStringLiteral("bench-data-1000000");
    const QString path = QDir(dir).filePath(QStringLiteral("bench.db"));
    std::unique_ptr<Workspace> workspace;
    if (w >= 0 && w + 1 < args.size()) {
        std::string line;
        std::getline(std::cin, line);
        auto opened = Workspace::open(args.at(w + 1), Credentials{}, SecureBytes::fromUtf8(QString::fromStdString(line)));
        if (!opened) {
            std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        workspace = std::move(*opened);
    } else if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "no %s: run relasi-bench-search --data %s first\n", qPrintable(path), qPrintable(dir));
        return 2;
    }
    unsigned char raw[32];
    for (int k = 0; k < 32; ++k)
        raw[k] = static_cast<unsigned char>(k);
    const long rssBefore = rssKiB();

    QElapsedTimer total;
    total.start();
    QSqlDatabase db;
    if (workspace) {
        db = workspace->database(); // unlocked above: the KDF is not part of "open"
    } else {
        auto opened = Database::openKeyed(path, QStringLiteral("bench"), SecureBytes::copyOf(raw, sizeof raw),
                                          Database::Mode::OpenExisting);
        if (!opened) {
            std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        db = *opened;
    }
    const double openMs = ms(total);
    QStringList statements;
    for (int a = 0; a + 1 < args.size(); ++a) {
        if (args.at(a) == QLatin1String("--sql"))
            statements << args.at(a + 1);
    }
    if (!statements.isEmpty()) {
        const int rc = explainStatements(db, statements);
        db = QSqlDatabase();
        if (workspace)
            workspace->lock();
        else
            Database::close(QStringLiteral("bench"));
        return rc;
    }
    if (args.contains(QStringLiteral("--add-live-indexes"))) {
        const char *const live[] = {
            "CREATE INDEX IF NOT EXISTS customers_live_sort ON customers (sort_key) WHERE cl % 2 = 1",
            "CREATE INDEX IF NOT EXISTS customers_live_owner_sort ON customers (owner_id, sort_key) WHERE cl % 2 = 1",
            "CREATE INDEX IF NOT EXISTS customers_live_status_sort ON customers (status, sort_key) WHERE cl % 2 = 1",
            "CREATE INDEX IF NOT EXISTS customers_live_created ON customers (created_at) WHERE cl % 2 = 1",
            "CREATE INDEX IF NOT EXISTS customers_live_last_contact ON customers (last_contact_at) WHERE cl % 2 = 1",
        };
        for (const char *sql : live) {
            if (Status s = Database::exec(db, QString::fromLatin1(sql)); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 1;
            }
        }
        (void)Database::exec(db, QStringLiteral("ANALYZE"));
        std::fprintf(stderr, "live indexes present\n");
        total.restart();
    }
    {
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuMs();
        CustomerListModel model(db);
        const double countMs = ms(t);
        readViewport(model, 0);
        const double firstRowsMs = ms(total);
        const double firstRowsCpuMs = cpuMs() - cpuStart;
        const int rowsShownFirst = model.rowCount();
        t.restart();
        model.finishCountNow(); // what the idle slices do after the first rows are shown
        const double countRestMs = ms(t);
        const int target = std::min(900000, model.rowCount() - 1);

        t.restart();
        readViewport(model, target);
        const double coldJumpMs = ms(t);

        t.restart();
        model.buildAnchorsNow();
        const double anchorsMs = ms(t);

        // Jumps after the anchor table is complete: to 900,000 on a fresh page, then random far rows.
        CustomerListModel fresh(db);
        fresh.buildAnchorsNow(); // finishes the count, then the anchors
        t.restart();
        double cpu0 = cpuMs();
        readViewport(fresh, target);
        const double jumpMs = ms(t);
        const double jumpCpuMs = cpuMs() - cpu0;
        QRandomGenerator rng(5);
        double worst = 0, sum = 0;
        cpu0 = cpuMs();
        const int jumps = 50;
        for (int j = 0; j < jumps; ++j) {
            QElapsedTimer one;
            one.start();
            readViewport(fresh, int(rng.bounded(model.rowCount())));
            const double m = ms(one);
            sum += m;
            worst = std::max(worst, m);
        }
        const double randomCpuAvg = (cpuMs() - cpu0) / jumps;
        t.restart();
        fresh.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
        readViewport(fresh, 0);
        const double resortMs = ms(t);
        t.restart();
        fresh.setStatusFilter(QStringLiteral("lead"));
        readViewport(fresh, 0);
        const double filterMs = ms(t);
        t.restart();
        fresh.setSearchText(QStringLiteral("budi san"));
        readViewport(fresh, 0);
        const double searchMs = ms(t);

        std::printf("{\"rows_shown_first\":%d,\"count_rest_ms\":%.1f,", rowsShownFirst, countRestMs);
        std::printf("\"rows\":%d,\"open_ms\":%.1f,\"count_ms\":%.1f,\"first_rows_ms\":%.1f,"
                    "\"jump_900k_before_anchors_ms\":%.1f,\"anchor_table_ms\":%.1f,\"jump_900k_ms\":%.2f,"
                    "\"random_jump_avg_ms\":%.2f,\"random_jump_max_ms\":%.2f,\"sort_last_contact_ms\":%.1f,"
                    "\"filter_status_ms\":%.1f,\"search_ms\":%.1f,\"rss_mib\":%.1f,\"rss_before_open_mib\":%.1f,"
                    "\"cpu_first_rows_ms\":%.1f,\"cpu_jump_900k_ms\":%.2f,\"cpu_random_jump_avg_ms\":%.2f}\n",
                    model.rowCount(), openMs, countMs, firstRowsMs, coldJumpMs, anchorsMs, jumpMs, sum / jumps, worst,
                    resortMs, filterMs, searchMs, rssKiB() / 1024.0, rssBefore / 1024.0, firstRowsCpuMs, jumpCpuMs,
                    randomCpuAvg);
    }
    db = QSqlDatabase();
    if (workspace)
        workspace->lock();
    else
        Database::close(QStringLiteral("bench"));
    return 0;
}
