#include "ui/UiTestSupport.h"

#include "support/ServiceFixture.h"

#include "models/TasksDueModel.h"
#include "services/TaskService.h"
#include "tasks/NewTaskDialog.h"
#include "tasks/ReminderScheduler.h"
#include "tasks/TasksPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

using namespace relasi;
using namespace relasi::uitest;
using relasi::test::ServiceFixture;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;

QString addTask(ServiceContext &ctx, const QString &title, qint64 dueAt, qint64 reminderAt = 0)
{
    Task t;
    t.title = title;
    t.dueAt = dueAt;
    t.reminderAt = reminderAt;
    auto id = TaskService(ctx).add(t);
    REQUIRE(id.ok());
    return *id;
}

int rows(TasksPage &page, const char *view)
{
    return findChild<QTreeView>(&page, view)->model()->rowCount();
}

} // namespace

TEST_CASE("Tasks: a task due yesterday is overdue; Space marks it done and it leaves the list", "[ui][tasks]")
{
    UiTestScope scope;
    ServiceFixture f;
    addTask(f.owner(), QStringLiteral("Kirim penawaran ke Budi"), f.clock().nowMs() - kDay);
    addTask(f.owner(), QStringLiteral("Rapat tahunan"), f.clock().nowMs() + 7 * kDay);
    TasksPage page(f.owner());
    page.resize(800, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto *overdue = findChild<QTreeView>(&page, "overdueView");
    REQUIRE(overdue->model()->rowCount() == 1);
    CHECK(overdue->model()->index(0, TasksDueModel::Title).data().toString() == QStringLiteral("Kirim penawaran ke Budi"));
    CHECK(rows(page, "upcomingView") == 1);
    CHECK(findChild<QLabel>(&page, "overdueHeading")->text() == QStringLiteral("Overdue (1)"));
    saveShot(&page, QStringLiteral("tasks-page"));

    SECTION("with Space on the selected row")
    {
        overdue->setFocus();
        overdue->setCurrentIndex(overdue->model()->index(0, TasksDueModel::Due));
        QTest::keyClick(overdue, Qt::Key_Space);
    }
    SECTION("with the check box")
    {
        const QModelIndex title = overdue->model()->index(0, TasksDueModel::Title);
        REQUIRE(title.flags().testFlag(Qt::ItemIsUserCheckable));
        REQUIRE(overdue->model()->setData(title, Qt::Checked, Qt::CheckStateRole));
    }
    CHECK(overdue->model()->rowCount() == 0);
    CHECK(overdue->isHidden());
    CHECK(rows(page, "upcomingView") == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NOT NULL")) == 1);
}

TEST_CASE("Tasks: Ctrl+N opens the new-task dialog; the task appears under Today", "[ui][tasks]")
{
    UiTestScope scope;
    ServiceFixture f;
    TasksPage page(f.owner());
    page.resize(800, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK_FALSE(findChild<QLabel>(&page, "tasksEmptyLabel")->isHidden());
    page.activateWindow();
    findChild<QPushButton>(&page, "newTaskButton")->setFocus();
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    NewTaskDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = page.findChild<NewTaskDialog *>()) != nullptr && dialog->isVisible(); }));
    auto *ok = findChild<QPushButton>(dialog, "taskOkButton");
    CHECK_FALSE(ok->isEnabled()); // no title yet
    QTest::keyClicks(findChild<QLineEdit>(dialog, "taskTitleEdit"), QStringLiteral("Telepon Ibu Dewi"));
    saveShot(dialog, QStringLiteral("tasks-new-dialog"));
    // Due in ten minutes: still today unless that crosses midnight.
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(f.clock().nowMs() + 10 * kMinute);
    findChild<QDateTimeEdit>(dialog, "taskDueEdit")->setDateTime(due);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(waitFor([&] { return page.findChild<NewTaskDialog *>() == nullptr; }));
    const char *bucket = due.date() == QDateTime::fromMSecsSinceEpoch(f.clock().nowMs()).date() ? "todayView"
                                                                                               : "upcomingView";
    auto *view = findChild<QTreeView>(&page, bucket);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, TasksDueModel::Title).data().toString() == QStringLiteral("Telepon Ibu Dewi"));
    CHECK(findChild<QLabel>(&page, "tasksEmptyLabel")->isHidden());
}

TEST_CASE("Tasks: a sales rep cannot assign tasks to others", "[ui][tasks]")
{
    UiTestScope scope;
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    TasksPage page(f.as(rep));
    CHECK(findChild<QCheckBox>(&page, "everyoneCheck")->isHidden());
    NewTaskDialog dialog(f.as(rep));
    auto *assignee = findChild<QComboBox>(&dialog, "taskAssigneeCombo");
    CHECK_FALSE(assignee->isEnabled());
    CHECK(assignee->currentData().toString() == rep);
}

TEST_CASE("Reminders: a task is announced once, when it falls due while the app is open", "[ui][tasks][reminders]")
{
    ServiceFixture f;
    ManualClock &clock = f.clock();
    addTask(f.owner(), QStringLiteral("overdue before start"), clock.nowMs() - kDay);
    TaskService tasks(f.owner());
    ReminderScheduler scheduler(tasks, clock);
    const QString soon = addTask(f.owner(), QStringLiteral("due in five minutes"), clock.nowMs() + 5 * kMinute);
    const QString reminded = addTask(f.owner(), QStringLiteral("due tomorrow, reminder in 30 minutes"),
                                     clock.nowMs() + kDay, clock.nowMs() + 30 * kMinute);

    CHECK(scheduler.takeDue().isEmpty()); // nothing has fallen due since start
    clock.advanceMs(6 * kMinute);
    QList<Task> due = scheduler.takeDue();
    REQUIRE(due.size() == 1);
    CHECK(due.first().id == soon);
    CHECK(scheduler.takeDue().isEmpty()); // exactly once
    clock.advanceMs(kMinute);
    CHECK(scheduler.takeDue().isEmpty());

    clock.advanceMs(30 * kMinute); // the reminder time, not the due time, triggers
    due = scheduler.takeDue();
    REQUIRE(due.size() == 1);
    CHECK(due.first().id == reminded);
    clock.advanceMs(kDay); // and its due time later does not announce it again
    CHECK(scheduler.takeDue().isEmpty());

    SECTION("a task done before it falls due is not announced")
    {
        const QString done = addTask(f.owner(), QStringLiteral("done early"), clock.nowMs() + 5 * kMinute);
        REQUIRE(tasks.complete(done).ok());
        clock.advanceMs(10 * kMinute);
        CHECK(scheduler.takeDue().isEmpty());
    }
}

TEST_CASE("Reminders: the Tasks page announces through its signal (and the tray when there is one)", "[ui][tasks][reminders]")
{
    UiTestScope scope;
    ServiceFixture f;
    TasksPage page(f.owner());
    QSignalSpy spy(&page, &TasksPage::reminderAnnounced);
    addTask(f.owner(), QStringLiteral("Follow up invoice"), f.clock().nowMs() + 2 * kMinute);
    CHECK(page.checkReminders() == 0);
    f.clock().advanceMs(3 * kMinute);
    CHECK(page.checkReminders() == 1);
    CHECK(page.checkReminders() == 0);
    REQUIRE(spy.count() == 1);
    CHECK(spy.first().at(0).toString() == QStringLiteral("Task due: Follow up invoice"));
}
