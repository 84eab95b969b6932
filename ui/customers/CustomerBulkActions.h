#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

class QProgressDialog;
class QUndoStack;
class QWidget;

namespace relasi {

class BulkCustomerCommand;
class ServiceContext;
struct BulkCommandHooks;

// The user flow of the customer list's bulk actions: asks what is needed (new owner, tag, confirmation),
// then pushes one undoable command (BulkCustomerCommands) onto the screen's undo stack. Long runs show a
// progress dialog that can stop them. The screen decides which actions are offered (Policy); the services
// decide again, and what they refuse comes back through failed().
class CustomerBulkActions : public QObject
{
    Q_OBJECT

public:
    // dialogParent: the screen; the services and the stack must outlive this object.
    CustomerBulkActions(ServiceContext &services, QUndoStack *undoStack, QWidget *dialogParent);

    // Active users who may own records: (id, name).
    void setAssignableOwners(const QVector<QPair<QString, QString>> &owners) { m_owners = owners; }
    bool hasAssignableOwners() const { return !m_owners.isEmpty(); }

    void assignOwner(const QStringList &customerIds);
    void addTag(const QStringList &customerIds);
    void removeTag(const QStringList &customerIds);
    // Asks for confirmation (Delete / Cancel, Cancel the default) first.
    void deleteCustomers(const QStringList &customerIds);

    // A clear sentence for a refused or failed change of `total` customers, `failed` of which failed.
    static QString describe(const Error &error, int failed, int total);

    static constexpr int progressThreshold = 200;

Q_SIGNALS:
    // Around each run of service calls (the screen refreshes its list once, at the end).
    void batchStarted();
    void batchFinished();
    void failed(const Error &first, int failedCount, int total);

private:
    BulkCommandHooks hooks(const QString &what);
    void push(BulkCustomerCommand *command);
    QString askTag(const QString &title, const QString &label);

    ServiceContext &m_services;
    QUndoStack *m_undoStack = nullptr;
    QWidget *m_dialogParent = nullptr;
    QVector<QPair<QString, QString>> m_owners;
    QPointer<QProgressDialog> m_progress;
};

} // namespace relasi
