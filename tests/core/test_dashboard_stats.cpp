#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "reports/DashboardStats.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"

#include <QDateTime>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

constexpr qint64 kDay = 86'400'000LL;

QString addDeal(ServiceContext &ctx, const QString &customerId, qint64 minor, const QString &stage = QStringLiteral("lead"),
                const QString &currency = QStringLiteral("IDR"))
{
    DealService deals(ctx);
    Deal d;
    d.customerId = customerId;
    d.title = QStringLiteral("Deal %1").arg(minor);
    d.amount = Money(minor, currency);
    auto id = deals.create(d);
    REQUIRE(id.ok());
    if (stage != QLatin1String("lead")) {
        const Status s = deals.moveStage(*id, stage, stage == QLatin1String("lost") ? QStringLiteral("price") : QString());
        REQUIRE(s.ok());
    }
    return *id;
}

void addLog(ServiceContext &ctx, const QString &customerId, const QString &channel, qint64 occurredAt)
{
    Interaction entry;
    entry.customerId = customerId;
    entry.channel = channel;
    entry.occurredAt = occurredAt;
    entry.subject = QStringLiteral("contact");
    REQUIRE(InteractionService(ctx).add(entry).ok());
}

QString addTask(ServiceContext &ctx, const QString &customerId, const QString &title, qint64 dueAt)
{
    Task t;
    t.customerId = customerId;
    t.title = title;
    t.dueAt = dueAt;
    auto id = TaskService(ctx).add(t);
    REQUIRE(id.ok());
    return *id;
}

qint64 stageTotal(const PipelineValueStats &stats, const QString &stage)
{
    for (const StageValue &v : stats.stages) {
        if (v.stage == stage)
            return v.totalMinor;
    }
    FAIL("no stage " << stage.toStdString());
    return -1;
}

} // namespace

