#pragma once

#include <QString>
#include <QWidget>

class QUndoStack;

namespace relasi {

class ServiceContext;

// The detail of one customer: Overview (edit form), Timeline, Sales, Tasks and Privacy tabs.
// Saves go through undoable commands pushed onto the given undo stack.
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

Q_SIGNALS:
    void customerSaved(const QString &customerId);
    void customerDeleted(const QString &customerId);
    void closeRequested();

private:
    ServiceContext &m_services;
    QUndoStack *m_undoStack = nullptr;
    QString m_customerId;
};

} // namespace relasi
