#include "customers/CustomerTasksTab.h"

#include "common/Clock.h"
#include "services/ChangeNotifier.h"
#include "services/ServiceContext.h"
#include "services/TaskService.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace relasi {

CustomerTasksTab::CustomerTasksTab(ServiceContext &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("customerTasksTab"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tasksView"));
    m_list->setAccessibleName(tr("Tasks for this customer"));
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("tasksMessageLabel"));
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);
    connect(m_list, &QListWidget::itemChanged, this, &CustomerTasksTab::onItemChanged);
    connect(&services.notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("task") && !m_customerId.isEmpty() && !m_stale)
            reload();
    }, Qt::QueuedConnection); // never rebuild the list inside its own itemChanged
}

CustomerTasksTab::~CustomerTasksTab() = default;

void CustomerTasksTab::setCustomer(const QString &customerId, bool canWrite)
{
    m_customerId = customerId;
    m_canWrite = canWrite;
    m_filling = true;
    m_list->clear();
    m_messageLabel->clear();
    m_filling = false;
    m_stale = true;
}

void CustomerTasksTab::ensureLoaded()
{
    if (m_stale)
        reload();
}

void CustomerTasksTab::reload()
{
    m_stale = false;
    m_filling = true;
    m_list->clear();
    m_messageLabel->clear();
    if (!m_customerId.isEmpty()) {
        auto tasks = TaskService(m_services).listForCustomer(m_customerId);
        if (!tasks) {
            m_messageLabel->setText(tr("The tasks could not be read: %1").arg(tasks.error().message));
        } else {
            const QLocale locale;
            const qint64 now = m_services.clock().nowMs();
            for (const Task &t : *tasks) {
                QString text = t.title;
                if (t.dueAt > 0)
                    text += QStringLiteral(" — ") +
                            tr("due %1").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(t.dueAt).toLocalTime(),
                                                             QLocale::ShortFormat));
                auto *item = new QListWidgetItem(text, m_list);
                item->setData(Qt::UserRole, t.id);
                Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
                if (m_canWrite)
                    flags |= Qt::ItemIsUserCheckable;
                item->setFlags(flags);
                item->setCheckState(t.isDone() ? Qt::Checked : Qt::Unchecked);
                if (t.isDone()) {
                    QFont f = item->font();
                    f.setStrikeOut(true);
                    item->setFont(f);
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                } else if (t.dueAt > 0 && t.dueAt < now) {
                    item->setForeground(QColor(0xb3, 0x26, 0x1e));
                    item->setToolTip(tr("Overdue"));
                }
            }
            if (tasks->isEmpty())
                m_messageLabel->setText(tr("No tasks for this customer. Log an interaction with a follow-up task to "
                                           "add one."));
        }
    }
    m_filling = false;
}

void CustomerTasksTab::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || !m_canWrite)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    TaskService tasks(m_services);
    const Status s = item->checkState() == Qt::Checked ? tasks.complete(id) : tasks.reopen(id);
    QString message;
    if (!s)
        message = s.code() == ErrorCode::PermissionDenied ? tr("You are not allowed to change this task.")
                                                          : tr("The task could not be changed: %1").arg(s.error().message);
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            reload();
            if (!message.isEmpty())
                m_messageLabel->setText(message);
        },
        Qt::QueuedConnection);
}

} // namespace relasi
