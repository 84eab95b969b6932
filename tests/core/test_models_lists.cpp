#include <catch2/catch.hpp>

#include "common/Clock.h"
#include "models/PipelineModel.h"
#include "models/TasksDueModel.h"
#include "models/TimelineModel.h"
#include "test_search_fixture.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::CustomerSpec;
using relasi::test::SearchFixture;

namespace {

int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "qt.modeltest" && type != QtDebugMsg) {
        ++g_warnings;
        UNSCOPED_INFO(message.toStdString());
    }
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

// Runs QAbstractItemModelTester over the model while `drive` changes it; returns the tester's complaints.
template<typename Drive>
int modelTesterComplaints(QAbstractItemModel &model, Drive drive)
{
    g_warnings = 0;
    g_previous = qInstallMessageHandler(countWarnings);
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        drive();
    }
    qInstallMessageHandler(g_previous);
    return g_warnings;
}

void addInteraction(SearchFixture &f, const QString &id, const QString &customerId, qint64 at, int cl = 1)
{
    QSqlQuery q(f.db());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO interactions (id, customer_id, channel, direction, occurred_at, "
                                     "subject, user_id, cl, created_at, updated_at) "
                                     "VALUES (?, ?, 'call', 'out', ?, ?, 'u-owner', ?, 0, 0)")));
    q.addBindValue(id);
    q.addBindValue(customerId);
    q.addBindValue(at);
    q.addBindValue(QString(QStringLiteral("subject ") + id));
    q.addBindValue(cl);
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("timeline shows one customer's live interactions newest first", "[models]")
{
    SearchFixture f;
    CustomerSpec spec;
    spec.displayName = QStringLiteral("Budi");
    const QString budi = f.addCustomer(spec);
    const QString other = f.addCustomer(spec);
    addInteraction(f, QStringLiteral("i1"), budi, 1000);
    addInteraction(f, QStringLiteral("i2"), budi, 3000);
    addInteraction(f, QStringLiteral("i3"), budi, 2000);
    addInteraction(f, QStringLiteral("i4"), other, 5000);
    addInteraction(f, QStringLiteral("i5"), budi, 4000, 2); // deleted

    TimelineModel model(f.db());
    const int complaints = modelTesterComplaints(model, [&] {
        model.setCustomerId(budi);
        REQUIRE(model.rowCount() == 3);
        CHECK(model.data(model.index(0, 0), TimelineModel::IdRole) == QStringLiteral("i2"));
        CHECK(model.data(model.index(1, 0), TimelineModel::IdRole) == QStringLiteral("i3"));
        CHECK(model.data(model.index(2, 0), TimelineModel::IdRole) == QStringLiteral("i1"));
        CHECK(model.data(model.index(0, TimelineModel::User)) == QStringLiteral("Olivia Owner"));
        addInteraction(f, QStringLiteral("i6"), budi, 9000);
        model.onChanged(QStringLiteral("interaction"), {QStringLiteral("i6")});
        CHECK(model.rowCount() == 4);
        CHECK(model.data(model.index(0, 0), TimelineModel::IdRole) == QStringLiteral("i6"));
        model.setCustomerId(QString());
        CHECK(model.rowCount() == 0);
    });
    CHECK(complaints == 0);
}

