#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace relasi {

class ServiceContext;

// What a bulk command tells the screen that runs it. All optional.
struct BulkCommandHooks {
    // Called around a run of many service calls (the screen refreshes its list once, at the end).
    std::function<void()> begin;
    std::function<void()> end;
    // Called every few records; return false to stop early (the records done so far stay done and are
    // what undo reverts).
    std::function<bool(int done, int total)> progress;
    // Called once per run when any record was refused or failed: the first error and how many failed.
    std::function<void(const Error &first, int failed, int total)> failed;
};

// The base of the customer bulk commands: one undoable step over a set of customers, applied through
// CustomerService one record at a time. A record the service refuses is skipped and reported through the
// hooks; undo reverts only what the last redo did. When a first redo changes nothing, the command marks
// itself obsolete so QUndoStack::push drops it.
class BulkCustomerCommand : public QUndoCommand
{
public:
    BulkCustomerCommand(ServiceContext &services, const QStringList &customerIds, BulkCommandHooks hooks);

    void redo() override;
    void undo() override;

    // The customers the last redo changed.
    QStringList changedIds() const { return m_done; }
    int failedCount() const { return m_failed; }
    const Error &firstError() const { return m_firstError; }

protected:
    // Applies the change to one customer. *changed = false when it already had the wanted state.
    virtual Status apply(const QString &customerId, bool *changed) = 0;
    virtual Status revert(const QString &customerId) = 0;

    ServiceContext &m_services;

private:
    void run(const QStringList &ids, bool forward);

    QStringList m_ids;
    BulkCommandHooks m_hooks;
    QStringList m_done;
    int m_failed = 0;
    Error m_firstError;
    bool m_firstRedo = true;
};

// Deletes customers (causal-length delete); undo restores them.
class DeleteCustomersCommand : public BulkCustomerCommand
{
public:
    DeleteCustomersCommand(ServiceContext &services, const QStringList &customerIds, BulkCommandHooks hooks = {});

protected:
    Status apply(const QString &customerId, bool *changed) override;
    Status revert(const QString &customerId) override;
};

// Gives customers a new owner (ReassignOwner); undo gives each its previous owner back.
class ReassignCustomersCommand : public BulkCustomerCommand
{
public:
    ReassignCustomersCommand(ServiceContext &services, const QStringList &customerIds, const QString &newOwnerId,
        const QString &newOwnerName, BulkCommandHooks hooks = {});

    QString previousOwner(const QString &customerId) const { return m_previous.value(customerId); }

protected:
    Status apply(const QString &customerId, bool *changed) override;
    Status revert(const QString &customerId) override;

private:
    QString m_newOwnerId;
    QHash<QString, QString> m_previous;
};

// Adds a tag to customers or removes it; undo touches only the customers the command changed (those that
// already had the tag, or lacked it, are left as they were).
class TagCustomersCommand : public BulkCustomerCommand
{
public:
    enum class Mode { Add, Remove };
    TagCustomersCommand(ServiceContext &services, const QStringList &customerIds, const QString &tag, Mode mode,
        BulkCommandHooks hooks = {});

protected:
    Status apply(const QString &customerId, bool *changed) override;
    Status revert(const QString &customerId) override;

private:
    Status setTag(const QString &customerId, bool present, bool *changed);

    QString m_tag;
    Mode m_mode;
};

} // namespace relasi
