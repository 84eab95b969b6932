#include "pipeline/PipelinePage.h"

#include "models/PipelineModel.h"
#include "common/Clock.h"
#include "main/ReadWorker.h"
#include "pipeline/DealCloseDialog.h"
#include "pipeline/DealListView.h"
#include "pipeline/DealTableProxy.h"
#include "pipeline/NewDealDialog.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineErrors.h"
#include "pipeline/StageNames.h"
#include "services/BusinessProfileService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace relasi {

PipelinePage::PipelinePage(ServiceContext &services, QWidget *parent) : PipelinePage(services, nullptr, parent) {}

PipelinePage::PipelinePage(ServiceContext &services, ReadWorker *reader, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("pipelinePage"));
    auto profile = BusinessProfileService(services).get();
    m_currency = profile && !profile->currency.isEmpty() ? profile->currency : QStringLiteral("IDR");
    PipelineModel::Reader read;
    if (reader) {
        read = [this, reader](const PipelineQuery &query, std::function<void(PipelineSnapshot)> done) {
            if (reader->isStopped()) {
                // The workspace is locking: what is left is the page's own connection.
                done(PipelineModel::read(m_services.db(), query));
                return;
            }
            reader->post<PipelineSnapshot>(
                this, m_services.clock().nowMs(),
                [query](ServiceContext *ctx) {
                    if (!ctx) {
                        PipelineSnapshot failed;
                        failed.error = QStringLiteral("no connection for background reads");
                        return failed;
                    }
                    return PipelineModel::read(ctx->db(), query);
                },
                std::move(done));
        };
    }
    m_model = new PipelineModel(services, std::move(read), this);

    auto *layout = new QVBoxLayout(this);
    buildToolbar();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_newDeal);
    bar->addSpacing(12);
    bar->addWidget(m_ownerLabel);
    bar->addWidget(m_owner);
    bar->addSpacing(8);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(m_viewToggle);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("pipelineLoadingLabel"));
    m_loading->setVisible(m_model->isLoading());
    layout->addWidget(m_loading);
    connect(m_model, &PipelineModel::loadingChanged, m_loading, &QWidget::setVisible);

    m_stack = new QStackedWidget(this);
    m_board = new PipelineBoard(m_model, m_currency, m_stack);
    m_tableProxy = new DealTableProxy(this);
    m_tableProxy->setSourceModel(m_model->dealTable());
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setModel(m_tableProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PipelineDealTable::ExpectedClose, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PipelineDealTable::Customer, QHeaderView::Stretch);
    const int em = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(PipelineDealTable::Title, 42 * em);
    header->resizeSection(PipelineDealTable::Stage, 14 * em);
    header->resizeSection(PipelineDealTable::Amount, 22 * em);
    header->resizeSection(PipelineDealTable::Owner, 18 * em);
    header->resizeSection(PipelineDealTable::ExpectedClose, 20 * em);
    header->resizeSection(PipelineDealTable::Probability, 12 * em);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);

    connect(m_board, &PipelineBoard::moveRequested, this, [this](const QString &id, const QString &stage) {
        moveDeal(id, stage);
    });
    connect(m_board, &PipelineBoard::contextMenuRequested, this, &PipelinePage::showCardMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_table->indexAt(pos).isValid())
            showCardMenu(nullptr, m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &PipelineModel::refreshed, this, &PipelinePage::onRefreshed);

    // Keyboard moves, anywhere on the page.
    m_forward = new QAction(this);
    m_forward->setObjectName(QStringLiteral("pipelineMoveForward"));
    m_forward->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_forward->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_forward, &QAction::triggered, this, &PipelinePage::moveSelectedForward);
    addAction(m_forward);
    m_back = new QAction(this);
    m_back->setObjectName(QStringLiteral("pipelineMoveBack"));
    m_back->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_back, &QAction::triggered, this, &PipelinePage::moveSelectedBack);
    addAction(m_back);
    auto *newDealShortcut = new QAction(this);
    newDealShortcut->setShortcut(QKeySequence::New);
    newDealShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newDealShortcut, &QAction::triggered, this, [this] {
        if (m_newDeal->isVisible())
            newDeal();
    });
    addAction(newDealShortcut);

    m_newDeal->setVisible(Policy::allows(services.session(), Permission::CreateRecords));
    retranslate();
    fillOwners();
}

