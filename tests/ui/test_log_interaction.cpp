#include "ui/UiTestSupport.h"

#include "customers/CustomerDetailView.h"
#include "customers/LogInteractionDialog.h"
#include "models/TimelineModel.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"
#include "support/ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

TEST_CASE("Log interaction: a call logged with a follow-up task appears in the timeline and the tasks",
          "[ui][customers][timeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Yusuf Hakim"));
    QUndoStack stack;
    CustomerDetailView view(f.owner(), &stack);
    showActivated(view, QSize(900, 600));
    view.showCustomer(id);
    auto *tabs = findChild<QTabWidget>(&view, "customerTabs");
    tabs->setCurrentIndex(1);
    auto *timeline = findChild<QTreeView>(&view, "timelineView");
    REQUIRE(timeline->model()->rowCount() == 0);

    bool filled = false;
    runOnNextModal([&](QWidget *d) {
        REQUIRE(d->objectName() == QStringLiteral("logInteractionDialog"));
        auto *channel = findChild<QComboBox>(d, "channelCombo");
        channel->setCurrentIndex(channel->findData(QStringLiteral("call")));
        auto *duration = findChild<QTimeEdit>(d, "durationEdit");
        duration->setTime(QTime(0, 4, 30));
        QTest::keyClicks(findChild<QLineEdit>(d, "subjectEdit"), QStringLiteral("Price for 20 cartons"));
        QTest::keyClicks(findChild<QPlainTextEdit>(d, "bodyEdit"), QStringLiteral("Wants delivery before Lebaran."));
        QTest::keyClicks(findChild<QLineEdit>(d, "outcomeEdit"), QStringLiteral("interested"));
        auto *followUp = findChild<QCheckBox>(d, "followUpCheck");
        followUp->setFocus();
        QTest::keyClick(followUp, Qt::Key_Space);
        auto *title = findChild<QLineEdit>(d, "followUpTitleEdit");
        CHECK(title->isEnabled());
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Send the quotation"));
        filled = true;
        QTest::mouseClick(findChild<QPushButton>(d, "logSaveButton"), Qt::LeftButton);
    });
    QTest::keyClick(timeline, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // Ctrl+Shift+L
    REQUIRE(filled);

    // Timeline row.
    REQUIRE(timeline->model()->rowCount() == 1);
    const QAbstractItemModel *m = timeline->model();
    CHECK(m->index(0, TimelineModel::Channel).data().toString() == QStringLiteral("call"));
    CHECK(m->index(0, TimelineModel::Subject).data().toString() == QStringLiteral("Price for 20 cartons"));
    CHECK(m->index(0, TimelineModel::Duration).data().toLongLong() == 270);
    auto logged = InteractionService(f.owner()).listForCustomer(id);
    REQUIRE(logged->size() == 1);
    CHECK(logged->at(0).direction == QStringLiteral("out"));
    CHECK(logged->at(0).outcome == QStringLiteral("interested"));
    CHECK(logged->at(0).occurredAt == f.clock().nowMs()); // "when" defaults to now

    // Follow-up task, shown in the Tasks tab with its checkbox.
    auto tasks = TaskService(f.owner()).listForCustomer(id);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->at(0).title == QStringLiteral("Send the quotation"));
    CHECK(tasks->at(0).dueAt > f.clock().nowMs());
    tabs->setCurrentIndex(3); // the Tasks tab reads its rows when it is shown
    auto *taskList = findChild<QListWidget>(&view, "tasksView");
    REQUIRE(waitFor([&] { return taskList->count() == 1; }));
    QListWidgetItem *item = taskList->item(0);
    CHECK(item->text().startsWith(QStringLiteral("Send the quotation")));
    CHECK(item->checkState() == Qt::Unchecked);
    item->setCheckState(Qt::Checked); // what a click on the checkbox does
    CHECK(TaskService(f.owner()).get(tasks->at(0).id)->isDone());
    REQUIRE(waitFor([&] { return taskList->count() == 1 && taskList->item(0)->checkState() == Qt::Checked; }));
}

TEST_CASE("Log interaction: a payment card number is refused with a clear message and nothing is logged",
          "[ui][customers][timeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Lina Marlina"));
    LogInteractionDialog dialog(f.owner(), id);
    dialog.show();
    QTest::keyClicks(findChild<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("Payment"));
    QTest::keyClicks(findChild<QPlainTextEdit>(&dialog, "bodyEdit"), QStringLiteral("Paid with 4111 1111 1111 1111"));
    QTest::mouseClick(findChild<QPushButton>(&dialog, "logSaveButton"), Qt::LeftButton);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto *error = findChild<QLabel>(&dialog, "logErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("card number")));
    CHECK(error->text().contains(QStringLiteral("1111")));
    CHECK(InteractionService(f.owner()).listForCustomer(id)->isEmpty());

    // Keeping only the last four digits is accepted.
    auto *body = findChild<QPlainTextEdit>(&dialog, "bodyEdit");
    body->setPlainText(QStringLiteral("Paid with card ending 1111"));
    QTest::mouseClick(findChild<QPushButton>(&dialog, "logSaveButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(InteractionService(f.owner()).listForCustomer(id)->size() == 1);
}

TEST_CASE("Log interaction: the call timer starts and stops, a note has no duration", "[ui][customers][timeline]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString id = f.addCustomer(f.ownerId(), QStringLiteral("Tono Sudirjo"));
    LogInteractionDialog dialog(f.owner(), id);
    dialog.show();
    auto *timer = findChild<QPushButton>(&dialog, "timerButton");
    auto *duration = findChild<QTimeEdit>(&dialog, "durationEdit");
    const QString startText = timer->text();
    QTest::mouseClick(timer, Qt::LeftButton);
    CHECK(timer->text() != startText);
    CHECK(duration->isReadOnly()); // the running timer owns the field
    QTest::mouseClick(timer, Qt::LeftButton);
    CHECK(timer->text() == startText);
    CHECK_FALSE(duration->isReadOnly());

    dialog.setChannel(QStringLiteral("note"));
    CHECK_FALSE(duration->isEnabled());
    CHECK(findChild<QComboBox>(&dialog, "directionCombo")->currentData().toString().isEmpty());
    duration->setTime(QTime(0, 1, 0)); // ignored for a note
    QTest::keyClicks(findChild<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("Prefers mornings"));
    QTest::mouseClick(findChild<QPushButton>(&dialog, "logSaveButton"), Qt::LeftButton);
    auto logged = InteractionService(f.owner()).listForCustomer(id);
    REQUIRE(logged->size() == 1);
    CHECK(logged->at(0).channel == QStringLiteral("note"));
    CHECK(logged->at(0).durationS == -1);
    CHECK(logged->at(0).direction.isEmpty());
}
