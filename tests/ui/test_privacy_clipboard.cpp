#include "ui/UiTestSupport.h"

#include "common/ClipboardGuard.h"
#include "privacy/ClipboardSentinel.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>

using namespace relasi;
using namespace relasi::uitest;

TEST_CASE("Clipboard: a value copied inside Relasi is cleared on lock; text from elsewhere is kept",
          "[ui][privacy][clipboard]")
{
    UiTestScope scope;
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    ClipboardSentinel sentinel;

    QLineEdit phone;
    phone.setText(QStringLiteral("+62 812 3456 7890"));
    phone.show();
    REQUIRE(QTest::qWaitForWindowExposed(&phone));
    phone.setFocus();
    phone.selectAll();
    QTest::keySequence(&phone, QKeySequence::Copy); // the user copies one phone number
    QCoreApplication::processEvents();
    REQUIRE(clipboard->text() == QStringLiteral("+62 812 3456 7890"));
    CHECK(ClipboardGuard::clipboardHoldsOurData());
    // What AppController does on lock (by hand or after idle time):
    CHECK(ClipboardGuard::clearIfOurs());
    CHECK(clipboard->text().isEmpty());

    // Set without a Copy key or menu in Relasi: as when another application fills the clipboard.
    clipboard->setText(QStringLiteral("shopping list"));
    QCoreApplication::processEvents();
    CHECK_FALSE(ClipboardGuard::clipboardHoldsOurData());
    CHECK_FALSE(ClipboardGuard::clearIfOurs());
    CHECK(clipboard->text() == QStringLiteral("shopping list"));

    // Cut counts as a copy too.
    phone.selectAll();
    QTest::keySequence(&phone, QKeySequence::Cut);
    QCoreApplication::processEvents();
    CHECK(clipboard->text() == QStringLiteral("+62 812 3456 7890"));
    CHECK(ClipboardGuard::clipboardHoldsOurData());
    clipboard->clear();
}
