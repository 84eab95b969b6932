#pragma once

#include "common/Result.h"
#include "domain/Customer.h"

#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace relasi {

class CustomerOverviewTab;
class CustomerPrivacyTab;
class CustomerSalesTab;
class CustomerTasksTab;
class CustomerTimelineTab;
class ServiceContext;

// The detail of one customer: Overview (edit form), Timeline, Sales, Tasks and Privacy tabs. Opening a
// customer reads the record once for the Overview; each other tab reads its rows the first time it is
// shown for that customer.
// Saves (Ctrl+S) go through undoable commands (CustomerEditCommands) pushed onto the given undo stack.
// The form is read-only when Policy says the signed-in user may not edit the record.
class CustomerDetailView : public QWidget
{
    Q_OBJECT
public:
    CustomerDetailView(ServiceContext &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CustomerDetailView() override;

    // Shows the customer (reloads it from CustomerService). Callers check maybeLeave() first.
    void showCustomer(const QString &customerId);
    // Shows an empty form for a new customer.
    void startNew();
    bool hasUnsavedChanges() const;
    // Asks Save/Discard/Cancel when there are unsaved changes. Returns false when the user wants to stay.
    bool maybeLeave();

    QString customerId() const { return m_customerId; }
    bool isReadOnly() const { return !m_editable; }
    // Saves the form (as Ctrl+S does). False when invalid or the service refused (the message is shown).
    bool save();

    enum Tab { OverviewTab, TimelineTab, SalesTab, TasksTab, PrivacyTab };
    // Whether the tab's rows have been read for the customer shown (the Overview always is).
    bool isTabLoaded(Tab tab) const;

Q_SIGNALS:
    void customerSaved(const QString &customerId);
    void customerDeleted(const QString &customerId);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const Customer &customer, bool isNew);
    void reload();
    void loadTab(int index);
    void onEdited();
    void onCommandDone(const QString &customerId, const Status &status);
    void deleteCustomer();
    void updateActions();
    void showError(const QString &text);
    QString messageFor(const Error &error) const;
    void retranslate();

    ServiceContext &m_services;
    QUndoStack *m_undoStack = nullptr;
    QString m_customerId;
    Customer m_loaded;
    // The Privacy tab is given its customer when it is shown (setCustomer reads the consents).
    bool m_privacyStale = false;
    bool m_privacyCanWrite = false;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_editable = false;
    bool m_inCommand = false;
    Status m_lastStatus;
    QString m_lastId;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    CustomerOverviewTab *m_overview = nullptr;
    CustomerTimelineTab *m_timeline = nullptr;
    CustomerSalesTab *m_sales = nullptr;
    CustomerTasksTab *m_tasks = nullptr;
    CustomerPrivacyTab *m_privacy = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QAction *m_saveAction = nullptr;
};

} // namespace relasi
