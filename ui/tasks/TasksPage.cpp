#include "tasks/TasksPage.h"

#include "common/Clock.h"
#include "models/TasksDueModel.h"
#include "services/ServiceContext.h"
#include "services/TaskService.h"
#include "tasks/NewTaskDialog.h"
#include "tasks/ReminderScheduler.h"
#include "tasks/TaskBucketProxy.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace relasi {

namespace {
constexpr int kReminderIntervalMs = 60 * 1000;
const char *const kViewNames[3] = {"overdueView", "todayView", "upcomingView"};
const char *const kHeadingNames[3] = {"overdueHeading", "todayHeading", "upcomingHeading"};
} // namespace

TasksPage::TasksPage(ServiceContext &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_tasks(std::make_unique<TaskService>(services))
{
    setObjectName(QStringLiteral("tasksPage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("tasksTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    m_newButton = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")), QString(), this);
    m_newButton->setObjectName(QStringLiteral("newTaskButton"));
    m_everyone = new QCheckBox(this);
    m_everyone->setObjectName(QStringLiteral("everyoneCheck"));
    m_everyone->setVisible(Policy::allows(services.session(), Permission::ReassignOwner));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_everyone);
    top->addWidget(m_newButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tasksMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("tasksEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    for (int b = 0; b < 3; ++b) {
        m_headings[b] = new QLabel(this);
        m_headings[b]->setObjectName(QString::fromLatin1(kHeadingNames[b]));
        QFont f = m_headings[b]->font();
        f.setBold(true);
        m_headings[b]->setFont(f);
        if (b == TasksDueModel::Overdue)
            m_headings[b]->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_proxies[b] = new TaskBucketProxy(TasksDueModel::Bucket(b), this);
        connect(m_proxies[b], &TaskBucketProxy::completeRequested, this, &TasksPage::completeTask);
        auto *view = new QTreeView(this);
        view->setObjectName(QString::fromLatin1(kViewNames[b]));
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setModel(m_proxies[b]);
        view->header()->setStretchLastSection(false);
        view->installEventFilter(this);
        m_views[b] = view;
        layout->addWidget(m_headings[b]);
        layout->addWidget(view, b == TasksDueModel::Upcoming ? 2 : 1);
    }

    auto *shortcut = new QShortcut(QKeySequence::New, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &TasksPage::newTask);
    connect(m_newButton, &QPushButton::clicked, this, &TasksPage::newTask);
    m_newButton->setEnabled(Policy::allows(services.session(), Permission::CreateRecords));
    connect(m_everyone, &QCheckBox::toggled, this, &TasksPage::rebuildModel);
    rebuildModel();

    m_reminders = std::make_unique<ReminderScheduler>(*m_tasks, services.clock());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")), this);
        m_tray->setObjectName(QStringLiteral("tasksTrayIcon"));
        m_tray->show();
    }
    m_reminderTimer = new QTimer(this);
    m_reminderTimer->setInterval(kReminderIntervalMs);
    connect(m_reminderTimer, &QTimer::timeout, this, &TasksPage::checkReminders);
    m_reminderTimer->start();
    retranslate();
}

TasksPage::~TasksPage() = default;

void TasksPage::rebuildModel()
{
    const Session &me = m_services.session();
    const QString assignee = m_everyone->isChecked() && !m_everyone->isHidden() ? QString() : me.userId;
    auto model = std::make_unique<TasksDueModel>(m_services.db(), m_services.clock(), assignee);
    connect(&m_services.notifier(), &ChangeNotifier::changed, model.get(), &TasksDueModel::onChanged);
    for (TaskBucketProxy *p : m_proxies)
        p->setSourceModel(model.get());
    // After the proxies' own connections, so they have re-filtered when the counts are taken.
    connect(model.get(), &QAbstractItemModel::modelReset, this, &TasksPage::updateCounts);
    m_model = std::move(model);
    for (QTreeView *v : m_views) {
        v->setColumnHidden(TasksDueModel::BucketColumn, true);
        v->setColumnHidden(TasksDueModel::Assignee, assignee == me.userId);
        v->header()->setSectionResizeMode(TasksDueModel::Title, QHeaderView::Stretch);
        v->header()->setSectionResizeMode(TasksDueModel::Due, QHeaderView::ResizeToContents);
    }
    updateCounts();
}

void TasksPage::updateCounts()
{
    int total = 0;
    for (int b = 0; b < 3; ++b)
        total += m_proxies[b]->rowCount();
    m_empty->setVisible(total == 0);
    retranslate();
}

bool TasksPage::completeTask(const QString &taskId)
{
    Status s = m_tasks->complete(taskId);
    if (!s) {
        m_message->setText(s.code() == ErrorCode::PermissionDenied
                               ? tr("You may not change this task.")
                               : tr("The task could not be marked done. %1").arg(s.error().message));
        m_message->setVisible(true);
        return false;
    }
    m_message->setVisible(false);
    return true;
}

void TasksPage::newTask()
{
    if (!m_newButton->isEnabled())
        return;
    auto *dialog = new NewTaskDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

int TasksPage::checkReminders()
{
    // MainWindow::releaseWorkspace disables the screens before the services go away.
    if (!isEnabled())
        return 0;
    const QList<Task> due = m_reminders->takeDue();
    for (const Task &t : due) {
        const QString when = t.dueAt > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.dueAt),
                                                              TaskBucketProxy::minutesDateTimeFormat())
                                         : QString();
        const QString title = tr("Task due: %1").arg(t.title);
        const QString message = when.isEmpty() ? tr("A task needs your attention.") : tr("Due %1").arg(when);
        if (m_tray)
            m_tray->showMessage(title, message, QSystemTrayIcon::Information);
        Q_EMIT reminderAnnounced(title, message);
    }
    return int(due.size());
}

bool TasksPage::eventFilter(QObject *watched, QEvent *event)
{
    // Space marks the current row done from any column (the check box sits in the title column).
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        for (int b = 0; b < 3; ++b) {
            if (watched != m_views[b])
                continue;
            const QModelIndex current = m_views[b]->currentIndex();
            if (current.isValid())
                completeTask(m_proxies[b]->taskId(current.row()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TasksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        m_reminderTimer->stop();
    QWidget::changeEvent(event);
}

void TasksPage::retranslate()
{
    m_title->setText(tr("Tasks"));
    m_newButton->setText(tr("&New task"));
    m_newButton->setToolTip(tr("Add a task (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newButton->setAccessibleName(tr("New task"));
    m_everyone->setText(tr("Show everyone's tasks"));
    m_everyone->setAccessibleName(tr("Show everyone's tasks"));
    m_empty->setText(tr("No open tasks. Press Ctrl+N to add one."));
    const QString names[3] = {tr("Overdue (%1)"), tr("Today (%1)"), tr("Upcoming (%1)")};
    const QString accessible[3] = {tr("Overdue tasks"), tr("Tasks due today"), tr("Upcoming tasks")};
    for (int b = 0; b < 3; ++b) {
        // The bucket's whole count; its list shows the first TasksDueModel::bucketLimit.
        const qint64 n = m_model ? m_model->bucketCount(TasksDueModel::Bucket(b)) : m_proxies[b]->rowCount();
        m_headings[b]->setText(names[b].arg(QLocale().toString(n)));
        m_views[b]->setAccessibleName(accessible[b]);
        m_headings[b]->setVisible(n > 0);
        m_views[b]->setVisible(n > 0);
    }
}

} // namespace relasi