TEST_CASE("pipeline totals per stage and currency equal integer sums done here", "[models]")
{
    SearchFixture f;
    CustomerSpec spec;
    spec.displayName = QStringLiteral("Budi");
    const QString customer = f.addCustomer(spec);
    const QStringList stages = PipelineModel::stages();
    const QStringList currencies{QStringLiteral("IDR"), QStringLiteral("EUR"), QStringLiteral("JPY")};
    QMap<QPair<QString, QString>, qint64> expectedTotal, expectedCount;
    QRandomGenerator rng(99);
    QSqlQuery q(f.db());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO deals (id, customer_id, stage, amount_minor, currency, cl, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)")));
    for (int i = 0; i < 300; ++i) {
        const QString stage = stages.at(int(rng.bounded(5))); // nothing lost: its row stays empty
        const QString currency = currencies.at(int(rng.bounded(3)));
        // Large amounts (IDR in minor units) whose sum would lose cents in a double.
        const qint64 amount = qint64(rng.bounded(1000000)) * 1000003LL + 7;
        const bool deleted = i % 17 == 0;
        q.addBindValue(QStringLiteral("d%1").arg(i));
        q.addBindValue(customer);
        q.addBindValue(stage);
        q.addBindValue(amount);
        q.addBindValue(currency);
        q.addBindValue(deleted ? 2 : 1);
        REQUIRE(q.exec());
        if (!deleted) {
            expectedTotal[{stage, currency}] += amount;
            expectedCount[{stage, currency}] += 1;
        }
    }
    PipelineModel model(f.db());
    const int complaints = modelTesterComplaints(model, [&] {
        for (const QString &stage : stages) {
            for (const QString &currency : currencies) {
                CAPTURE(stage, currency);
                CHECK(model.totalMinor(stage, currency) == expectedTotal.value({stage, currency}));
                CHECK(model.count(stage, currency) == expectedCount.value({stage, currency}));
            }
        }
        // Every row's cells agree with the lookups and are integers.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString stage = model.data(model.index(row, PipelineModel::Stage)).toString();
            const QString currency = model.data(model.index(row, PipelineModel::Currency)).toString();
            const QVariant total = model.data(model.index(row, PipelineModel::TotalMinor));
            CHECK(total.typeId() == QMetaType::LongLong);
            CHECK(total.toLongLong() == expectedTotal.value({stage, currency}));
        }
        // The empty stage has its row, so the pipeline always shows every stage in order.
        CHECK(model.data(model.index(model.rowCount() - 1, PipelineModel::Stage)) == QStringLiteral("lost"));
        CHECK(model.data(model.index(model.rowCount() - 1, PipelineModel::Count)).toLongLong() == 0);
        model.onChanged(QStringLiteral("deal"), {});
    });
    CHECK(complaints == 0);
}

TEST_CASE("tasks due are grouped overdue, today, upcoming by the injected clock", "[models]")
{
    SearchFixture f;
    const QDateTime noon(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime);
    ManualClock clock(noon.toMSecsSinceEpoch());
    auto addTask = [&](const QString &id, const QVariant &due, const QVariant &doneAt = QVariant()) {
        QSqlQuery q(f.db());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO tasks (id, title, due_at, assignee_id, done_at, created_at, "
                                         "updated_at) VALUES (?, ?, ?, 'u-owner', ?, 0, 0)")));
        q.addBindValue(id);
        q.addBindValue(QString(QStringLiteral("task ") + id));
        q.addBindValue(due);
        q.addBindValue(doneAt);
        REQUIRE(q.exec());
    };
    const qint64 hour = 3600 * 1000;
    addTask(QStringLiteral("yesterday"), noon.toMSecsSinceEpoch() - 24 * hour);
    addTask(QStringLiteral("this-morning"), noon.toMSecsSinceEpoch() - 3 * hour);
    addTask(QStringLiteral("tonight"), noon.toMSecsSinceEpoch() + 10 * hour);
    addTask(QStringLiteral("tomorrow"), noon.toMSecsSinceEpoch() + 24 * hour);
    addTask(QStringLiteral("someday"), QVariant(QMetaType::fromType<qint64>()));
    addTask(QStringLiteral("done"), noon.toMSecsSinceEpoch() - 48 * hour, noon.toMSecsSinceEpoch());

    TasksDueModel model(f.db(), clock);
    const int complaints = modelTesterComplaints(model, [&] {
        REQUIRE(model.rowCount() == 5);
        const QStringList ids{QStringLiteral("yesterday"), QStringLiteral("this-morning"), QStringLiteral("tonight"),
                              QStringLiteral("tomorrow"), QStringLiteral("someday")};
        const QList<int> buckets{TasksDueModel::Overdue, TasksDueModel::Today, TasksDueModel::Today,
                                 TasksDueModel::Upcoming, TasksDueModel::Upcoming};
        for (int row = 0; row < 5; ++row) {
            CAPTURE(row);
            CHECK(model.data(model.index(row, 0), TasksDueModel::IdRole) == ids.at(row));
            CHECK(model.data(model.index(row, 0), TasksDueModel::BucketRole).toInt() == buckets.at(row));
        }
        // A day later, "tonight" is overdue and "tomorrow" is today.
        clock.advanceMs(24 * hour);
        model.onChanged(QStringLiteral("task"), {});
        CHECK(model.data(model.index(2, 0), TasksDueModel::BucketRole).toInt() == TasksDueModel::Overdue);
        CHECK(model.data(model.index(3, 0), TasksDueModel::BucketRole).toInt() == TasksDueModel::Today);
    });
    CHECK(complaints == 0);
}

