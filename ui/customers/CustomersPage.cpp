#include "customers/CustomersPage.h"

#include "common/MessageBar.h"
#include "customers/CustomerBulkActions.h"
#include "customers/CustomerDetailView.h"
#include "customers/CustomerFilterBar.h"
#include "customers/CustomerListStatus.h"
#include "customers/CustomerSelection.h"
#include "customers/CustomerTableProxy.h"
#include "customers/CustomersEmptyState.h"
#include "domain/Customer.h"
#include "models/CustomerListModel.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QDateTime>
#include <QLocale>
#include <QMimeData>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace relasi {

namespace {

QString csvPathIn(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

QAction *makeAction(QWidget *owner, const char *objectName, const char *icon = nullptr)
{
    auto *action = new QAction(owner);
    action->setObjectName(QLatin1String(objectName));
    if (icon)
        action->setIcon(QIcon(QLatin1String(icon)));
    owner->addAction(action);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

} // namespace

CustomersPage::CustomersPage(ServiceContext &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("customersPage"));
    setAcceptDrops(true);
    m_undoStack = new QUndoStack(this);
    const Session &session = services.session();
    m_model = new CustomerListModel(services.db(), session.role == Role::Sales ? session.userId : QString(), this);
    m_proxy = new CustomerTableProxy(this);
    m_proxy->setSourceModel(m_model);
    connect(&services.notifier(), &ChangeNotifier::changed, this, &CustomersPage::onRecordsChanged);
    connect(m_model, &CustomerListModel::errorOccurred, this,
        [this](const QString &message) { showError(tr("The customer list could not be read."), message); });

    buildActions();
    buildList();
    buildLayout();
    loadOwners();
    retranslate();
    updateSummary();
    updateActions();
    updateUndoActions();
}

CustomersPage::~CustomersPage()
{
    // Children are deleted after this destructor: nothing they emit on the way out may reach this page.
    // (The services may be gone already: MainWindow::releaseWorkspace drops them before its screens.)
    const QObject *senders[] = {m_model,   m_proxy,      m_table->selectionModel(), m_table->horizontalHeader(),
                                m_table,   m_undoStack,  m_filters,                 m_empty,
                                m_bulk,    m_detail};
    for (const QObject *sender : senders)
        disconnect(sender, nullptr, this, nullptr);
}

void CustomersPage::buildActions()
{
    m_newAction = makeAction(this, "newCustomerAction", ":/relasi/icons/plus.svg");
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = makeAction(this, "openCustomerAction");
    m_assignAction = makeAction(this, "assignOwnerAction", ":/relasi/icons/users.svg");
    m_addTagAction = makeAction(this, "addTagAction");
    m_removeTagAction = makeAction(this, "removeTagAction");
    m_deleteAction = makeAction(this, "deleteCustomersAction");
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_findAction = makeAction(this, "findCustomersAction");
    m_findAction->setShortcut(QKeySequence::Find);
    m_backAction = makeAction(this, "backToListAction");
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_undoAction = makeAction(this, "customersUndoAction");
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = makeAction(this, "customersRedoAction");
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    connect(m_newAction, &QAction::triggered, this, &CustomersPage::newCustomer);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            openCustomer(m_table->currentIndex());
    });
    // The bulk actions run on the selection (empty when it is over maxBulkSelection: the label says so).
    connect(m_assignAction, &QAction::triggered, this, [this] { m_bulk->assignOwner(selectedCustomerIds()); });
    connect(m_addTagAction, &QAction::triggered, this, [this] { m_bulk->addTag(selectedCustomerIds()); });
    connect(m_removeTagAction, &QAction::triggered, this, [this] { m_bulk->removeTag(selectedCustomerIds()); });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (m_deleteAction->isEnabled())
            m_bulk->deleteCustomers(selectedCustomerIds());
    });
    connect(m_findAction, &QAction::triggered, this, &CustomersPage::findCustomers);
    connect(m_backAction, &QAction::triggered, this, [this] {
        if (isDetailShown() && m_detail->maybeLeave())
            showList();
    });
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &CustomersPage::updateUndoActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &CustomersPage::updateUndoActions);
}

