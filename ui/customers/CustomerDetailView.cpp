#include "customers/CustomerDetailView.h"

#include "customers/CustomerEditCommands.h"
#include "customers/CustomerOverviewTab.h"
#include "customers/CustomerPrivacyTab.h"
#include "customers/CustomerSalesTab.h"
#include "customers/CustomerTasksTab.h"
#include "customers/CustomerTimelineTab.h"
#include "services/CustomerService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace relasi {

CustomerDetailView::CustomerDetailView(ServiceContext &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("customerDetailView"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("customerTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_titleLabel, 1);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    header->addWidget(m_saveButton);
    header->addWidget(m_deleteButton);
    header->addWidget(m_closeButton);
    layout->addLayout(header);

    m_bannerLabel = new QLabel(this);
    m_bannerLabel->setObjectName(QStringLiteral("readOnlyBanner"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px;"));
    m_bannerLabel->hide();
    layout->addWidget(m_bannerLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_overview = new CustomerOverviewTab(services, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_overview);
    m_timeline = new CustomerTimelineTab(services, this);
    m_sales = new CustomerSalesTab(services, this);
    m_tasks = new CustomerTasksTab(services, this);
    m_privacy = new CustomerPrivacyTab(services, this);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_sales, QString());
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_privacy, QString());
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CustomerDetailView::loadTab);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    // The timeline's "Log interaction" shortcut works from every tab of the view.
    addAction(m_timeline->logAction());

    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_deleteButton, &QPushButton::clicked, this, &CustomerDetailView::deleteCustomer);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (maybeLeave())
            Q_EMIT closeRequested();
    });
    connect(m_overview, &CustomerOverviewTab::edited, this, &CustomerDetailView::onEdited);
    connect(m_overview, &CustomerOverviewTab::validityChanged, this, &CustomerDetailView::updateActions);
    connect(m_privacy, &CustomerPrivacyTab::customerErased, this, [this](const QString &id) {
        m_dirty = false;
        Q_EMIT customerDeleted(id);
        reload();
    });
    connect(m_privacy, &CustomerPrivacyTab::customerAnonymized, this, [this](const QString &id) {
        m_dirty = false;
        reload();
        Q_EMIT customerSaved(id);
    });

    retranslate();
    startNew();
}

CustomerDetailView::~CustomerDetailView() = default;

void CustomerDetailView::showCustomer(const QString &customerId)
{
    auto c = CustomerService(m_services).get(customerId);
    if (!c) {
        Customer blank;
        blank.id = customerId;
        load(blank, false);
        m_editable = false;
        m_overview->setEditable(false);
        showError(messageFor(c.error()));
        updateActions();
        return;
    }
    load(*c, false);
}

void CustomerDetailView::startNew()
{
    Customer blank;
    blank.ownerId = m_services.session().userId;
    load(blank, true);
}

void CustomerDetailView::load(const Customer &customer, bool isNew)
{
    m_isNew = isNew;
    m_loaded = customer;
    m_customerId = isNew ? QString() : customer.id;
    m_overview->ensureChoices();
    m_overview->setCustomer(customer);
    m_dirty = false;
    showError({});

    const Session &session = m_services.session();
    RecordScope scope{customer.ownerId, customer.sharedWith.contains(session.userId)};
    if (isNew)
        m_editable = Policy::allows(session, Permission::CreateRecords);
    else
        m_editable = !customer.isDeleted() && Policy::allows(session, Permission::EditRecords, &scope);
    m_overview->setEditable(m_editable);
    // Logs, deals, tasks and consents follow the customer: a rep works on customers shared with them too.
    RecordScope childScope{scope.sharedWithUser ? session.userId : customer.ownerId, scope.sharedWithUser};
    const bool canWriteChildren =
        !isNew && !customer.isDeleted() && Policy::allows(session, Permission::CreateRecords, &childScope);
    const QString id = isNew ? QString() : customer.id;
    m_timeline->setCustomer(id, canWriteChildren);
    m_sales->setCustomer(id, canWriteChildren);
    m_tasks->setCustomer(id, canWriteChildren);
    m_privacyCanWrite = canWriteChildren;
    m_privacyStale = true;
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !isNew);
    if (isNew)
        m_tabs->setCurrentIndex(0);
    loadTab(m_tabs->currentIndex()); // the others when they are shown

    if (!isNew && customer.isDeleted())
        m_bannerLabel->setText(tr("This customer has been deleted. Undo (Ctrl+Z) or restore it to make changes."));
    else if (!m_editable)
        m_bannerLabel->setText(tr("Read-only: you can see this customer but not change it. Ask the customer's owner "
                                  "or a manager for changes."));
    m_bannerLabel->setVisible(!m_editable);
    retranslate();
    updateActions();
}

void CustomerDetailView::loadTab(int index)
{
    switch (index) {
    case TimelineTab:
        m_timeline->ensureLoaded();
        break;
    case SalesTab:
        m_sales->ensureLoaded();
        break;
    case TasksTab:
        m_tasks->ensureLoaded();
        break;
    case PrivacyTab:
        if (m_privacyStale) {
            m_privacyStale = false;
            m_privacy->setCustomer(m_customerId, m_privacyCanWrite);
        }
        break;
    default:
        break;
    }
}