PipelinePage::~PipelinePage() = default;

void PipelinePage::buildToolbar()
{
    m_newDeal = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")), QString(), this);
    m_newDeal->setObjectName(QStringLiteral("pipelineNewDeal"));
    connect(m_newDeal, &QPushButton::clicked, this, &PipelinePage::newDeal);
    m_ownerLabel = new QLabel(this);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("pipelineOwnerFilter"));
    m_owner->setMinimumContentsLength(14);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerLabel->setBuddy(m_owner);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("pipelinePeriodFilter"));
    m_periodLabel->setBuddy(m_period);
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString(), i);
    connect(m_owner, qOverload<int>(&QComboBox::currentIndexChanged), this, &PipelinePage::applyFilters);
    connect(m_period, qOverload<int>(&QComboBox::currentIndexChanged), this, &PipelinePage::applyFilters);
    m_viewToggle = new QToolButton(this);
    m_viewToggle->setObjectName(QStringLiteral("pipelineViewToggle"));
    m_viewToggle->setCheckable(true);
    m_viewToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_viewToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_viewToggle, &QToolButton::toggled, this, &PipelinePage::setShowTable);
}

void PipelinePage::retranslate()
{
    m_newDeal->setText(tr("&New deal…"));
    m_newDeal->setAccessibleName(tr("New deal"));
    m_newDeal->setToolTip(tr("Create a deal for a customer (%1)").arg(QKeySequence(QKeySequence::New).toString(
                                                                          QKeySequence::NativeText)));
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_periodLabel->setText(tr("&Expected close:"));
    m_period->setAccessibleName(tr("Filter by expected close"));
    m_period->setItemText(PipelineModel::AnyTime, tr("Any time"));
    m_period->setItemText(PipelineModel::ThisMonth, tr("This month"));
    m_period->setItemText(PipelineModel::ThisQuarter, tr("This quarter"));
    m_period->setItemText(PipelineModel::ThisYear, tr("This year"));
    setShowTable(m_viewToggle->isChecked());
    m_viewToggle->setToolTip(tr("Switch between the board and a sortable table (Ctrl+T)"));
    m_forward->setText(tr("Move to next stage"));
    m_back->setText(tr("Move to previous stage"));
    m_table->setAccessibleName(tr("Deals"));
    m_loading->setText(tr("Loading deals…"));
    m_loading->setAccessibleName(tr("Pipeline loading"));
    fillOwners();
    m_board->retranslate();
}

void PipelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PipelinePage::fillOwners()
{
    const QString current = m_model->ownerFilter();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    const Session &me = m_services.session();
    m_owner->addItem(tr("My deals"), me.userId);
    for (const auto &owner : m_model->owners()) {
        if (owner.first != me.userId)
            m_owner->addItem(owner.second.isEmpty() ? owner.first : owner.second, owner.first);
    }
    const int index = m_owner->findData(current);
    if (index >= 0) {
        m_owner->setCurrentIndex(index);
    } else {
        // The filtered owner has no deals any more: keep filtering by them, under their id.
        m_owner->addItem(current, current);
        m_owner->setCurrentIndex(m_owner->count() - 1);
    }
}

void PipelinePage::applyFilters()
{
    m_model->setOwnerFilter(m_owner->currentData().toString());
    m_model->setPeriod(PipelineModel::Period(m_period->currentData().toInt()));
}

void PipelinePage::setShowTable(bool table)
{
    if (m_viewToggle->isChecked() != table)
        m_viewToggle->setChecked(table); // re-enters through toggled
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_board);
    m_viewToggle->setIcon(QIcon(table ? QStringLiteral(":/relasi/icons/view-board.svg")
                                      : QStringLiteral(":/relasi/icons/view-table.svg")));
    m_viewToggle->setText(table ? tr("Board") : tr("Table"));
    m_viewToggle->setAccessibleName(table ? tr("Show as board") : tr("Show as table"));
}

bool PipelinePage::isLoading() const
{
    return m_model->isLoading();
}