void CustomersPage::buildList()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    // Uniform rows: the view never measures row contents, so a million rows cost what the visible ones do.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[CustomerListModel::ColumnCount] = {190, 150, 125, 185, 100, 80, 120, 120, 120};
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    // (Status and the dates follow their texts in the current language: fitTextColumns.)
    connect(columns, &QHeaderView::sectionClicked, this, &CustomersPage::onHeaderClicked);
    connect(m_table, &QTableView::activated, this, &CustomersPage::openCustomer);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateActions);
    m_selection = std::make_unique<CustomerSelection>(m_services, m_model, m_table->selectionModel());
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomersPage::updateSummary);
    // The model may count a long list in idle slices: the count and the empty state follow its rows.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CustomersPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CustomersPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomersPage::updateActions);
    m_table->addAction(m_openAction);
    m_table->addAction(m_deleteAction);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // Delete in a text field edits text

    m_empty = new CustomersEmptyState(this);
    connect(m_empty, &CustomersEmptyState::importClicked, this, &CustomersPage::chooseImportFile);
    connect(m_empty, &CustomersEmptyState::addClicked, this, &CustomersPage::newCustomer);

    m_bulk = new CustomerBulkActions(m_services, m_undoStack, this);
    connect(m_bulk, &CustomerBulkActions::batchStarted, this, &CustomersPage::beginBatch);
    connect(m_bulk, &CustomerBulkActions::batchFinished, this, &CustomersPage::endBatch);
    connect(m_bulk, &CustomerBulkActions::failed, this, [this](const Error &first, int failed, int total) {
        showError(CustomerBulkActions::describe(first, failed, total), first.message);
    });
}

void CustomersPage::buildLayout()
{
    m_filters = new CustomerFilterBar(this);
    m_filters->setObjectName(QStringLiteral("customerFilterBar"));
    connect(m_filters, &CustomerFilterBar::searchChanged, m_model, &CustomerListModel::setSearchText);
    connect(m_filters, &CustomerFilterBar::statusChanged, m_model, &CustomerListModel::setStatusFilter);
    connect(m_filters, &CustomerFilterBar::ownerChanged, m_model, &CustomerListModel::setOwnerFilter);
    connect(m_filters, &CustomerFilterBar::tagChanged, m_model, &CustomerListModel::setTagFilter);
    connect(m_filters, &CustomerFilterBar::sortChosen, this, &CustomersPage::applySort);
    connect(m_empty, &CustomersEmptyState::clearFiltersClicked, m_filters, &CustomerFilterBar::clearFilters);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("customersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_newAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_assignAction);
    m_toolBar->addAction(m_addTagAction);
    m_toolBar->addAction(m_removeTagAction);
    m_toolBar->addAction(m_deleteAction);

    m_errorBar = new MessageBar(QStringLiteral("customersError"), this);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    m_status = new CustomerListStatus(this);
    m_status->setObjectName(QStringLiteral("customerListStatus"));

    m_listArea = new QWidget(this);
    auto *listLayout = new QVBoxLayout(m_listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_toolBar);
    listLayout->addWidget(m_listStack, 1);
    listLayout->addWidget(m_status);

    m_detailArea = new QWidget(this);
    m_backButton = new QToolButton(m_detailArea);
    m_backButton->setObjectName(QStringLiteral("backToListButton"));
    m_backButton->setDefaultAction(m_backAction);
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_backButton->setAutoRaise(true);
    m_detail = new CustomerDetailView(m_services, m_undoStack, m_detailArea);
    m_detail->setObjectName(QStringLiteral("customerDetailView"));
    connect(m_detail, &CustomerDetailView::closeRequested, this, [this] {
        if (m_detail->maybeLeave())
            showList();
    });
    connect(m_detail, &CustomerDetailView::customerDeleted, this, [this] { showList(); });
    auto *detailLayout = new QVBoxLayout(m_detailArea);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_backButton, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_detail, 1);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("customersStack"));
    m_pages->addWidget(m_listArea);
    m_pages->addWidget(m_detailArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_pages, 1);
}

