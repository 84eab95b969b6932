#include "ui/UiTestSupport.h"

#include "models/PipelineModel.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineColumn.h"
#include "services/DealService.h"
#include "support/ServiceFixture.h"

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
