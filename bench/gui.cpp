// GUI latency on a real workspace, measured in-process with the real widgets (QT_QPA_PLATFORM=offscreen):
//   (a) start-up to an unlocked main window showing the Customers screen, and the KDF timed on its own;
//   (b) search-as-you-type in the Customers screen: per keystroke until the list shows the new query's rows;
//   (c) scrolling to the end of the list, then opening that customer's detail view;
//   (d) the first visit of each other section (its screen is built then), until painted (the dashboard:
//       until its figures, read on a worker, are shown).
// Every figure has the process's CPU time beside the wall time (the machine may be shared), and the start-up
// is broken down: window built (MainWindow with the Customers screen), then the list painted.
//
//   relasi-bench-gui --workspace DIR [--password PW | --password-stdin] [--queries FILE (default bench/queries.txt)]
//                    [--count N (default 50)] [--json]
//
// Make a workspace with `relasi-cli --workspace DIR demo --customers N`. Settings go to a throw-away folder.
#include "app/AppController.h"
#include "customers/CustomerDetailView.h"
#include "customers/CustomersPage.h"
#include "crypto/SecureBytes.h"
#include "dashboard/DashboardChart.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "models/CustomerListModel.h"
#include "workspace/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace relasi;

namespace {

// Counts paint events of a widget, so a measurement can end when the rows are on screen.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// CPU time of the whole process (every thread), in ms.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Marks when a widget is hidden (the unlock dialog closes the moment the workspace is open), in wall and
// CPU time.
class HideWatcher : public QObject
{
public:
    // `hiddenAtNs` and `hiddenCpu` must outlive the widget (the dialog deletes itself once closed).
    HideWatcher(QWidget *widget, QElapsedTimer &clock, qint64 &hiddenAtNs, double &hiddenCpu)
        : QObject(widget), m_clock(clock), m_hiddenAtNs(hiddenAtNs), m_hiddenCpu(hiddenCpu)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide && m_hiddenAtNs < 0) {
            m_hiddenAtNs = m_clock.nsecsElapsed();
            m_hiddenCpu = cpuMs();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer &m_clock;
    qint64 &m_hiddenAtNs;
    double &m_hiddenCpu;
};

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (!condition())
            QThread::usleep(200);
    }
    return true;
}

// Processes events until `counter` has seen a paint after `before` (or the timeout).
bool waitForPaint(const PaintCounter &counter, int before, int timeoutMs = 5000)
{
    return waitUntil([&] { return counter.count() > before; }, timeoutMs);
}

double ms(qint64 ns) { return double(ns) / 1e6; }

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

void sendKey(QWidget *target, int key, const QString &text = QString())
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