void CustomersPage::retranslate()
{
    setAccessibleName(tr("Customers"));
    m_newAction->setText(tr("&New customer"));
    m_newAction->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_openAction->setText(tr("&Open customer"));
    m_assignAction->setText(tr("&Assign owner…"));
    m_assignAction->setToolTip(tr("Give the selected customers another owner"));
    m_addTagAction->setText(tr("Add &tag…"));
    m_addTagAction->setToolTip(tr("Add a tag to the selected customers"));
    m_removeTagAction->setText(tr("&Remove tag…"));
    m_removeTagAction->setToolTip(tr("Remove a tag from the selected customers"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected customers (Delete)"));
    m_findAction->setText(tr("&Find customers"));
    m_backAction->setText(tr("← All customers"));
    m_backAction->setToolTip(tr("Back to the customer list (Alt+Left)"));
    m_backButton->setAccessibleName(tr("Back to the customer list"));
    m_toolBar->setAccessibleName(tr("Customer actions"));
    m_table->setAccessibleName(tr("Customer list"));
    m_table->setAccessibleDescription(tr("Enter opens the selected customer; Delete deletes the selection"));
    fitTextColumns();
    updateUndoActions();
    updateSummary();
    updateActions();
}

void CustomersPage::fitTextColumns()
{
    // Wide enough for the longest status and a date and time in the user's format, and for the header.
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics titles = m_table->horizontalHeader()->fontMetrics();
    const auto fit = [&](int column, const QStringList &samples) {
        int width = titles.horizontalAdvance(CustomerTableProxy::columnTitle(column)) + 28; // + sort arrow
        for (const QString &sample : samples)
            width = qMax(width, cells.horizontalAdvance(sample) + 16);
        m_table->setColumnWidth(column, width);
    };
    QStringList statuses;
    for (CustomerStatus status :
         {CustomerStatus::Lead, CustomerStatus::Prospect, CustomerStatus::Customer, CustomerStatus::Inactive})
        statuses << CustomerTableProxy::statusDisplayName(customerStatusName(status));
    fit(CustomerListModel::Status, statuses);
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    fit(CustomerListModel::LastContact, {sampleTime, CustomerTableProxy::tr("Never")});
    fit(CustomerListModel::Created, {sampleTime});
}

void CustomersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateUndoActions();
}

void CustomersPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateUndoActions();
}

void CustomersPage::loadOwners()
{
    auto users = UserService(m_services).list(true);
    if (!users) {
        showError(tr("The list of users could not be read."), users.error().message);
        return;
    }
    m_allUsers.clear();
    QVector<QPair<QString, QString>> assignable;
    for (const User &u : *users) {
        const QString name = u.name.isEmpty() ? u.email : u.name;
        m_allUsers.append({u.id, u.active ? name : tr("%1 (inactive)").arg(name)});
        if (u.active && u.role != Role::Viewer)
            assignable.append({u.id, name});
    }
    m_filters->setOwners(m_allUsers);
    m_bulk->setAssignableOwners(assignable);
}

QList<QAction *> CustomersPage::editActions() const
{
    return {m_undoAction, m_redoAction};
}

bool CustomersPage::isDetailShown() const
{
    return m_pages->currentWidget() == m_detailArea;
}

// ---- changes from the services ----

void CustomersPage::onRecordsChanged(const QString &entity, const QStringList &ids)
{
    if (entity == QLatin1String("user"))
        loadOwners();
    if (m_batchDepth > 0) {
        m_pendingEntities.insert(entity);
        return;
    }
    m_model->onChanged(entity, ids);
    updateSummary();
    updateActions();
}

void CustomersPage::beginBatch()
{
    if (m_batchDepth++ == 0)
        hideError(); // a new run: an older message no longer applies
}

void CustomersPage::endBatch()
{
    if (--m_batchDepth > 0)
        return;
    const QSet<QString> entities = std::exchange(m_pendingEntities, {});
    // One refresh for the whole batch: "customer" covers tags, owners and deletes alike.
    if (!entities.isEmpty())
        m_model->onChanged(
            entities.contains(QStringLiteral("customer")) ? QStringLiteral("customer") : *entities.cbegin(), {});
    updateSummary();
    updateActions();
}

// ---- summary and enabled state ----

QStringList CustomersPage::selectedCustomerIds() const
{
    return m_selection->ids(maxBulkSelection);
}

