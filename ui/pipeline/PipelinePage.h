#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QPushButton;

namespace relasi {

class DealListView;
class DealTableProxy;
class PipelineBoard;
class PipelineModel;
class ReadWorker;
class ServiceContext;

// The Pipeline section: the deals of the session as a board (a column per stage with count and total in
// the business currency) or as a sortable table, filtered by owner and expected close period. Deals move
// by drag and drop between columns, by a card's context menu, or with Ctrl+Right / Ctrl+Left; every way
// ends in moveDeal(), which asks for the reason when a deal is lost (and confirmation when won) and calls
// PipelineModel::moveDeal (DealService::moveStage). A refusal shows the service's message above the board.
//
// With a ReadWorker the model's reads (totals by SQL aggregation, a window of cards per stage) run on the
// worker's connection: the page shows "Loading deals…" meanwhile and never blocks. Without one they run
// on the calling thread, at once.
class PipelinePage : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinePage(ServiceContext &services, QWidget *parent = nullptr);
    PipelinePage(ServiceContext &services, ReadWorker *reader, QWidget *parent = nullptr);
    ~PipelinePage() override;

    PipelineModel *model() const { return m_model; }
    PipelineBoard *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    QString currency() const { return m_currency; }
    // The last message shown above the board (empty when none).
    QString message() const;
    bool isShowingTable() const;
    // True while the model reads on the worker.
    bool isLoading() const;

    // Moves the deal to `stage` as a drop does: asks for a reason (lost) or confirmation (won) in a
    // dialog, then calls the model; shows success or the refusal. True when the deal moved.
    bool moveDeal(const QString &dealId, const QString &stage);
    // The deal selected on the board or in the table (empty when none).
    QString selectedDealId() const;

public Q_SLOTS:
    void newDeal();
    void moveSelectedForward();
    void moveSelectedBack();
    void setShowTable(bool table);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolbar();
    void retranslate();
    void fillOwners();
    void applyFilters();
    void showMessage(const QString &text, bool error);
    void showCardMenu(DealListView *view, const QPoint &globalPos);
    void moveSelectedBy(int step);
    void selectDealNow(const QString &dealId);
    void onRefreshed();

    ServiceContext &m_services;
    QString m_currency;
    PipelineModel *m_model = nullptr;
    PipelineBoard *m_board = nullptr;
    DealTableProxy *m_tableProxy = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_newDeal = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QToolButton *m_viewToggle = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_loading = nullptr;
    QString m_selectAfterRefresh;
    QAction *m_forward = nullptr;
    QAction *m_back = nullptr;
};

} // namespace relasi