void PipelinePage::onRefreshed()
{
    fillOwners();
    if (!m_model->lastError().isEmpty())
        showMessage(tr("Some deals could not be read: %1").arg(m_model->lastError()), true);
    if (!m_selectAfterRefresh.isEmpty() && !m_model->isLoading()) {
        const QString id = m_selectAfterRefresh;
        m_selectAfterRefresh.clear();
        selectDealNow(id);
    }
}

void PipelinePage::selectDealNow(const QString &dealId)
{
    if (isShowingTable()) {
        const int row = m_model->dealTable()->rowOf(dealId);
        if (row >= 0)
            m_table->selectRow(m_tableProxy->mapFromSource(m_model->dealTable()->index(row, 0)).row());
    } else {
        m_board->selectDeal(dealId);
    }
}

bool PipelinePage::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

QString PipelinePage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PipelinePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; background: #fdecea; padding: 6px; "
                                                    "border-radius: 4px; }")
                                   : QStringLiteral("QLabel { color: #1e4620; background: #edf7ed; padding: 6px; "
                                                    "border-radius: 4px; }"));
    m_message->setAccessibleName(error ? tr("Error") : tr("Information"));
    m_message->setVisible(!text.isEmpty());
}

QString PipelinePage::selectedDealId() const
{
    if (isShowingTable()) {
        const QModelIndex index = m_table->currentIndex();
        if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
            return {};
        return index.data(PipelineDealTable::IdRole).toString();
    }
    return m_board->selectedDealId();
}

bool PipelinePage::moveDeal(const QString &dealId, const QString &stage)
{
    const PipelineDeal *deal = m_model->deal(dealId);
    const QString title = deal ? deal->title : dealId;
    if (deal && deal->stage == stage)
        return false;
    QString reason;
    if (stage == QLatin1String("won") || stage == QLatin1String("lost")) {
        DealCloseDialog dialog(stage, title, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.reason();
    }
    const Status moved = m_model->moveDeal(dealId, stage, reason);
    if (!moved) {
        showMessage(PipelineErrors::forMove(moved.error(), title, StageNames::label(stage)), true);
        return false;
    }
    showMessage(tr("Moved “%1” to %2.").arg(title, StageNames::label(stage)), false);
    if (m_model->isLoading())
        m_selectAfterRefresh = dealId; // once the move's figures are back from the worker
    else
        selectDealNow(dealId);
    return true;
}

void PipelinePage::moveSelectedBy(int step)
{
    const QString id = selectedDealId();
    const PipelineDeal *deal = id.isEmpty() ? nullptr : m_model->deal(id);
    if (!deal)
        return;
    const QString target = step > 0 ? PipelineModel::nextStage(deal->stage) : PipelineModel::previousStage(deal->stage);
    if (!target.isEmpty())
        moveDeal(id, target);
}

void PipelinePage::moveSelectedForward()
{
    moveSelectedBy(1);
}

void PipelinePage::moveSelectedBack()
{
    moveSelectedBy(-1);
}

void PipelinePage::showCardMenu(DealListView *view, const QPoint &globalPos)
{
    Q_UNUSED(view);
    const QString id = selectedDealId();
    const PipelineDeal *deal = id.isEmpty() ? nullptr : m_model->deal(id);
    if (!deal)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("pipelineCardMenu"));
    menu.addAction(m_forward);
    menu.addAction(m_back);
    m_forward->setEnabled(!PipelineModel::nextStage(deal->stage).isEmpty());
    m_back->setEnabled(!PipelineModel::previousStage(deal->stage).isEmpty());
    QMenu *moveTo = menu.addMenu(tr("Move &to"));
    for (const QString &stage : PipelineModel::stages()) {
        if (stage == deal->stage)
            continue;
        QAction *a = moveTo->addAction(StageNames::label(stage));
        a->setObjectName(QStringLiteral("pipelineMoveTo_") + stage);
        connect(a, &QAction::triggered, this, [this, id, stage] { moveDeal(id, stage); });
    }
    menu.exec(globalPos);
    m_forward->setEnabled(true);
    m_back->setEnabled(true);
}

void PipelinePage::newDeal()
{
    NewDealDialog dialog(m_services, m_currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    showMessage(tr("Deal created."), false);
    if (m_model->isLoading())
        m_selectAfterRefresh = dialog.dealId();
    else
        m_board->selectDeal(dialog.dealId());
}

} // namespace relasi