bool CustomerDetailView::isTabLoaded(Tab tab) const
{
    switch (tab) {
    case TimelineTab:
        return m_timeline->isLoaded();
    case SalesTab:
        return m_sales->isLoaded();
    case TasksTab:
        return m_tasks->isLoaded();
    case PrivacyTab:
        return !m_privacyStale;
    default:
        return true;
    }
}

void CustomerDetailView::reload()
{
    if (m_customerId.isEmpty())
        return;
    showCustomer(m_customerId);
}

bool CustomerDetailView::hasUnsavedChanges() const
{
    return m_dirty && m_editable;
}

bool CustomerDetailView::maybeLeave()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The changes to %1 have not been saved.")
                        .arg(m_overview->customer().displayName.isEmpty() ? tr("this customer")
                                                                          : m_overview->customer().displayName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Save them before leaving?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setObjectName(QStringLiteral("saveChangesButton"));
    box.button(QMessageBox::Discard)->setObjectName(QStringLiteral("discardChangesButton"));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelLeaveButton"));
    box.button(QMessageBox::Save)->setEnabled(m_overview->isValid());
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        if (m_isNew)
            startNew();
        else
            reload();
        return true;
    default:
        return false;
    }
}

bool CustomerDetailView::save()
{
    if (!m_editable)
        return false;
    if (!m_overview->isValid()) {
        showError(tr("Some fields are not valid yet: see the red hints."));
        return false;
    }
    if (!m_isNew && !m_dirty)
        return true;
    const Customer after = m_overview->customer();
    QPointer<CustomerDetailView> self(this);
    CustomerCommandReport report = [self](const QString &id, const Status &status) {
        if (self)
            self->onCommandDone(id, status);
    };
    m_inCommand = true;
    m_lastStatus = Status();
    m_lastId.clear();
    if (m_isNew)
        m_undoStack->push(new CreateCustomerCommand(m_services, after, report));
    else
        m_undoStack->push(new EditCustomerCommand(m_services, m_loaded, after, report));
    m_inCommand = false;
    if (!m_lastStatus) {
        showError(messageFor(m_lastStatus.error()));
        return false;
    }
    const QString id = m_lastId;
    showCustomer(id);
    Q_EMIT customerSaved(id);
    return true;
}

void CustomerDetailView::onCommandDone(const QString &customerId, const Status &status)
{
    if (m_inCommand) { // save() handles the result
        m_lastStatus = status;
        m_lastId = customerId;
        return;
    }
    // Undo or redo from the stack: show the record as it is now, when it is the one on screen.
    if (customerId != m_customerId)
        return;
    if (!status) {
        showError(messageFor(status.error()));
        return;
    }
    reload();
    Q_EMIT customerSaved(customerId);
}

void CustomerDetailView::deleteCustomer()
{
    if (m_isNew || m_customerId.isEmpty())
        return;
    const QString name = m_loaded.displayName;
    if (QMessageBox::question(this, tr("Delete customer"),
                              tr("Delete %1? Their communication log, deals and tasks stay in the history.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString id = m_customerId;
    if (Status s = CustomerService(m_services).remove(id); !s) {
        showError(messageFor(s.error()));
        return;
    }
    m_dirty = false;
    Q_EMIT customerDeleted(id);
    reload();
}

void CustomerDetailView::onEdited()
{
    m_dirty = true;
    showError({});
    updateActions();
}

void CustomerDetailView::updateActions()
{
    const bool canSave = m_editable && m_overview->isValid() && (m_dirty || m_isNew);
    m_saveButton->setEnabled(canSave);
    m_saveAction->setEnabled(canSave);
    m_saveButton->setVisible(m_editable);
    RecordScope scope{m_loaded.ownerId, m_loaded.sharedWith.contains(m_services.session().userId)};
    m_deleteButton->setVisible(!m_isNew && !m_loaded.isDeleted() &&
                               Policy::allows(m_services.session(), Permission::DeleteRecords, &scope));
    const QString name = m_overview->customer().displayName;
    m_titleLabel->setText(m_isNew ? (name.isEmpty() ? tr("New customer") : tr("New customer: %1").arg(name))
                                  : (m_dirty ? tr("%1 (changed)").arg(name) : name));
}

void CustomerDetailView::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

QString CustomerDetailView::messageFor(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::PermissionDenied:
        return tr("You are not allowed to do this for this customer. Ask the customer's owner or a manager.");
    case ErrorCode::NotFound:
        return tr("This customer (or the company or owner chosen) no longer exists.");
    case ErrorCode::Invalid:
        return tr("Not saved: a value is not valid (%1).").arg(error.message);
    case ErrorCode::Conflict:
        return tr("Not saved: the customer was changed elsewhere. Reopen it and try again.");
    default:
        return tr("The customer could not be saved: %1").arg(error.message);
    }
}

void CustomerDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerDetailView::retranslate()
{
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save customer"));
    m_saveButton->setToolTip(tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(
                                 QKeySequence::NativeText)));
    m_deleteButton->setText(tr("&Delete…"));
    m_deleteButton->setAccessibleName(tr("Delete customer"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close customer"));
    m_saveAction->setText(tr("Save customer"));
    m_tabs->setTabText(0, tr("&Overview"));
    m_tabs->setTabText(1, tr("&Timeline"));
    m_tabs->setTabText(2, tr("Sa&les"));
    m_tabs->setTabText(3, tr("Tas&ks"));
    m_tabs->setTabText(4, tr("&Privacy"));
}

} // namespace relasi