namespace {

void addDealRow(SearchFixture &f, const QString &id, const QString &customerId, const QString &stage, qint64 amount,
                const QVariant &expectedClose, const QString &ownerId = QStringLiteral("u-owner"),
                const QString &currency = QStringLiteral("IDR"), int cl = 1)
{
    QSqlQuery q(f.db());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO deals (id, customer_id, title, stage, amount_minor, currency, "
                                     "expected_close, owner_id, cl, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")));
    q.addBindValue(id);
    q.addBindValue(customerId);
    q.addBindValue(QString(QStringLiteral("deal ") + id));
    q.addBindValue(stage);
    q.addBindValue(amount);
    q.addBindValue(currency);
    q.addBindValue(expectedClose);
    q.addBindValue(ownerId);
    q.addBindValue(cl);
    REQUIRE(q.exec());
}

QStringList ids(const QVector<PipelineDeal> &deals)
{
    QStringList out;
    for (const PipelineDeal &d : deals)
        out << d.id;
    return out;
}

} // namespace

TEST_CASE("pipeline reads a window of cards per stage; totals still count every deal; Show more reads more",
          "[models][pipeline]")
{
    SearchFixture f;
    CustomerSpec spec;
    spec.displayName = QStringLiteral("Budi");
    const QString customer = f.addCustomer(spec);
    const int n = PipelineModel::windowSize + 23;
    const qint64 day = 24 * 3600 * 1000LL;
    qint64 leadSum = 0;
    // Lead deals closing on days n..1 (inserted latest first), two undated ones, and a deleted one.
    for (int i = 0; i < n; ++i) {
        const qint64 amount = 1'000'003LL * (i + 1);
        addDealRow(f, QStringLiteral("lead-%1").arg(n - i, 3, 10, QLatin1Char('0')), customer, QStringLiteral("lead"),
                   amount, qint64(n - i) * day);
        leadSum += amount;
    }
    addDealRow(f, QStringLiteral("undated-a"), customer, QStringLiteral("lead"), 5, QVariant(QMetaType::fromType<qint64>()));
    addDealRow(f, QStringLiteral("undated-b"), customer, QStringLiteral("lead"), 7, QVariant(QMetaType::fromType<qint64>()));
    addDealRow(f, QStringLiteral("deleted"), customer, QStringLiteral("lead"), 1000, day, QStringLiteral("u-owner"),
               QStringLiteral("IDR"), 2);
    // Won deals: the latest expected close first.
    addDealRow(f, QStringLiteral("won-old"), customer, QStringLiteral("won"), 100, day);
    addDealRow(f, QStringLiteral("won-new"), customer, QStringLiteral("won"), 200, 9 * day);

    PipelineModel model(f.db());
    const int complaints = modelTesterComplaints(model, [&] {
        CHECK(model.totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == leadSum + 12);
        CHECK(model.stageCount(QStringLiteral("lead")) == n + 2);
        CHECK(model.shownCount(QStringLiteral("lead")) == PipelineModel::windowSize);
        CHECK(model.moreCount(QStringLiteral("lead")) == n + 2 - PipelineModel::windowSize);
        const QStringList lead = ids(model.deals(QStringLiteral("lead")));
        REQUIRE(lead.size() == PipelineModel::windowSize);
        // Soonest expected close first: day 1, day 2, …
        CHECK(lead.first() == QStringLiteral("lead-001"));
        CHECK(lead.at(1) == QStringLiteral("lead-002"));
        CHECK(lead.last() == QStringLiteral("lead-%1").arg(PipelineModel::windowSize, 3, 10, QLatin1Char('0')));
        CHECK_FALSE(lead.contains(QStringLiteral("deleted")));
        CHECK(ids(model.deals(QStringLiteral("won"))) == QStringList{QStringLiteral("won-new"), QStringLiteral("won-old")});
        CHECK(model.dealTable()->rowCount() == PipelineModel::windowSize + 2);

        model.showMore(QStringLiteral("lead"));
        const QStringList more = ids(model.deals(QStringLiteral("lead")));
        CHECK(more.size() == n + 2);
        CHECK(model.moreCount(QStringLiteral("lead")) == 0);
        // The undated deals come after every dated one.
        CHECK(more.at(n - 1) == QStringLiteral("lead-%1").arg(n, 3, 10, QLatin1Char('0')));
        CHECK(more.mid(n) == QStringList{QStringLiteral("undated-a"), QStringLiteral("undated-b")});
        // The totals did not change with the window.
        CHECK(model.totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == leadSum + 12);
    });
    CHECK(complaints == 0);
}

