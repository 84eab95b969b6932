#include "ui/UiTestSupport.h"

#include "support/ServiceFixture.h"

#include "main/ReadWorker.h"
#include "models/PipelineModel.h"
#include "pipeline/DealCloseDialog.h"
#include "pipeline/DealListView.h"
#include "pipeline/NewDealDialog.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineColumn.h"
#include "pipeline/PipelinePage.h"
#include "services/DealService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

QString addDeal(ServiceContext &ctx, const QString &customerId, const QString &title, qint64 minor,
                qint64 expectedClose = 0)
{
    Deal d;
    d.customerId = customerId;
    d.title = title;
    d.amount = Money(minor, QStringLiteral("IDR"));
    d.expectedClose = expectedClose;
    auto id = DealService(ctx).create(d);
    REQUIRE(id.ok());
    return *id;
}

// Acts on the next modal dialog once it is shown (polls: the dialog opens inside a nested event loop).
void whenDialogOpens(std::function<void(QDialog *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

QString summary(PipelinePage &page, const char *stage)
{
    // The label keeps an amount whole with no-break spaces ("Rp 1.250.000"); compare with plain ones.
    return findChild<QLabel>(&page, (std::string("pipelineColumnSummary_") + stage).c_str())
        ->text()
        .replace(QChar(QChar::Nbsp), QLatin1Char(' '));
}

int cards(PipelinePage &page, const char *stage)
{
    return findChild<DealListView>(&page, (std::string("pipelineCards_") + stage).c_str())->model()->rowCount();
}

// Sends a drop of dealId's drag data onto a column, as QDrag would.
void dropOn(PipelinePage &page, const char *stage, const QString &dealId)
{
    auto *view = findChild<DealListView>(&page, (std::string("pipelineCards_") + stage).c_str());
    std::unique_ptr<QMimeData> mime(DealListView::mimeFor(dealId));
    const QPoint pos = view->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    REQUIRE(drop.isAccepted());
}

} // namespace

TEST_CASE("Pipeline: a deal moved to won leaves the lead total and adds to the won total", "[ui][pipeline]")
{
    UiTestScope scope;
    LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    const QString chairs = addDeal(f.owner(), customer, QStringLiteral("20 office chairs"), 1'250'000'00);
    addDeal(f.owner(), customer, QStringLiteral("Printer"), 300'000'00);
    PipelinePage page(f.owner());
    page.resize(1300, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    CHECK(page.model()->totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 1'550'000'00);
    CHECK(summary(page, "lead").startsWith(QStringLiteral("2 deals")));
    CHECK(summary(page, "lead").contains(QStringLiteral("1,550,000")));
    CHECK(cards(page, "lead") == 2);
    CHECK(cards(page, "won") == 0);

    SECTION("through the page's move (what a drop calls), confirming the dialog")
    {
        whenDialogOpens([](QDialog *d) {
            REQUIRE(d->objectName() == QStringLiteral("dealCloseDialog"));
            QTest::mouseClick(findChild<QPushButton>(d, "dealCloseOk"), Qt::LeftButton);
        });
        CHECK(page.moveDeal(chairs, QStringLiteral("won")));
    }
    SECTION("through a drop of the card's drag data on the won column")
    {
        whenDialogOpens([](QDialog *d) { QTest::mouseClick(findChild<QPushButton>(d, "dealCloseOk"), Qt::LeftButton); });
        dropOn(page, "won", chairs);
        REQUIRE(waitFor([&] { return cards(page, "won") == 1; }, 5000));
    }
    CHECK(page.model()->totalMinor(QStringLiteral("won"), QStringLiteral("IDR")) == 1'250'000'00);
    CHECK(page.model()->totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 300'000'00);
    CHECK(summary(page, "won").contains(QStringLiteral("1,250,000")));
    CHECK(summary(page, "lead").startsWith(QStringLiteral("1 deal")));
    CHECK(summary(page, "lead").contains(QStringLiteral("300,000")));
    CHECK(cards(page, "won") == 1);
    CHECK(DealService(f.owner()).get(chairs)->stage == QStringLiteral("won"));
    CHECK(page.message().contains(QStringLiteral("Moved")));
    saveShot(&page, QStringLiteral("pipeline-after-won"));
}

TEST_CASE("Pipeline: a drop on a middle stage moves the deal without asking", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("CV Maju"));
    const QString deal = addDeal(f.owner(), customer, QStringLiteral("Website"), 10'000'000'00);
    PipelinePage page(f.owner());
    page.show();
    dropOn(page, "proposal", deal);
    REQUIRE(waitFor([&] { return cards(page, "proposal") == 1; }, 5000));
    CHECK(cards(page, "lead") == 0);
    CHECK(DealService(f.owner()).get(deal)->stage == QStringLiteral("proposal"));
}

TEST_CASE("Pipeline: moving to lost asks for a reason, which is kept; cancelling leaves the deal", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    const QString deal = addDeal(f.owner(), customer, QStringLiteral("Laptop"), 15'000'000'00);
    PipelinePage page(f.owner());
    page.show();

    SECTION("a reason and OK")
    {
        bool okWasDisabled = false;
        whenDialogOpens([&](QDialog *d) {
            auto *ok = findChild<QPushButton>(d, "dealCloseOk");
            okWasDisabled = !ok->isEnabled();
            auto *reason = findChild<QPlainTextEdit>(d, "dealCloseReason");
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("Harga terlalu tinggi"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        CHECK(page.moveDeal(deal, QStringLiteral("lost")));
        CHECK(okWasDisabled);
        auto got = DealService(f.owner()).get(deal);
        REQUIRE(got.ok());
        CHECK(got->stage == QStringLiteral("lost"));
        CHECK(got->lostReason == QStringLiteral("Harga terlalu tinggi"));
        CHECK(page.model()->totalMinor(QStringLiteral("lost"), QStringLiteral("IDR")) == 15'000'000'00);
    }
    SECTION("Cancel")
    {
        whenDialogOpens([](QDialog *d) { QTest::mouseClick(findChild<QPushButton>(d, "dealCloseCancel"), Qt::LeftButton); });
        CHECK_FALSE(page.moveDeal(deal, QStringLiteral("lost")));
        CHECK(DealService(f.owner()).get(deal)->stage == QStringLiteral("lead"));
        CHECK(cards(page, "lead") == 1);
    }
}

TEST_CASE("Pipeline: the owner filter hides other owners' deals, the totals follow", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales, QStringLiteral("Rina Wijaya"));
    const QString mine = f.addCustomer(f.ownerId(), QStringLiteral("Owner's customer"));
    const QString theirs = f.addCustomer(rep, QStringLiteral("Rep's customer"));
    addDeal(f.owner(), mine, QStringLiteral("Owner deal"), 700'00);
    addDeal(f.as(rep), theirs, QStringLiteral("Rep deal"), 200'00);
    PipelinePage page(f.owner());
    page.show();
    REQUIRE(cards(page, "lead") == 2);

    auto *owner = findChild<QComboBox>(&page, "pipelineOwnerFilter");
    const int repIndex = owner->findData(rep);
    REQUIRE(repIndex >= 0);
    CHECK(owner->itemText(repIndex) == QStringLiteral("Rina Wijaya"));
    owner->setCurrentIndex(repIndex);
    REQUIRE(cards(page, "lead") == 1);
    auto *view = findChild<DealListView>(&page, "pipelineCards_lead");
    CHECK(view->model()->index(0, 0).data(PipelineDealTable::TitleRole).toString() == QStringLiteral("Rep deal"));
    CHECK(page.model()->totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 200'00);

    owner->setCurrentIndex(owner->findData(f.ownerId()));
    REQUIRE(cards(page, "lead") == 1);
    CHECK(view->model()->index(0, 0).data(PipelineDealTable::TitleRole).toString() == QStringLiteral("Owner deal"));

    owner->setCurrentIndex(0); // all owners
    CHECK(cards(page, "lead") == 2);
}

TEST_CASE("Pipeline: the period filter keeps deals expected to close in it", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Abadi"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(f.clock().nowMs()).date(); // 14 Nov 2023
    addDeal(f.owner(), customer, QStringLiteral("This month"), 100'00,
            QDateTime(today.addDays(3), QTime(12, 0)).toMSecsSinceEpoch());
    addDeal(f.owner(), customer, QStringLiteral("Next year"), 200'00,
            QDateTime(today.addYears(1), QTime(12, 0)).toMSecsSinceEpoch());
    addDeal(f.owner(), customer, QStringLiteral("No date"), 300'00);
    PipelinePage page(f.owner());
    page.show();
    auto *period = findChild<QComboBox>(&page, "pipelinePeriodFilter");
    CHECK(cards(page, "lead") == 3);
    period->setCurrentIndex(PipelineModel::ThisMonth);
    CHECK(cards(page, "lead") == 1);
    CHECK(page.model()->totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 100'00);
    period->setCurrentIndex(PipelineModel::ThisYear);
    CHECK(cards(page, "lead") == 1);
    period->setCurrentIndex(PipelineModel::AnyTime);
    CHECK(cards(page, "lead") == 3);
}

TEST_CASE("Pipeline: a viewer's move is refused and the service's message is shown", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString viewer = f.addUser(Role::Viewer);
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    const QString deal = addDeal(f.owner(), customer, QStringLiteral("Chairs"), 1'000'00);
    PipelinePage page(f.as(viewer));
    page.show();
    CHECK_FALSE(findChild<QPushButton>(&page, "pipelineNewDeal")->isVisible());
    CHECK_FALSE(page.moveDeal(deal, QStringLiteral("qualified")));
    auto *message = findChild<QLabel>(&page, "pipelineMessage");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("You may not move")));
    CHECK(DealService(f.owner()).get(deal)->stage == QStringLiteral("lead"));
    CHECK(cards(page, "lead") == 1);
}

TEST_CASE("Pipeline: Ctrl+Right and Ctrl+Left move the selected card between stages", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Sari Dewi"));
    const QString deal = addDeal(f.owner(), customer, QStringLiteral("Catering"), 5'000'000'00);
    PipelinePage page(f.owner());
    page.resize(1300, 600);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto *lead = findChild<DealListView>(&page, "pipelineCards_lead");
    lead->setFocus();
    REQUIRE(lead->selectDeal(deal));
    QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
    CHECK(DealService(f.owner()).get(deal)->stage == QStringLiteral("qualified"));
    // The moved card stays selected, in its new column.
    auto *qualified = findChild<DealListView>(&page, "pipelineCards_qualified");
    CHECK(qualified->currentDealId() == deal);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(DealService(f.owner()).get(deal)->stage == QStringLiteral("proposal"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(DealService(f.owner()).get(deal)->stage == QStringLiteral("qualified"));
}

TEST_CASE("Pipeline: the table view lists the deals and sorts by amount", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    addDeal(f.owner(), customer, QStringLiteral("Small"), 9'00);
    addDeal(f.owner(), customer, QStringLiteral("Large"), 10'000'000'00);
    addDeal(f.owner(), customer, QStringLiteral("Medium"), 80'000'00);
    PipelinePage page(f.owner());
    page.show();
    CHECK_FALSE(page.isShowingTable());
    QTest::mouseClick(findChild<QToolButton>(&page, "pipelineViewToggle"), Qt::LeftButton);
    CHECK(page.isShowingTable());
    auto *table = findChild<QTableView>(&page, "pipelineTable");
    REQUIRE(table->isVisible());
    REQUIRE(table->model()->rowCount() == 3);
    table->sortByColumn(PipelineDealTable::Amount, Qt::DescendingOrder);
    CHECK(table->model()->index(0, PipelineDealTable::Title).data().toString() == QStringLiteral("Large"));
    CHECK(table->model()->index(2, PipelineDealTable::Title).data().toString() == QStringLiteral("Small"));
    CHECK(table->model()->index(0, PipelineDealTable::Stage).data().toString() == QStringLiteral("Lead"));
    QTest::mouseClick(findChild<QToolButton>(&page, "pipelineViewToggle"), Qt::LeftButton);
    CHECK_FALSE(page.isShowingTable());
}

TEST_CASE("Pipeline: totals are formatted in the user's locale (Indonesian: Rp 1.250.000)", "[ui][pipeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    LocaleScope indonesian(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    addDeal(f.owner(), customer, QStringLiteral("Kursi kantor"), 1'250'000'00);
    PipelinePage page(f.owner());
    page.show();
    CHECK(summary(page, "lead").contains(QStringLiteral("Rp 1.250.000")));
    CHECK_FALSE(summary(page, "lead").contains(QStringLiteral(",00")));
}

TEST_CASE("Pipeline: New deal picks a customer by search and creates the deal in lead", "[ui][pipeline]")
{
    UiTestScope scope;
    LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    ServiceFixture f;
    f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    PipelinePage page(f.owner());
    page.show();
    whenDialogOpens([](QDialog *d) {
        QTest::keyClicks(findChild<QLineEdit>(d, "newDealTitle"), QStringLiteral("Meja rapat"));
        auto *search = findChild<QLineEdit>(d, "customerPickerSearch");
        QTest::keyClicks(search, QStringLiteral("budi"));
        QTest::keyClick(search, Qt::Key_Return);
        REQUIRE(findChild<QListWidget>(d, "customerPickerResults")->count() == 1);
        QTest::keyClicks(findChild<QLineEdit>(d, "newDealAmount"), QStringLiteral("2,500,000"));
        QTest::mouseClick(findChild<QPushButton>(d, "newDealOk"), Qt::LeftButton);
    });
    QTest::mouseClick(findChild<QPushButton>(&page, "pipelineNewDeal"), Qt::LeftButton);
    REQUIRE(cards(page, "lead") == 1);
    CHECK(page.model()->totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 2'500'000'00);
}

TEST_CASE("Pipeline: with a read worker the board loads off the GUI thread; a drop on won still updates the totals",
          "[ui][pipeline][worker]")
{
    UiTestScope scope;
    LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    const QString chairs = addDeal(f.owner(), customer, QStringLiteral("20 office chairs"), 1'250'000'00);
    addDeal(f.owner(), customer, QStringLiteral("Printer"), 300'000'00);
    ReadWorker reader(&f.workspace(), f.owner().session());
    PipelinePage page(f.owner(), &reader);
    page.resize(1300, 600);
    page.show();
    // Nothing read on this thread yet: the columns say so, the loading line shows.
    CHECK(page.isLoading());
    CHECK(findChild<QLabel>(&page, "pipelineLoadingLabel")->isVisible());
    CHECK(summary(page, "lead") == QStringLiteral("Loading…"));
    CHECK(cards(page, "lead") == 0);
    REQUIRE(waitFor([&] { return !page.isLoading(); }, 10000));
    CHECK_FALSE(findChild<QLabel>(&page, "pipelineLoadingLabel")->isVisible());
    CHECK(cards(page, "lead") == 2);
    CHECK(summary(page, "lead").contains(QStringLiteral("1,550,000")));

    whenDialogOpens([](QDialog *d) { QTest::mouseClick(findChild<QPushButton>(d, "dealCloseOk"), Qt::LeftButton); });
    dropOn(page, "won", chairs);
    REQUIRE(waitFor([&] { return cards(page, "won") == 1 && !page.isLoading(); }, 10000));
    CHECK(page.model()->totalMinor(QStringLiteral("won"), QStringLiteral("IDR")) == 1'250'000'00);
    CHECK(page.model()->totalMinor(QStringLiteral("lead"), QStringLiteral("IDR")) == 300'000'00);
    CHECK(summary(page, "won").contains(QStringLiteral("1,250,000")));
    // The moved card is selected once the worker's figures are back.
    CHECK(findChild<DealListView>(&page, "pipelineCards_won")->currentDealId() == chairs);
    reader.stop();
}

TEST_CASE("Pipeline: a column shows its first cards and \"Show more\" reads the next ones", "[ui][pipeline]")
{
    UiTestScope scope;
    LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Jaya"));
    const int n = PipelineModel::windowSize + 7;
    const qint64 day = 24 * 3600 * 1000LL;
    for (int i = 0; i < n; ++i)
        addDeal(f.owner(), customer, QStringLiteral("Deal %1").arg(i), 1'000'00, f.clock().nowMs() + (i + 1) * day);
    PipelinePage page(f.owner());
    page.resize(1300, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(cards(page, "lead") == PipelineModel::windowSize);
    // The header counts every deal.
    CHECK(summary(page, "lead").startsWith(QStringLiteral("57 deals")));
    auto *more = findChild<QPushButton>(&page, "pipelineShowMore_lead");
    REQUIRE(more->isVisible());
    CHECK(more->text().contains(QStringLiteral("7 not shown")));
    CHECK_FALSE(findChild<QPushButton>(&page, "pipelineShowMore_won")->isVisible());
    // Soonest expected close first.
    auto *view = findChild<DealListView>(&page, "pipelineCards_lead");
    CHECK(view->model()->index(0, 0).data(PipelineDealTable::TitleRole).toString() == QStringLiteral("Deal 0"));
    QTest::mouseClick(more, Qt::LeftButton);
    CHECK(cards(page, "lead") == n);
    CHECK_FALSE(more->isVisible());
    saveShot(&page, QStringLiteral("pipeline-show-more"));
}
