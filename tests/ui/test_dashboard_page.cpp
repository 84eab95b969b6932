#include "ui/UiTestSupport.h"

#include "support/ServiceFixture.h"

#include "dashboard/DashboardChart.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "main/ReadWorker.h"
#include "pipeline/PipelinePage.h"
#include "models/PipelineModel.h"
#include "support/TestSupport.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"

#include <QBarSet>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>

#include <numeric>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

constexpr qint64 kDay = 86'400'000LL;

void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("RELASI_SHOTS_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

QString addDeal(ServiceContext &ctx, const QString &customerId, qint64 minor, const QString &stage)
{
    DealService deals(ctx);
    Deal d;
    d.customerId = customerId;
    d.title = QStringLiteral("Deal");
    d.amount = Money(minor, QStringLiteral("IDR"));
    auto id = deals.create(d);
    REQUIRE(id.ok());
    if (stage != QLatin1String("lead"))
        REQUIRE(deals.moveStage(*id, stage, QStringLiteral("budget")).ok());
    return *id;
}

void addLog(ServiceContext &ctx, const QString &customerId, const QString &channel, qint64 at)
{
    Interaction e;
    e.customerId = customerId;
    e.channel = channel;
    e.occurredAt = at;
    REQUIRE(InteractionService(ctx).add(e).ok());
}

QVector<qreal> bars(DashboardChart *chart)
{
    QVector<qreal> out;
    for (int i = 0; i < chart->barSet()->count(); ++i)
        out << chart->barSet()->at(i);
    return out;
}

} // namespace

