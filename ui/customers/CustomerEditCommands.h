#pragma once

#include "common/Result.h"
#include "domain/Customer.h"

#include <QUndoCommand>

#include <functional>

namespace relasi {

class ServiceContext;

// Told after every redo()/undo() of a customer command: the record id and how the service call went.
// The view reloads the record or shows the error. Must stay safe to call after the view is gone (capture a
// QPointer).
using CustomerCommandReport = std::function<void(const QString &customerId, const Status &status)>;

// Creates a customer. The first redo() creates it through CustomerService; undo() deletes it (causal-length
// delete) and a later redo() restores the same record. When the first create fails, the command marks
// itself obsolete so QUndoStack::push() drops it; status() tells why.
class CreateCustomerCommand : public QUndoCommand
{
public:
    CreateCustomerCommand(ServiceContext &services, const Customer &customer, CustomerCommandReport report = {});

    void redo() override;
    void undo() override;

    QString customerId() const { return m_id; }
    const Status &status() const { return m_status; }

private:
    void finish();

    ServiceContext &m_services;
    Customer m_customer;
    CustomerCommandReport m_report;
    QString m_id;
    Status m_status;
};

// Edits a customer: redo() writes `after`, undo() writes `before` (both through CustomerService::update,
// which matches contact points and addresses by id). A failed first redo() marks the command obsolete.
class EditCustomerCommand : public QUndoCommand
{
public:
    EditCustomerCommand(ServiceContext &services, const Customer &before, const Customer &after,
                        CustomerCommandReport report = {});

    void redo() override;
    void undo() override;

    const Status &status() const { return m_status; }

private:
    void apply(const Customer &record);

    ServiceContext &m_services;
    Customer m_before;
    Customer m_after;
    CustomerCommandReport m_report;
    bool m_done = false;
    Status m_status;
};

} // namespace relasi
