#include "tasks/NewTaskDialog.h"

#include "common/Clock.h"
#include "search/CustomerSearch.h"
#include "services/ServiceContext.h"
#include "services/TaskService.h"
#include "services/UserService.h"
#include "tasks/TaskBucketProxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace relasi {

namespace {
constexpr int kSearchLimit = 8;

template<typename W>
W *named(W *w, const char *name, const QString &accessible)
{
    w->setObjectName(QString::fromLatin1(name));
    w->setAccessibleName(accessible);
    return w;
}
} // namespace

NewTaskDialog::NewTaskDialog(ServiceContext &services, QWidget *parent) : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("newTaskDialog"));
    setWindowTitle(tr("New task"));
    m_title = named(new QLineEdit(this), "taskTitleEdit", tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Call back about the quotation"));

    m_customerSearch = named(new QLineEdit(this), "taskCustomerSearch", tr("Customer"));
    m_customerSearch->setPlaceholderText(tr("Optional: type a name or phone number"));
    m_customerSearch->setClearButtonEnabled(true);
    m_customerResults = named(new QListWidget(this), "taskCustomerResults", tr("Matching customers"));
    m_customerResults->setMaximumHeight(m_customerResults->fontMetrics().height() * 7);
    m_customerResults->setVisible(false);
    m_customerChosen = new QLabel(this);
    m_customerChosen->setObjectName(QStringLiteral("taskCustomerChosen"));
    m_customerClear = named(new QPushButton(tr("Remove"), this), "taskCustomerClear", tr("Remove the customer"));
    m_customerClear->setVisible(false);
    m_customerChosen->setVisible(false);
    auto *chosenRow = new QHBoxLayout;
    chosenRow->addWidget(m_customerChosen, 1);
    chosenRow->addWidget(m_customerClear);
    auto *customerBox = new QVBoxLayout;
    customerBox->addWidget(m_customerSearch);
    customerBox->addWidget(m_customerResults);
    customerBox->addLayout(chosenRow);

    m_hasDue = named(new QCheckBox(tr("Due"), this), "taskHasDueCheck", tr("Has a due date"));
    m_hasDue->setChecked(true);
    m_due = named(new QDateTimeEdit(this), "taskDueEdit", tr("Due date and time"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(TaskBucketProxy::minutesDateTimeFormat());
    // Default: the next full hour.
    QDateTime next = QDateTime::fromMSecsSinceEpoch(m_services.clock().nowMs()).addSecs(3600);
    next.setTime(QTime(next.time().hour(), 0));
    m_due->setDateTime(next);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);

    m_assignee = named(new QComboBox(this), "taskAssigneeCombo", tr("Assignee"));
    const Session &me = m_services.session();
    if (auto users = UserService(m_services).list(false)) {
        for (const User &u : *users)
            m_assignee->addItem(u.name.isEmpty() ? u.email : u.name, u.id);
    }
    if (m_assignee->findData(me.userId) < 0)
        m_assignee->addItem(me.name.isEmpty() ? me.email : me.name, me.userId);
    m_assignee->setCurrentIndex(m_assignee->findData(me.userId));
    m_assignee->setEnabled(Policy::allows(me, Permission::ReassignOwner));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("taskErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Customer:"), customerBox);
    static_cast<QLabel *>(form->labelForField(customerBox))->setBuddy(m_customerSearch);
    form->addRow(m_hasDue, m_due);
    form->addRow(tr("&Assignee:"), m_assignee);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add task"));
    m_ok->setObjectName(QStringLiteral("taskOkButton"));
    m_ok->setAccessibleName(tr("Add task"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("taskCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_ok->setEnabled(!t.trimmed().isEmpty()); });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &NewTaskDialog::runSearch);
    connect(m_customerSearch, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_customerResults, &QListWidget::itemActivated, this, &NewTaskDialog::pickCustomer);
    connect(m_customerResults, &QListWidget::itemClicked, this, &NewTaskDialog::pickCustomer);
    connect(m_customerClear, &QPushButton::clicked, this, &NewTaskDialog::clearCustomer);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_title->setFocus();
}

void NewTaskDialog::runSearch()
{
    m_customerResults->clear();
    const QString typed = m_customerSearch->text().trimmed();
    if (typed.isEmpty()) {
        m_customerResults->setVisible(false);
        return;
    }
    const Session &me = m_services.session();
    const QString visibleTo = me.role == Role::Sales ? me.userId : QString();
    auto hits = CustomerSearch::search(m_services.db(), typed, kSearchLimit, visibleTo, m_services.defaultRegion());
    if (hits) {
        for (const SearchHit &h : *hits) {
            QString text = h.displayName;
            if (!h.companyName.isEmpty() && h.companyName != h.displayName)
                text += QStringLiteral(" (%1)").arg(h.companyName);
            auto *item = new QListWidgetItem(text, m_customerResults);
            item->setData(Qt::UserRole, h.customerId);
            item->setData(Qt::UserRole + 1, h.displayName);
        }
    }
    if (m_customerResults->count() == 0)
        new QListWidgetItem(tr("No customer found"), m_customerResults);
    m_customerResults->setVisible(true);
}

void NewTaskDialog::pickCustomer()
{
    QListWidgetItem *item = m_customerResults->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    m_customerId = item->data(Qt::UserRole).toString();
    m_customerChosen->setText(item->data(Qt::UserRole + 1).toString());
    m_customerChosen->setVisible(true);
    m_customerClear->setVisible(true);
    m_customerSearch->clear();
    m_customerResults->clear();
    m_customerResults->setVisible(false);
}

void NewTaskDialog::clearCustomer()
{
    m_customerId.clear();
    m_customerChosen->clear();
    m_customerChosen->setVisible(false);
    m_customerClear->setVisible(false);
    m_customerSearch->setFocus();
}

void NewTaskDialog::accept()
{
    Task t;
    t.title = m_title->text().trimmed();
    t.customerId = m_customerId;
    t.assigneeId = m_assignee->currentData().toString();
    if (m_hasDue->isChecked())
        t.dueAt = m_due->dateTime().toMSecsSinceEpoch();
    auto added = TaskService(m_services).add(t);
    if (!added) {
        switch (added.code()) {
        case ErrorCode::PermissionDenied:
            m_error->setText(tr("You may not add this task (for this customer or for this person)."));
            break;
        case ErrorCode::Invalid:
            m_error->setText(tr("The task cannot be saved: %1").arg(added.error().message));
            break;
        default:
            m_error->setText(tr("The task could not be saved. %1").arg(added.error().message));
            break;
        }
        m_error->setVisible(true);
        return;
    }
    m_createdId = *added;
    QDialog::accept();
}

} // namespace relasi
