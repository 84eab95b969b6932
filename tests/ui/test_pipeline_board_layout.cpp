#include "ui/UiTestSupport.h"

#include "models/PipelineModel.h"
#include "pipeline/DealCardDelegate.h"
#include "pipeline/DealListView.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineColumn.h"
#include "services/DealService.h"
#include "support/ServiceFixture.h"

#include <QDateTime>
#include <QLabel>
#include <QScrollBar>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

void addDeal(ServiceFixture &f, const QString &customerId, qint64 minor)
{
    Deal d;
    d.customerId = customerId;
    d.title = QStringLiteral("Seragam karyawan 2026");
    d.amount = Money(minor, QStringLiteral("IDR"));
    REQUIRE(DealService(f.owner()).create(d).ok());
}

} // namespace

TEST_CASE("Pipeline board: stage columns share the width evenly; sideways scrolling only below their minimum",
          "[ui][pipeline]")
{
    UiTestScope scope;
    LocaleScope indonesian(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("PT Sinar Bintang"));
    for (int i = 0; i < 18; ++i)
        addDeal(f, customer, 1'148'023'000'00); // "18 kesepakatan · Rp 20.664.414.000" in the lead column
    PipelineModel model(f.owner());
    PipelineBoard board(&model, QStringLiteral("IDR"));
    auto *summary = findChild<QLabel>(&board, "pipelineColumnSummary_lead");
    REQUIRE(summary);
    REQUIRE(waitFor([&] { return summary->text().startsWith(QStringLiteral("18 ")); }, 5000));

    const int stages = int(PipelineModel::stages().size());
    const int fitting = stages * PipelineColumn::minimumColumnWidth + (stages - 1) * PipelineBoard::columnSpacing;
    SECTION("wide enough (the board in a 1280 px window): every column whole, equal widths, no sideways bar")
    {
        board.resize(fitting + 110, 600);
        board.show();
        REQUIRE(QTest::qWaitForWindowExposed(&board));
        QTest::qWait(20);
        CHECK_FALSE(board.horizontalScrollBar()->isVisible());
        const int width = board.columns().first()->width();
        CHECK(width > PipelineColumn::minimumColumnWidth);
        for (PipelineColumn *column : board.columns()) {
            INFO(column->stage().toStdString());
            CHECK(qAbs(column->width() - width) <= 1);
            CHECK(column->geometry().right() < board.viewport()->width());
        }
        // The lead total is not cut off: the label wraps and is as tall as its wrapped text.
        CHECK(summary->height() >= summary->heightForWidth(summary->width()));
        CHECK(summary->text().contains(QStringLiteral("Rp\u00a020.664.414.000")));
    }
    SECTION("narrower than the minimum: columns keep their minimum and the board scrolls sideways")
    {
        board.resize(fitting - 200, 600);
        board.show();
        REQUIRE(QTest::qWaitForWindowExposed(&board));
        QTest::qWait(20);
        CHECK(board.horizontalScrollBar()->isVisible());
        for (PipelineColumn *column : board.columns())
            CHECK(column->width() == PipelineColumn::minimumColumnWidth);
    }
}

TEST_CASE("Pipeline board: a card shows its expected close date whole, at 1280 px and at the narrowest column",
          "[ui][pipeline]")
{
    UiTestScope scope;
    auto locale = GENERATE(QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Indonesian, QLocale::Indonesia));
    LocaleScope scoped(locale);
    ServiceFixture f;
    const QString owner = f.addUser(Role::Sales, QStringLiteral("Bernadette Kusumawardhani-Santoso"));
    const QString customer = f.addCustomer(owner, QStringLiteral("PT Sinar Bintang Cemerlang Sejahtera"));
    Deal d;
    d.customerId = customer;
    d.title = QStringLiteral("Seragam karyawan 2026 untuk seluruh cabang");
    d.amount = Money(1'148'023'000'00, QStringLiteral("IDR"));
    d.ownerId = owner;
    d.expectedClose = QDateTime(QDate(2026, 12, 28), QTime(12, 0)).toMSecsSinceEpoch();
    REQUIRE(DealService(f.owner()).create(d).ok());
    PipelineModel model(f.owner());
    PipelineBoard board(&model, QStringLiteral("IDR"));
    const int stages = int(PipelineModel::stages().size());
    const int fitting = stages * PipelineColumn::minimumColumnWidth + (stages - 1) * PipelineBoard::columnSpacing;
    const int width = GENERATE_COPY(fitting + 110, fitting - 200);
    CAPTURE(locale.name().toStdString(), width);
    board.resize(width, 600);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    QTest::qWait(20);
    auto *view = findChild<DealListView>(&board, "pipelineCards_lead");
    REQUIRE(view->model()->rowCount() == 1);
    const QModelIndex card = view->model()->index(0, view->modelColumn());
    QStyleOptionViewItem option;
    option.rect = view->visualRect(card);
    option.font = view->font();
    const QString date = DealCardDelegate::dateText(card);
    CHECK(date == locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    const QRect where = DealCardDelegate::dateRect(option, card);
    // Whole (as wide as the text), inside the card and inside the visible part of the list.
    CHECK(where.width() >= QFontMetrics(option.font).horizontalAdvance(date));
    CHECK(option.rect.contains(where));
    CHECK(view->viewport()->rect().contains(where));
    CHECK(where.left() > option.rect.left());
    saveShot(&board, QStringLiteral("pipeline-card-date-%1-%2").arg(locale.name()).arg(width));
}