TEST_CASE("pipeline filters by owner and period in SQL; the totals follow; a sales rep sees own and shared deals",
          "[models][pipeline]")
{
    SearchFixture f;
    f.addUser(QStringLiteral("u-rep"), QStringLiteral("Rina Rep"), QStringLiteral("sales"));
    f.addUser(QStringLiteral("u-other"), QStringLiteral("Oki Other"), QStringLiteral("sales"));
    CustomerSpec ownerSpec;
    ownerSpec.displayName = QStringLiteral("PT Owner");
    const QString ownersCustomer = f.addCustomer(ownerSpec);
    CustomerSpec repSpec;
    repSpec.displayName = QStringLiteral("CV Rep");
    repSpec.ownerId = QStringLiteral("u-rep");
    const QString repsCustomer = f.addCustomer(repSpec);
    CustomerSpec sharedSpec;
    sharedSpec.displayName = QStringLiteral("Toko Shared");
    sharedSpec.ownerId = QStringLiteral("u-other");
    const QString sharedCustomer = f.addCustomer(sharedSpec);
    f.share(sharedCustomer, QStringLiteral("u-rep"));

    const QDateTime now(QDate(2026, 5, 15), QTime(12, 0), Qt::LocalTime);
    const auto month = PipelineModel::periodRange(PipelineModel::ThisMonth, now.toMSecsSinceEpoch());
    const qint64 inMonth = month.first + 3600 * 1000;
    const qint64 nextYear = month.second + 400LL * 24 * 3600 * 1000;
    QMap<QString, qint64> amount;
    auto add = [&](const QString &id, const QString &customer, const QString &owner, qint64 minor, qint64 close) {
        addDealRow(f, id, customer, QStringLiteral("proposal"), minor, close, owner);
        amount.insert(id, minor);
    };
    add(QStringLiteral("owner-now"), ownersCustomer, QStringLiteral("u-owner"), 1'000'000'00, inMonth);
    add(QStringLiteral("owner-later"), ownersCustomer, QStringLiteral("u-owner"), 2'000'000'00, nextYear);
    add(QStringLiteral("rep-own-deal"), ownersCustomer, QStringLiteral("u-rep"), 30'000'00, inMonth);
    add(QStringLiteral("rep-customer"), repsCustomer, QStringLiteral("u-other"), 400'000'00, nextYear);
    add(QStringLiteral("shared"), sharedCustomer, QStringLiteral("u-other"), 5'000'00, inMonth);
    auto sum = [&](const QStringList &which) {
        qint64 s = 0;
        for (const QString &id : which)
            s += amount.value(id);
        return s;
    };
    const QString proposal = QStringLiteral("proposal");
    const QString idr = QStringLiteral("IDR");

    SECTION("owner filter")
    {
        PipelineModel model(f.db());
        CHECK(model.totalMinor(proposal, idr) == sum(amount.keys()));
        model.setOwnerFilter(QStringLiteral("u-owner"));
        CHECK(model.totalMinor(proposal, idr) == sum({QStringLiteral("owner-now"), QStringLiteral("owner-later")}));
        CHECK(model.count(proposal, idr) == 2);
        CHECK(ids(model.deals()).size() == 2);
        // The owner list keeps every owner while filtered, by name.
        QStringList owners;
        for (const auto &o : model.owners())
            owners << o.second;
        CHECK(owners == QStringList{QStringLiteral("Oki Other"), QStringLiteral("Olivia Owner"), QStringLiteral("Rina Rep")});
    }
    SECTION("period filter")
    {
        PipelineQuery query;
        query.closeFrom = month.first;
        query.closeTo = month.second;
        const PipelineSnapshot s = PipelineModel::read(f.db(), query);
        REQUIRE(s.error.isEmpty());
        QStringList got = ids(s.deals);
        got.sort();
        CHECK(got == QStringList{QStringLiteral("owner-now"), QStringLiteral("rep-own-deal"), QStringLiteral("shared")});
        REQUIRE(s.totals.size() == 1);
        CHECK(s.totals.first().totalMinor ==
              sum({QStringLiteral("owner-now"), QStringLiteral("rep-own-deal"), QStringLiteral("shared")}));
    }
    SECTION("a sales rep")
    {
        PipelineModel model(f.db(), QStringLiteral("u-rep"));
        QStringList got = ids(model.deals());
        got.sort();
        const QStringList visible{QStringLiteral("rep-customer"), QStringLiteral("rep-own-deal"), QStringLiteral("shared")};
        CHECK(got == visible);
        CHECK(model.totalMinor(proposal, idr) == sum(visible));
        CHECK(model.count(proposal, idr) == 3);
        QStringList owners;
        for (const auto &o : model.owners())
            owners << o.first;
        CHECK_FALSE(owners.contains(QStringLiteral("u-owner")));
    }
}

TEST_CASE("pipeline with a reader: loading until the snapshot arrives, the previous figures kept meanwhile",
          "[models][pipeline]")
{
    SearchFixture f;
    CustomerSpec spec;
    spec.displayName = QStringLiteral("Budi");
    const QString customer = f.addCustomer(spec);
    addDealRow(f, QStringLiteral("a"), customer, QStringLiteral("lead"), 700, QVariant(QMetaType::fromType<qint64>()));
    PipelineModel model(f.db());
    REQUIRE(model.hasData());
    QVector<std::function<void(PipelineSnapshot)>> pending;
    QVector<PipelineQuery> asked;
    model.setReader([&](const PipelineQuery &q, std::function<void(PipelineSnapshot)> done) {
        asked << q;
        pending << std::move(done);
    });
    CHECK(model.isLoading());
    REQUIRE(pending.size() == 1);
    addDealRow(f, QStringLiteral("b"), customer, QStringLiteral("lead"), 300, QVariant(QMetaType::fromType<qint64>()));
    CHECK(model.totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 700); // still the old figures
    // A filter change while reading is read once the current read is back, with the new filter.
    model.setOwnerFilter(QStringLiteral("u-owner"));
    CHECK(pending.size() == 1);
    pending.takeFirst()(PipelineModel::read(f.db(), asked.first()));
    REQUIRE(pending.size() == 1);
    CHECK(asked.last().ownerFilter == QStringLiteral("u-owner"));
    CHECK(model.isLoading());
    pending.takeFirst()(PipelineModel::read(f.db(), asked.last()));
    CHECK_FALSE(model.isLoading());
    CHECK(model.totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 1000);
    CHECK(model.stageCount(QStringLiteral("lead")) == 2);
}

TEST_CASE("tasks due: each bucket lists at most bucketLimit rows in due order and counts them all", "[models]")
{
    SearchFixture f;
    const QDateTime noon(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime);
    ManualClock clock(noon.toMSecsSinceEpoch());
    const qint64 hour = 3600 * 1000;
    QSqlQuery q(f.db());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO tasks (id, title, due_at, assignee_id, done_at, cl, created_at, "
                                     "updated_at) VALUES (?, 'task', ?, ?, ?, ?, 0, 0)")));
    const int overdue = TasksDueModel::bucketLimit + 40;
    auto add = [&](const QString &id, qint64 due, const QString &assignee, const QVariant &done, int cl) {
        q.addBindValue(id);
        q.addBindValue(due);
        q.addBindValue(assignee);
        q.addBindValue(done);
        q.addBindValue(cl);
        REQUIRE(q.exec());
    };
    const QVariant open(QMetaType::fromType<qint64>());
    for (int i = 0; i < overdue; ++i) // the latest inserted first: the model orders by due time, not insertion
        add(QStringLiteral("late-%1").arg(overdue - i, 4, 10, QLatin1Char('0')), noon.toMSecsSinceEpoch() - (overdue - i + 24) * hour,
            QStringLiteral("u-owner"), open, 1);
    add(QStringLiteral("done"), noon.toMSecsSinceEpoch() - 100 * hour, QStringLiteral("u-owner"), noon.toMSecsSinceEpoch(), 1);
    add(QStringLiteral("deleted"), noon.toMSecsSinceEpoch() - 100 * hour, QStringLiteral("u-owner"), open, 2);
    add(QStringLiteral("others"), noon.toMSecsSinceEpoch() - 100 * hour, QStringLiteral("u-rep"), open, 1);
    add(QStringLiteral("today"), noon.toMSecsSinceEpoch() + hour, QStringLiteral("u-owner"), open, 1);

    TasksDueModel mine(f.db(), clock, QStringLiteral("u-owner"));
    CHECK(mine.bucketCount(TasksDueModel::Overdue) == overdue);
    CHECK(mine.bucketCount(TasksDueModel::Today) == 1);
    CHECK(mine.bucketCount(TasksDueModel::Upcoming) == 0);
    REQUIRE(mine.rowCount() == TasksDueModel::bucketLimit + 1);
    // Oldest due first; the newest overdue ones are past the limit.
    CHECK(mine.data(mine.index(0, 0), TasksDueModel::IdRole) == QStringLiteral("late-%1").arg(overdue, 4, 10, QLatin1Char('0')));
    for (int row = 1; row < TasksDueModel::bucketLimit; ++row) {
        const qint64 before = mine.data(mine.index(row - 1, TasksDueModel::Due)).toDateTime().toMSecsSinceEpoch();
        const qint64 here = mine.data(mine.index(row, TasksDueModel::Due)).toDateTime().toMSecsSinceEpoch();
        if (before > here)
            FAIL("row " << row << " is due before the row above it");
    }
    CHECK(mine.data(mine.index(TasksDueModel::bucketLimit, 0), TasksDueModel::IdRole) == QStringLiteral("today"));

    TasksDueModel everyone(f.db(), clock);
    CHECK(everyone.bucketCount(TasksDueModel::Overdue) == overdue + 1);
}