int fail(const char *what)
{
    std::fprintf(stderr, "relasi-bench-gui: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer processClock;
    processClock.start();
    QApplication app(argc, argv);
    const qint64 appNs = processClock.nsecsElapsed();
    QApplication::setApplicationName(QStringLiteral("relasi-bench-gui"));
    QApplication::setOrganizationName(QStringLiteral("RelasiBench"));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption wsOpt(QStringLiteral("workspace"), QStringLiteral("Workspace folder."), QStringLiteral("DIR"));
    const QCommandLineOption pwOpt(QStringLiteral("password"), QStringLiteral("Owner password."), QStringLiteral("PW"));
    const QCommandLineOption pwStdinOpt(QStringLiteral("password-stdin"), QStringLiteral("Read the password from stdin."));
    const QCommandLineOption qOpt(QStringLiteral("queries"), QStringLiteral("Queries, one a line."), QStringLiteral("FILE"));
    const QCommandLineOption countOpt(QStringLiteral("count"), QStringLiteral("Queries to type (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({wsOpt, pwOpt, pwStdinOpt, qOpt, countOpt, jsonOpt});
    parser.process(app);
    const QString dir = parser.value(wsOpt);
    if (dir.isEmpty() || !Workspace::exists(dir))
        return fail("--workspace DIR must name an existing workspace");
    QString password = parser.value(pwOpt);
    if (parser.isSet(pwStdinOpt))
        password = QTextStream(stdin).readLine();
    QString queriesPath = parser.value(qOpt);
    if (queriesPath.isEmpty())
        queriesPath = QStringLiteral("bench/queries.txt"); // run from the source tree
    QStringList queries;
    {
        QFile f(queriesPath);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail("cannot read the queries file (--queries FILE)");
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (queries.size() < parser.value(countOpt).toInt())
                queries << line.trimmed();
    }

    QTemporaryDir scratch;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratch.path());
    qputenv("XDG_DATA_HOME", QDir(scratch.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    const QString loadBefore = loadAverage();

    // The KDF on its own: the slow half of unlocking (Argon2id + unwrapping the data key).
    QElapsedTimer clock;
    clock.start();
    double cpu0 = cpuMs();
    {
        Result<UnlockToken> token = Workspace::unlock(dir, Credentials{}, SecureBytes::fromUtf8(password));
        if (!token.ok())
            return fail("wrong password or unreadable workspace");
    }
    const qint64 kdfNs = clock.nsecsElapsed();
    const double kdfCpu = cpuMs() - cpu0;

    // (a) Start-up: controller + unlock dialog; Unlock (KDF on a worker, then open); main window; Customers painted.
    clock.restart();
    cpu0 = cpuMs();
    AppController controller;
    controller.start(dir);
    UnlockDialog *unlock = controller.unlockDialog();
    if (!unlock || !waitUntil([&] { return unlock->isVisible(); }, 10000))
        return fail("the unlock dialog did not show");
    const qint64 dialogShownNs = clock.nsecsElapsed();
    const double dialogCpu = cpuMs() - cpu0;
    auto *passwordEdit = unlock->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *unlockButton = unlock->findChild<QPushButton *>(QStringLiteral("unlockButton"));
    if (!passwordEdit || !unlockButton)
        return fail("unlock dialog widgets not found");
    passwordEdit->setText(password);
    // From the dialog's closing on (the unlock's KDF and open are left out, in wall and CPU time).
    qint64 hiddenAtNs = -1;
    double hiddenCpu = -1;
    new HideWatcher(unlock, clock, hiddenAtNs, hiddenCpu);
    const qint64 clickNs = clock.nsecsElapsed();
    unlockButton->click();
    if (!waitUntil([&] { return controller.mainWindow() != nullptr; }, 120000))
        return fail("the main window did not open");
    MainWindow *main = controller.mainWindow();
    const qint64 windowNs = clock.nsecsElapsed();
    const double windowCpu = cpuMs();
    const qint64 unlockedNs = hiddenAtNs > 0 ? hiddenAtNs : windowNs;
    if (hiddenCpu < 0)
        hiddenCpu = windowCpu; // never hidden (cannot happen with the real dialog)
    main->resize(1100, 700);
    main->showSection(MainWindow::CustomersSection);
    auto *page = main->findChild<CustomersPage *>(QStringLiteral("customersPage"));
    auto *table = page ? page->findChild<QTableView *>(QStringLiteral("customerTable")) : nullptr;
    if (!table)
        return fail("the Customers screen has no customerTable");
    const PaintCounter &tablePaints = *new PaintCounter(table->viewport()); // owned by the viewport
    if (!waitUntil([&] { return tablePaints.count() > 0 && table->model()->rowCount() > 0; }, 30000))
        return fail("the customer list did not paint rows");
    const qint64 customersPaintedNs = clock.nsecsElapsed();
    const double paintedCpu = cpuMs();
    const double startupMs = ms(dialogShownNs) + ms(customersPaintedNs - unlockedNs);
    const double startupCpu = dialogCpu + (paintedCpu - hiddenCpu);
    const double windowBuiltMs = ms(windowNs - unlockedNs), listPaintedMs = ms(customersPaintedNs - windowNs);
    const double listPaintedCpu = paintedCpu - windowCpu;
    const double unlockMs = ms(unlockedNs - clickNs);

    // (b) Search as you type: each character is typed, then Enter applies the search at once (the 150 ms
    // debounce the screen waits after the last keystroke is left out), until the new rows are painted.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!search)
        return fail("the Customers screen has no searchEdit");
    CustomerListModel *model = page->model();
    int resets = 0;
    QObject::connect(model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    std::vector<double> keystrokes;
    int emptyResults = 0;
    cpu0 = cpuMs();
    QElapsedTimer searchWall;
    searchWall.start();
    for (const QString &query : queries) {
        search->clear();
        sendKey(search, Qt::Key_Return);
        waitUntil([&] { return false; }, 5);
        for (const QChar ch : query) {
            const int resetsBefore = resets;
            const int paintsBefore = tablePaints.count();
            clock.restart();
            sendKey(search, ch.unicode() < 0x80 ? int(ch.toUpper().unicode()) : 0, QString(ch));
            sendKey(search, Qt::Key_Return);
            waitUntil([&] { return resets > resetsBefore; }, 5000);
            if (model->rowCount() > 0)
                waitForPaint(tablePaints, paintsBefore, 2000);
            else
                ++emptyResults;
            keystrokes.push_back(ms(clock.nsecsElapsed()));
        }
    }

    const double searchWallMs = ms(searchWall.nsecsElapsed()), searchCpu = cpuMs() - cpu0;

    // (c) The whole list: let the model finish counting, scroll to the end, open the last customer.
    search->clear();
    sendKey(search, Qt::Key_Return);
    clock.restart();
    waitUntil([&] { return model->countComplete(); }, 120000);
    const double countMs = ms(clock.nsecsElapsed());
    const int rows = model->rowCount();
    int paintsBefore = tablePaints.count();
    clock.restart();
    cpu0 = cpuMs();
    table->scrollToBottom();
    waitForPaint(tablePaints, paintsBefore);
    const double scrollMs = ms(clock.nsecsElapsed()), scrollCpu = cpuMs() - cpu0;

    CustomerDetailView *detail = page->detailView();
    auto *title = detail->findChild<QLabel *>(QStringLiteral("customerTitleLabel"));
    auto *openAction = page->findChild<QAction *>(QStringLiteral("openCustomerAction"));
    if (!title || !openAction)
        return fail("customerTitleLabel or openCustomerAction not found");
    const PaintCounter &detailPaints = *new PaintCounter(detail);
    const QString titleBefore = title->text();
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    paintsBefore = detailPaints.count();
    clock.restart();
    cpu0 = cpuMs();
    openAction->trigger();
    waitUntil([&] { return page->isDetailShown() && title->text() != titleBefore; }, 5000);
    waitForPaint(detailPaints, paintsBefore);
    const double openMs = ms(clock.nsecsElapsed()), openCpu = cpuMs() - cpu0;
    const QString openedTitle = title->text();

    // (d) The other sections, each shown for the first time: built, then painted (the dashboard: with its
    // figures, which are read on a worker thread).
    struct SectionVisit {
        const char *name;
        MainWindow::Section section;
        double wallMs = -1, cpuMs = -1;
    };
    SectionVisit visits[] = {{"dashboard", MainWindow::DashboardSection},
                             {"pipeline", MainWindow::PipelineSection},
                             {"tasks", MainWindow::TasksSection}};
    for (SectionVisit &v : visits) {
        if (!main->isSectionAvailable(v.section))
            continue;
        clock.restart();
        cpu0 = cpuMs();
        main->showSection(v.section);
        QWidget *screen = main->sectionWidget(v.section);
        auto *dashboard = qobject_cast<DashboardPage *>(screen);
        // The dashboard: a paint of its first chart after the figures were put in; others: a paint.
        const PaintCounter &paints = *new PaintCounter(dashboard ? dashboard->pipelineChart()->viewport() : screen);
        int paintsAtFigures = dashboard && !dashboard->isLoading() ? 0 : -1;
        QMetaObject::Connection figures;
        if (dashboard)
            figures = QObject::connect(dashboard, &DashboardPage::figuresShown,
                                       [&] { paintsAtFigures = paints.count(); });
        waitUntil([&] { return paintsAtFigures >= 0 ? paints.count() > paintsAtFigures : !dashboard && paints.count() > 0; },
                  120000);
        QObject::disconnect(figures);
        v.wallMs = ms(clock.nsecsElapsed());
        v.cpuMs = cpuMs() - cpu0;
    }
    const QString loadAfter = loadAverage();

    const double p50 = percentile(keystrokes, 0.50), p95 = percentile(keystrokes, 0.95);
    const double maxKey = keystrokes.empty() ? 0 : *std::max_element(keystrokes.begin(), keystrokes.end());
    if (parser.isSet(jsonOpt)) {
        const QJsonObject o{{QStringLiteral("customers"), rows},
                            {QStringLiteral("qapplication_ms"), ms(appNs)},
                            {QStringLiteral("kdf_ms"), ms(kdfNs)},
                            {QStringLiteral("unlock_click_to_open_ms"), unlockMs},
                            {QStringLiteral("startup_excl_kdf_ms"), startupMs},
                            {QStringLiteral("startup_cpu_ms"), startupCpu},
                            {QStringLiteral("startup_window_built_ms"), windowBuiltMs},
                            {QStringLiteral("startup_list_painted_ms"), listPaintedMs},
                            {QStringLiteral("kdf_cpu_ms"), kdfCpu},
                            {QStringLiteral("search_total_ms"), searchWallMs},
                            {QStringLiteral("search_cpu_ms"), searchCpu},
                            {QStringLiteral("scroll_cpu_ms"), scrollCpu},
                            {QStringLiteral("open_customer_cpu_ms"), openCpu},
                            {QStringLiteral("dashboard_first_ms"), visits[0].wallMs},
                            {QStringLiteral("dashboard_first_cpu_ms"), visits[0].cpuMs},
                            {QStringLiteral("pipeline_first_ms"), visits[1].wallMs},
                            {QStringLiteral("pipeline_first_cpu_ms"), visits[1].cpuMs},
                            {QStringLiteral("tasks_first_ms"), visits[2].wallMs},
                            {QStringLiteral("tasks_first_cpu_ms"), visits[2].cpuMs},
                            {QStringLiteral("keystrokes"), int(keystrokes.size())},
                            {QStringLiteral("queries"), int(queries.size())},
                            {QStringLiteral("keystroke_p50_ms"), p50},
                            {QStringLiteral("keystroke_p95_ms"), p95},
                            {QStringLiteral("keystroke_max_ms"), maxKey},
                            {QStringLiteral("keystrokes_without_rows"), emptyResults},
                            {QStringLiteral("count_complete_ms"), countMs},
                            {QStringLiteral("scroll_to_end_ms"), scrollMs},
                            {QStringLiteral("open_customer_ms"), openMs},
                            {QStringLiteral("load_before"), loadBefore},
                            {QStringLiteral("load_after"), loadAfter}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("workspace: %d customers; load average %s (before) %s (after)\n", rows,
                    qPrintable(loadBefore), qPrintable(loadAfter));
        std::printf("(a) start-up to the Customers screen painted: %.0f ms (CPU %.0f ms) + KDF %.0f ms (CPU %.0f ms) "
                    "(QApplication %.0f ms; Unlock click to workspace open %.0f ms)\n",
                    startupMs, startupCpu, ms(kdfNs), kdfCpu, ms(appNs), unlockMs);
        std::printf("    of which: unlock dialog shown %.0f ms (CPU %.0f); main window built %.0f ms (CPU %.0f); "
                    "list painted %.0f ms (CPU %.0f)\n",
                    ms(dialogShownNs), dialogCpu, windowBuiltMs, windowCpu - hiddenCpu, listPaintedMs,
                    listPaintedCpu);
        std::printf("(b) search as you type, %zu keystrokes in %lld queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                    "(%d keystrokes matched nothing)\n",
                    keystrokes.size(), static_cast<long long>(queries.size()), p50, p95, maxKey, emptyResults);
        std::printf("    all keystrokes: %.0f ms wall, CPU %.0f ms\n", searchWallMs, searchCpu);
        std::printf("(c) count finished %.0f ms after clearing the search; scroll to end %.1f ms (CPU %.1f); "
                    "open the last customer %.1f ms (CPU %.1f) (\"%s\")\n",
                    countMs, scrollMs, scrollCpu, openMs, openCpu, qPrintable(openedTitle));
        for (const SectionVisit &v : visits)
            if (v.wallMs >= 0)
                std::printf("(d) first visit of %s: %.0f ms (CPU %.0f ms)\n", v.name, v.wallMs, v.cpuMs);
    }
    std::fflush(stdout);
    controller.lock();
    return 0;
}