TEST_CASE("Dashboard: the bars show the pipeline, won revenue and activities that were entered", "[ui][dashboard]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    const qint64 now = f.clock().nowMs();
    addDeal(f.owner(), customer, 1'250'000'00, QStringLiteral("lead"));
    addDeal(f.owner(), customer, 750'000'00, QStringLiteral("lead"));
    addDeal(f.owner(), customer, 4'000'000'00, QStringLiteral("proposal"));
    addDeal(f.owner(), customer, 2'000'000'00, QStringLiteral("won"));
    addDeal(f.owner(), customer, 100'000'00, QStringLiteral("lost"));
    addLog(f.owner(), customer, QStringLiteral("call"), now - kDay);
    addLog(f.owner(), customer, QStringLiteral("call"), now - 2 * kDay);
    addLog(f.owner(), customer, QStringLiteral("whatsapp"), now - 3 * kDay);
    addLog(f.owner(), customer, QStringLiteral("visit"), now - 40 * kDay);
    Task late;
    late.customerId = customer;
    late.title = QStringLiteral("Kirim penawaran");
    late.dueAt = now - 2 * kDay;
    REQUIRE(TaskService(f.owner()).add(late).ok());

    DashboardPage page(f.owner());
    page.resize(1100, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // Stages in pipeline order, in rupiah (major units) on the bars.
    CHECK(bars(page.pipelineChart()) == QVector<qreal>{2'000'000, 0, 4'000'000, 0, 2'000'000, 100'000});
    CHECK(page.pipelineChart()->categories().first() == QStringLiteral("Lead"));
    const QVector<qreal> revenue = bars(page.revenueChart());
    REQUIRE(revenue.size() == 12);
    CHECK(revenue.last() == 2'000'000);
    CHECK(std::accumulate(revenue.begin(), revenue.end(), 0.0) == 2'000'000);
    // call, email, meeting, whatsapp, sms, visit, note
    CHECK(bars(page.activityChart()) == QVector<qreal>{2, 0, 0, 1, 0, 0, 0});
    CHECK(findChild<QLabel>(&page, "dashboardOverdueCount")->text() == QStringLiteral("1"));
    auto *list = findChild<QListWidget>(&page, "dashboardOverdueList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Kirim penawaran — PT Sinar Jaya")));
    shot(&page, "dashboard");

    SECTION("a change through the services refreshes the charts once, after the debounce")
    {
        const int before = page.refreshCount();
        addDeal(f.owner(), customer, 500'000'00, QStringLiteral("qualified"));
        addDeal(f.owner(), customer, 500'000'00, QStringLiteral("qualified"));
        CHECK(page.isRefreshPending());
        CHECK(bars(page.pipelineChart()).at(1) == 0); // not yet
        REQUIRE(waitFor([&] { return !page.isRefreshPending(); }, 5000));
        CHECK(page.refreshCount() == before + 1);
        CHECK(bars(page.pipelineChart()).at(1) == 1'000'000);
    }
}

TEST_CASE("Dashboard: a sales rep's charts count only their customers", "[ui][dashboard]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString other = f.addUser(Role::Sales);
    addDeal(f.as(rep), f.addCustomer(rep, QStringLiteral("Mine")), 300'00, QStringLiteral("proposal"));
    addDeal(f.as(other), f.addCustomer(other, QStringLiteral("Theirs")), 900'00, QStringLiteral("proposal"));
    DashboardPage page(f.as(rep));
    page.show();
    CHECK(bars(page.pipelineChart()).at(2) == 300);
}

TEST_CASE("Dashboard: axis labels use the user's locale", "[ui][dashboard]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    addDeal(f.owner(), f.addCustomer(f.ownerId(), QStringLiteral("Toko Jaya")), 1'250'000'00, QStringLiteral("lead"));
    {
        DashboardPage page(f.owner());
        page.resize(1100, 720);
        page.show();
        CHECK(page.pipelineChart()->toolTip().contains(QStringLiteral("Rp 1.250.000")));
        shot(&page, "dashboard-id");
    }
    QLocale::setDefault(previous);
}

// Hidden ([.shots]): fills a workspace with DemoGenerator and saves the Pipeline and Dashboard screens in
// English and with Indonesian locale formatting to $RELASI_SHOTS_DIR, for looking at them.
TEST_CASE("Screens over demo data, English and Indonesian formatting", "[.shots]")
{
    const QString dir = qEnvironmentVariable("RELASI_SHOTS_DIR");
    if (dir.isEmpty())
        RELASI_SKIP("set RELASI_SHOTS_DIR");
    UiTestScope scope;
    ServiceFixture f;
    DemoGenerator demo(f.owner(), 42);
    auto stats = demo.generate(qEnvironmentVariableIntValue("RELASI_DEMO_CUSTOMERS") > 0
                                   ? qEnvironmentVariableIntValue("RELASI_DEMO_CUSTOMERS")
                                   : 5000);
    REQUIRE(stats.ok());
    REQUIRE(stats->deals > 0);
    const QLocale previous;
    for (const char *lang : {"en", "id"}) {
        QLocale::setDefault(QString::fromLatin1(lang) == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                                            : QLocale(QLocale::English, QLocale::UnitedStates));
        PipelinePage pipeline(f.owner());
        pipeline.resize(1280, 800);
        pipeline.show();
        REQUIRE(QTest::qWaitForWindowExposed(&pipeline));
        qint64 deals = 0;
        for (const QString &stage : PipelineModel::stages())
            deals += pipeline.model()->stageCount(stage);
        CHECK(deals == stats->deals - stats->dealErrors);
        pipeline.grab().save(dir + QStringLiteral("/demo-pipeline-%1.png").arg(QLatin1String(lang)));
        pipeline.setShowTable(true);
        pipeline.grab().save(dir + QStringLiteral("/demo-pipeline-table-%1.png").arg(QLatin1String(lang)));
        DashboardPage dashboard(f.owner());
        dashboard.resize(1280, 800);
        dashboard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dashboard));
        dashboard.grab().save(dir + QStringLiteral("/demo-dashboard-%1.png").arg(QLatin1String(lang)));
    }
    QLocale::setDefault(previous);
}

TEST_CASE("Dashboard: with a read worker the figures are read off the GUI thread, \"Loading\" shown meanwhile",
          "[ui][dashboard][worker]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    addDeal(f.owner(), customer, 4'000'000'00, QStringLiteral("proposal"));
    Task late;
    late.customerId = customer;
    late.title = QStringLiteral("Kirim penawaran");
    late.dueAt = f.clock().nowMs() - 2 * kDay; // overdue by the fixture's clock, which the worker reads with
    REQUIRE(TaskService(f.owner()).add(late).ok());

    ReadWorker reader(&f.workspace(), f.owner().session());
    DashboardPage page(f.owner(), &reader);
    page.resize(1100, 720);
    page.show();
    QSignalSpy shown(&page, &DashboardPage::figuresShown);
    CHECK(page.isLoading());
    CHECK(findChild<QLabel>(&page, "dashboardLoadingLabel")->isVisible());
    REQUIRE(waitFor([&] { return !page.isLoading(); }, 10000));
    CHECK(shown.count() == 1);
    CHECK_FALSE(findChild<QLabel>(&page, "dashboardLoadingLabel")->isVisible());
    CHECK(bars(page.pipelineChart()) == QVector<qreal>{0, 0, 4'000'000, 0, 0, 0});
    CHECK(findChild<QLabel>(&page, "dashboardOverdueCount")->text() == QStringLiteral("1"));
    CHECK_FALSE(findChild<QLabel>(&page, "dashboardError")->isVisible());

    SECTION("a change refreshes from the worker too")
    {
        addDeal(f.owner(), customer, 500'000'00, QStringLiteral("qualified"));
        REQUIRE(waitFor([&] { return shown.count() == 2 && !page.isLoading(); }, 10000));
        CHECK(bars(page.pipelineChart()).at(1) == 500'000);
    }
    SECTION("after stop() the page reads on its own thread, and a result in flight is dropped")
    {
        page.refresh();
        CHECK(page.isLoading());
        reader.stop();
        CHECK(reader.isStopped());
        QTest::qWait(50);
        CHECK(shown.count() == 1); // the dropped read never arrives
    }
}

TEST_CASE("Read worker: a result for an object destroyed meanwhile is dropped", "[ui][dashboard][worker]")
{
    UiTestScope scope;
    ServiceFixture f;
    ReadWorker reader(&f.workspace(), f.owner().session());
    bool delivered = false;
    int seenByWorker = 0;
    {
        QObject receiver;
        reader.post<int>(
            &receiver, f.clock().nowMs(),
            [](ServiceContext *ctx) {
                QSqlQuery q(ctx ? ctx->db() : QSqlDatabase());
                return q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() ? q.value(0).toInt() : -1;
            },
            [&](int) { delivered = true; });
    }
    QObject alive;
    reader.post<int>(
        &alive, f.clock().nowMs(), [](ServiceContext *ctx) { return ctx ? 1 : -1; },
        [&](int v) { seenByWorker = v; });
    REQUIRE(waitFor([&] { return reader.pendingJobs() == 0; }, 10000));
    CHECK_FALSE(delivered);
    CHECK(seenByWorker == 1); // the worker opened its own keyed connection
    CHECK(reader.openError().isEmpty());
}
