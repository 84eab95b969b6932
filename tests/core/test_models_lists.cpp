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