TEST_CASE("pipeline value per stage sums what was entered, per currency, without deleted deals", "[reports]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    // Amounts whose sum a double could not hold exactly.
    const qint64 big = 900'719'925'474'099'3LL;
    addDeal(f.owner(), customer, big);
    addDeal(f.owner(), customer, 1'250'000'00);
    addDeal(f.owner(), customer, 500'000'00, QStringLiteral("proposal"));
    addDeal(f.owner(), customer, 777'00, QStringLiteral("won"));
    addDeal(f.owner(), customer, 99'00, QStringLiteral("proposal"), QStringLiteral("EUR"));
    const QString gone = addDeal(f.owner(), customer, 123'00, QStringLiteral("proposal"));
    REQUIRE(DealService(f.owner()).remove(gone).ok());

    DashboardStats stats(f.owner());
    auto idr = stats.pipelineValue(QStringLiteral("IDR"));
    REQUIRE(idr.ok());
    REQUIRE(idr->stages.size() == DealService::stages().size());
    CHECK(idr->stages.first().stage == QLatin1String("lead"));
    CHECK(stageTotal(*idr, QStringLiteral("lead")) == big + 1'250'000'00);
    CHECK(idr->stages.first().count == 2);
    CHECK(stageTotal(*idr, QStringLiteral("proposal")) == 500'000'00);
    CHECK(stageTotal(*idr, QStringLiteral("won")) == 777'00);
    CHECK(stageTotal(*idr, QStringLiteral("lost")) == 0);

    auto eur = stats.pipelineValue(QStringLiteral("EUR"));
    REQUIRE(eur.ok());
    CHECK(stageTotal(*eur, QStringLiteral("proposal")) == 99'00);
    CHECK(stageTotal(*eur, QStringLiteral("lead")) == 0);
}

TEST_CASE("won revenue is summed by the local month the deal closed, over twelve months", "[reports]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("CV Maju"));
    // Start from mid-month (local time) so month arithmetic is unambiguous.
    const QDateTime start(QDate(2025, 1, 15), QTime(12, 0));
    f.clock().setNowMs(start.toMSecsSinceEpoch());
    addDeal(f.owner(), customer, 100'00, QStringLiteral("won")); // January 2025
    addDeal(f.owner(), customer, 250'00, QStringLiteral("won")); // January 2025
    addDeal(f.owner(), customer, 999'00, QStringLiteral("lost"));
    addDeal(f.owner(), customer, 5'00, QStringLiteral("won"), QStringLiteral("USD"));
    f.clock().setNowMs(QDateTime(QDate(2025, 6, 3), QTime(9, 0)).toMSecsSinceEpoch());
    addDeal(f.owner(), customer, 1'000'00, QStringLiteral("won")); // June 2025
    f.clock().setNowMs(QDateTime(QDate(2024, 1, 20), QTime(9, 0)).toMSecsSinceEpoch());
    addDeal(f.owner(), customer, 7'00, QStringLiteral("won")); // more than twelve months before the end
    f.clock().setNowMs(QDateTime(QDate(2025, 12, 31), QTime(23, 0)).toMSecsSinceEpoch());
    addDeal(f.owner(), customer, 3'00, QStringLiteral("won")); // December 2025, the last month

    auto won = DashboardStats(f.owner()).wonRevenue(QStringLiteral("IDR"), 12);
    REQUIRE(won.ok());
    REQUIRE(won->months.size() == 12);
    CHECK(won->months.first().month == QDate(2025, 1, 1));
    CHECK(won->months.last().month == QDate(2025, 12, 1));
    CHECK(won->months.at(0).totalMinor == 350'00);
    CHECK(won->months.at(0).count == 2);
    CHECK(won->months.at(5).totalMinor == 1'000'00);
    CHECK(won->months.at(11).totalMinor == 3'00);
    qint64 sum = 0;
    for (const MonthValue &m : won->months)
        sum += m.totalMinor;
    CHECK(sum == 350'00 + 1'000'00 + 3'00);

    const QVector<qint64> bounds = DashboardStats::monthBoundaries(f.clock().nowMs(), 12);
    REQUIRE(bounds.size() == 13);
    CHECK(QDateTime::fromMSecsSinceEpoch(bounds.first()).date() == QDate(2025, 1, 1));
    CHECK(QDateTime::fromMSecsSinceEpoch(bounds.last()).date() == QDate(2026, 1, 1));
}

TEST_CASE("activities are counted per channel over the last thirty days", "[reports]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    const qint64 now = f.clock().nowMs();
    addLog(f.owner(), customer, QStringLiteral("call"), now - 1 * kDay);
    addLog(f.owner(), customer, QStringLiteral("call"), now - 29 * kDay);
    addLog(f.owner(), customer, QStringLiteral("whatsapp"), now - 2 * kDay);
    addLog(f.owner(), customer, QStringLiteral("email"), now - 31 * kDay); // too old
    addLog(f.owner(), customer, QStringLiteral("visit"), now + 2 * kDay);  // planned, not yet happened

    auto act = DashboardStats(f.owner()).activities(30);
    REQUIRE(act.ok());
    REQUIRE(act->channels.size() == InteractionService::channels().size());
    QHash<QString, qint64> counts;
    for (const ChannelCount &c : act->channels)
        counts.insert(c.channel, c.count);
    CHECK(counts.value(QStringLiteral("call")) == 2);
    CHECK(counts.value(QStringLiteral("whatsapp")) == 1);
    CHECK(counts.value(QStringLiteral("email")) == 0);
    CHECK(counts.value(QStringLiteral("visit")) == 0);
    CHECK(act->total == 3);
}

TEST_CASE("overdue tasks are the open ones due before now, oldest first", "[reports]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Sari Dewi"));
    const qint64 now = f.clock().nowMs();
    addTask(f.owner(), customer, QStringLiteral("Call back"), now - 2 * kDay);
    addTask(f.owner(), customer, QStringLiteral("Send quote"), now - 5 * kDay);
    addTask(f.owner(), QString(), QStringLiteral("Team meeting"), now - 1 * kDay);
    addTask(f.owner(), customer, QStringLiteral("Next week"), now + 7 * kDay);
    const QString done = addTask(f.owner(), customer, QStringLiteral("Done already"), now - 3 * kDay);
    REQUIRE(TaskService(f.owner()).complete(done).ok());

    auto overdue = DashboardStats(f.owner()).overdueTasks(2);
    REQUIRE(overdue.ok());
    CHECK(overdue->count == 3);
    REQUIRE(overdue->first.size() == 2);
    CHECK(overdue->first.at(0).title == QLatin1String("Send quote"));
    CHECK(overdue->first.at(0).customerName == QLatin1String("Sari Dewi"));
    CHECK(overdue->first.at(1).title == QLatin1String("Call back"));
}

TEST_CASE("a sales rep's dashboard counts only their customers' deals, logs and tasks", "[reports]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales, QStringLiteral("Rina"));
    const QString other = f.addUser(Role::Sales, QStringLiteral("Agus"));
    const QString mine = f.addCustomer(rep, QStringLiteral("Mine"));
    const QString theirs = f.addCustomer(other, QStringLiteral("Theirs"));
    const qint64 now = f.clock().nowMs();
    addDeal(f.as(rep), mine, 400'00, QStringLiteral("proposal"));
    addDeal(f.as(other), theirs, 9'000'00, QStringLiteral("proposal"));
    addDeal(f.as(rep), mine, 60'00, QStringLiteral("won"));
    addDeal(f.as(other), theirs, 70'00, QStringLiteral("won"));
    addLog(f.as(rep), mine, QStringLiteral("call"), now - kDay);
    addLog(f.as(other), theirs, QStringLiteral("call"), now - kDay);
    addTask(f.as(rep), mine, QStringLiteral("mine"), now - kDay);
    addTask(f.as(other), theirs, QStringLiteral("theirs"), now - kDay);

    SECTION("the rep")
    {
        DashboardStats stats(f.as(rep));
        auto value = stats.pipelineValue(QStringLiteral("IDR"));
        REQUIRE(value.ok());
        CHECK(stageTotal(*value, QStringLiteral("proposal")) == 400'00);
        auto won = stats.wonRevenue(QStringLiteral("IDR"));
        REQUIRE(won.ok());
        CHECK(won->months.last().totalMinor == 60'00);
        auto act = stats.activities();
        REQUIRE(act.ok());
        CHECK(act->total == 1);
        auto tasks = stats.overdueTasks();
        REQUIRE(tasks.ok());
        CHECK(tasks->count == 1);
        REQUIRE(tasks->first.size() == 1);
        CHECK(tasks->first.first().title == QLatin1String("mine"));
    }
    SECTION("the owner sees everyone's")
    {
        DashboardStats stats(f.owner());
        auto value = stats.pipelineValue(QStringLiteral("IDR"));
        REQUIRE(value.ok());
        CHECK(stageTotal(*value, QStringLiteral("proposal")) == 9'400'00);
        auto won = stats.wonRevenue(QStringLiteral("IDR"));
        REQUIRE(won.ok());
        CHECK(won->months.last().totalMinor == 130'00);
        CHECK(stats.activities()->total == 2);
        CHECK(stats.overdueTasks()->count == 2);
    }
}
