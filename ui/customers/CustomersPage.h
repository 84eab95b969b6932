#pragma once

#include "services/Policy.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>

class QAction;
class QModelIndex;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace relasi {

class CustomerBulkActions;
class CustomerDetailView;
class CustomerFilterBar;
class CustomerListModel;
class CustomerListStatus;
class CustomerSelection;
class CustomerTableProxy;
class CustomersEmptyState;
class MessageBar;
class ServiceContext;

// The Customers screen: the customer list over CustomerListModel (any number of rows, read in pages),
// search-as-you-type, status / owner / tag filters, sortable columns, bulk actions on a multi-selection
// (assign owner, add / remove tag, delete) as undoable commands, and the customer detail view as a second
// page. What the signed-in user may not do is hidden or disabled (Policy); the services refuse it too and
// their refusal is shown in a message bar above the list.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    // `services` must outlive the page.
    explicit CustomersPage(ServiceContext &services, QWidget *parent = nullptr);
    ~CustomersPage() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    // Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) for the window's Edit menu; enabled only while the page shows.
    QList<QAction *> editActions() const;
    CustomerListModel *model() const { return m_model; }
    CustomerDetailView *detailView() const { return m_detail; }
    bool isDetailShown() const;

    // The ids of the selected rows (at most maxBulkSelection; more selected returns an empty list).
    QStringList selectedCustomerIds() const;
    static constexpr int maxBulkSelection = 5000;

Q_SIGNALS:
    // A CSV file was dropped on the screen or chosen with "Import CSV…": the import wizard takes over.
    void importRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildList();
    void buildLayout();
    void retranslate();
    void fitTextColumns();
    void loadOwners();

    void onRecordsChanged(const QString &entity, const QStringList &ids);
    void beginBatch();
    void endBatch();

    void updateActions();
    void updateUndoActions();
    void updateSummary();

    void onHeaderClicked(int column);
    void applySort(int column, Qt::SortOrder order);
    void openCustomer(const QModelIndex &index);
    void newCustomer();
    void showList();
    void showDetail();
    void findCustomers();

    void chooseImportFile();
    // Shows a message in the bar above the list; `detail` (technical) goes into its tooltip.
    void showError(const QString &text, const QString &detail = {});
    void hideError();

    ServiceContext &m_services;
    CustomerListModel *m_model = nullptr;
    CustomerTableProxy *m_proxy = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QVector<QPair<QString, QString>> m_allUsers; // id, name: owner filter
    CustomerBulkActions *m_bulk = nullptr;

    CustomerFilterBar *m_filters = nullptr;
    QToolBar *m_toolBar = nullptr;
    MessageBar *m_errorBar = nullptr;
    QStackedWidget *m_pages = nullptr; // list area | detail
    QWidget *m_listArea = nullptr;
    QStackedWidget *m_listStack = nullptr; // table | empty state
    QTableView *m_table = nullptr;
    CustomersEmptyState *m_empty = nullptr;
    CustomerListStatus *m_status = nullptr;
    std::unique_ptr<CustomerSelection> m_selection;
    QWidget *m_detailArea = nullptr;
    QToolButton *m_backButton = nullptr;
    CustomerDetailView *m_detail = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_addTagAction = nullptr;
    QAction *m_removeTagAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    int m_batchDepth = 0;
    QSet<QString> m_pendingEntities;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace relasi