void CustomersPage::updateActions()
{
    const Session &session = m_services.session();
    const int selected = m_selection->count();
    const bool list = !isDetailShown();
    const bool some = list && selected > 0;

    m_newAction->setVisible(Policy::allows(session, Permission::CreateRecords));
    m_newAction->setEnabled(m_newAction->isVisible());
    m_assignAction->setVisible(Policy::allows(session, Permission::ReassignOwner));
    m_assignAction->setEnabled(some && m_assignAction->isVisible() && m_bulk->hasAssignableOwners());
    const bool canEdit = Policy::allows(session, Permission::EditRecords);
    m_addTagAction->setVisible(canEdit);
    m_removeTagAction->setVisible(canEdit);
    const bool editSelection = some && canEdit && m_selection->allows(Permission::EditRecords);
    m_addTagAction->setEnabled(editSelection);
    m_removeTagAction->setEnabled(editSelection);
    m_deleteAction->setVisible(Policy::allows(session, Permission::DeleteRecords));
    m_deleteAction->setEnabled(some && m_deleteAction->isVisible() && m_selection->allows(Permission::DeleteRecords));
    m_openAction->setEnabled(list && m_table->currentIndex().isValid());
    m_backAction->setEnabled(!list);
    m_status->showSelection(selected, maxBulkSelection);
}

void CustomersPage::updateUndoActions()
{
    if (!m_undoAction)
        return;
    const bool shown = isVisible();
    m_undoAction->setEnabled(shown && m_undoStack->canUndo());
    m_redoAction->setEnabled(shown && m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
}

void CustomersPage::updateSummary()
{
    const int rows = m_model->rowCount();
    const bool searching = !m_model->searchText().trimmed().isEmpty();
    m_table->horizontalHeader()->setSortIndicatorShown(!searching); // ranked by relevance
    m_filters->setSearchMode(searching);
    const bool filtering = m_filters->isFiltering();
    m_status->showCount(rows, filtering, searching && rows >= CustomerListModel::searchLimit);

    if (rows > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    const Session &session = m_services.session();
    m_empty->showFor(
        filtering, Policy::allows(session, Permission::ImportCsv), Policy::allows(session, Permission::CreateRecords));
    m_listStack->setCurrentWidget(m_empty);
}

// ---- sorting, opening, navigation ----

void CustomersPage::onHeaderClicked(int column)
{
    switch (column) {
    case CustomerListModel::Name:
    case CustomerListModel::LastContact:
    case CustomerListModel::Created:
    case CustomerListModel::Owner:
        break;
    default: // not sortable: keep showing the current order
        m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    Qt::SortOrder order = Qt::AscendingOrder;
    if (column == m_sortColumn)
        order = m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    else if (column == CustomerListModel::LastContact || column == CustomerListModel::Created)
        order = Qt::DescendingOrder; // newest first is what people look for
    applySort(column, order);
}

void CustomersPage::applySort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_model->sort(column, order);
    m_table->horizontalHeader()->setSortIndicator(column, order);
    m_filters->showSort(column, order);
}

void CustomersPage::openCustomer(const QModelIndex &index)
{
    const QString id = m_model->index(index.row(), 0).data(CustomerListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    if (isDetailShown() && !m_detail->maybeLeave())
        return;
    m_detail->showCustomer(id);
    showDetail();
}

void CustomersPage::newCustomer()
{
    if (!Policy::allows(m_services.session(), Permission::CreateRecords))
        return;
    if (isDetailShown() && !m_detail->maybeLeave())
        return;
    m_detail->startNew();
    showDetail();
}

void CustomersPage::showDetail()
{
    m_pages->setCurrentWidget(m_detailArea);
    m_detail->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void CustomersPage::showList()
{
    m_pages->setCurrentWidget(m_listArea);
    m_table->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void CustomersPage::findCustomers()
{
    if (isDetailShown()) {
        if (!m_detail->maybeLeave())
            return;
        showList();
    }
    m_filters->focusSearch();
}

// ---- import, messages ----

void CustomersPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT importRequested(path);
}

void CustomersPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (Policy::allows(m_services.session(), Permission::ImportCsv) && !csvPathIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CustomersPage::dropEvent(QDropEvent *event)
{
    const QString path = csvPathIn(event->mimeData());
    if (path.isEmpty() || !Policy::allows(m_services.session(), Permission::ImportCsv)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT importRequested(path); // the import wizard takes over from here
}

void CustomersPage::showError(const QString &text, const QString &detail)
{
    m_errorBar->showMessage(text, detail);
}

void CustomersPage::hideError()
{
    m_errorBar->hideMessage();
}

} // namespace relasi
