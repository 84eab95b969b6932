#include "ui/UiTestSupport.h"

#include "app/LanguageManager.h"
#include "customers/CustomerFilterBar.h"
#include "main/MainWindow.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QToolButton>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

// `w` lies wholly inside `window` and is at least `minWidth` wide.
void checkFullyShown(QWidget *window, QWidget *w, int minWidth)
{
    INFO(w->objectName().toStdString());
    REQUIRE(w->isVisible());
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    CHECK(window->rect().contains(inWindow));
    CHECK(w->width() >= minWidth);
    // Not covered by a neighbour: the bar's widgets do not overlap.
    for (QWidget *other : w->parentWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (other != w && other->isVisible() && !other->isWindow())
            CHECK_FALSE(other->geometry().intersects(w->geometry()));
    }
}

} // namespace

TEST_CASE("Customer filter bar: every filter fits a 1024 px window, in English and Indonesian",
          "[ui][customers][filters][layout]")
{
    UiTestScope scope;
    ServiceFixture f;
    f.addUser(Role::Sales, QStringLiteral("Rina Kartika Sari Dewi Purnamasari"));
    LanguageManager language;
    const QString lang = GENERATE(QStringLiteral("en"), QStringLiteral("id"));
    REQUIRE(language.apply(lang));
    const int windowWidth = GENERATE(1024, 1280);
    INFO(lang.toStdString() << " at " << windowWidth << " px");

    MainWindow main(&f.workspace());
    main.resize(windowWidth, 720);
    main.show();
    REQUIRE(QTest::qWaitForWindowExposed(&main));
    QCoreApplication::processEvents();
    CHECK(main.width() == windowWidth); // the bar does not force the window wider
    auto *bar = findChild<CustomerFilterBar>(&main, "customerFilterBar");
    REQUIRE(bar);
    CHECK(bar->minimumSizeHint().width() <= bar->width());
    for (const char *name : {"searchEdit", "tagFilterEdit"})
        checkFullyShown(&main, findChild<QLineEdit>(bar, name), 100);
    for (const char *name : {"statusFilterCombo", "ownerFilterCombo", "sortCombo"})
        checkFullyShown(&main, findChild<QComboBox>(bar, name), 80);
    checkFullyShown(&main, findChild<QToolButton>(bar, "clearFiltersButton"), 20);
    // The status combo shows its whole current text.
    auto *status = findChild<QComboBox>(bar, "statusFilterCombo");
    CHECK(status->width() >= status->fontMetrics().horizontalAdvance(status->currentText()));
    saveShot(&main, QStringLiteral("filter-bar-%1-%2").arg(lang).arg(windowWidth));

    // A wide window shows everything on one row again.
    main.resize(1700, 720);
    QCoreApplication::processEvents();
    CHECK_FALSE(bar->isWrapped());
    CHECK(findChild<QLineEdit>(bar, "tagFilterEdit")->y() == findChild<QLineEdit>(bar, "searchEdit")->y());
    REQUIRE(language.apply(QStringLiteral("en")));
}

TEST_CASE("Customer filter bar: wraps the filters below the search when narrow, and still filters",
          "[ui][customers][filters][layout]")
{
    UiTestScope scope;
    CustomerFilterBar bar;
    bar.setOwners({{QStringLiteral("u1"), QStringLiteral("Sari Wulandari")}});
    showActivated(bar, QSize(bar.oneRowWidth() + 20, 80));
    CHECK_FALSE(bar.isWrapped());
    auto *tag = findChild<QLineEdit>(&bar, "tagFilterEdit");
    auto *search = findChild<QLineEdit>(&bar, "searchEdit");
    CHECK(tag->y() == search->y());

    bar.resize(bar.oneRowWidth() - 40, bar.height());
    QCoreApplication::processEvents();
    CHECK(bar.isWrapped());
    CHECK(tag->y() > search->y() + search->height() / 2); // on the row below
    CHECK(bar.minimumSizeHint().height() > search->height() * 3 / 2);

    QSignalSpy tags(&bar, &CustomerFilterBar::tagChanged);
    tag->setFocus();
    QTest::keyClicks(tag, QStringLiteral("vip"));
    QTest::keyClick(tag, Qt::Key_Return);
    REQUIRE(tags.count() == 1);
    CHECK(tags.at(0).at(0).toString() == QStringLiteral("vip"));
    CHECK(findChild<QToolButton>(&bar, "clearFiltersButton")->isEnabled());
}
