#include "customers/CustomerBulkActions.h"

#include "customers/AssignOwnerDialog.h"
#include "customers/BulkCustomerCommands.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

namespace relasi {

CustomerBulkActions::CustomerBulkActions(ServiceContext &services, QUndoStack *undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_services(services)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{
}

BulkCommandHooks CustomerBulkActions::hooks(const QString &what)
{
    BulkCommandHooks h;
    h.begin = [this] { Q_EMIT batchStarted(); };
    h.end = [this] {
        if (m_progress)
            m_progress->deleteLater();
        Q_EMIT batchFinished();
    };
    h.progress = [this, what](int done, int total) {
        if (total < progressThreshold)
            return true;
        if (!m_progress) {
            m_progress = new QProgressDialog(what, tr("Stop"), 0, total, m_dialogParent);
            m_progress->setObjectName(QStringLiteral("bulkProgressDialog"));
            m_progress->setAccessibleName(what);
            m_progress->setWindowModality(Qt::WindowModal);
            m_progress->setMinimumDuration(300);
        }
        m_progress->setValue(done);
        return !m_progress->wasCanceled();
    };
    h.failed = [this](const Error &first, int failedCount, int total) { Q_EMIT failed(first, failedCount, total); };
    return h;
}

void CustomerBulkActions::push(BulkCustomerCommand *command)
{
    m_undoStack->push(command); // runs redo(); an obsolete command (nothing changed) is dropped
}

void CustomerBulkActions::assignOwner(const QStringList &customerIds)
{
    if (customerIds.isEmpty() || m_owners.isEmpty())
        return;
    AssignOwnerDialog dialog(m_owners, int(customerIds.size()), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.ownerId().isEmpty())
        return;
    push(new ReassignCustomersCommand(
        m_services, customerIds, dialog.ownerId(), dialog.ownerName(), hooks(tr("Assigning owner…"))));
}

QString CustomerBulkActions::askTag(const QString &title, const QString &label)
{
    QInputDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("tagInputDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setAccessibleName(title);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void CustomerBulkActions::addTag(const QStringList &customerIds)
{
    if (customerIds.isEmpty())
        return;
    const QString tag = askTag(tr("Add tag"), tr("Tag to add to the selected customers:"));
    if (tag.isEmpty())
        return;
    push(new TagCustomersCommand(
        m_services, customerIds, tag, TagCustomersCommand::Mode::Add, hooks(tr("Adding tag…"))));
}

void CustomerBulkActions::removeTag(const QStringList &customerIds)
{
    if (customerIds.isEmpty())
        return;
    const QString tag = askTag(tr("Remove tag"), tr("Tag to remove from the selected customers:"));
    if (tag.isEmpty())
        return;
    push(new TagCustomersCommand(
        m_services, customerIds, tag, TagCustomersCommand::Mode::Remove, hooks(tr("Removing tag…"))));
}

void CustomerBulkActions::deleteCustomers(const QStringList &customerIds)
{
    if (customerIds.isEmpty())
        return;
    const int n = int(customerIds.size());
    QMessageBox box(QMessageBox::Warning, n == 1 ? tr("Delete customer") : tr("Delete customers"),
        n == 1 ? tr("Delete the selected customer?")
               : tr("Delete the %1 selected customers?").arg(QLocale().toString(n)),
        QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    box.setInformativeText(tr("They disappear from the list and from search. You can undo this with Ctrl+Z."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    push(new DeleteCustomersCommand(m_services, customerIds, hooks(tr("Deleting customers…"))));
}

QString CustomerBulkActions::describe(const Error &error, int failed, int total)
{
    QString why;
    switch (error.code) {
    case ErrorCode::PermissionDenied:
        why = tr("You do not have permission for this: sales reps can change only their own customers, and only "
                 "owners and managers can assign owners. Ask a manager for help.");
        break;
    case ErrorCode::NotFound:
        why = tr("The customer no longer exists here; it may have been deleted or given to someone else on "
                 "another device.");
        break;
    case ErrorCode::Invalid:
        why = tr("A value was not accepted.");
        break;
    case ErrorCode::Conflict:
        why = tr("The customer changed in the meantime or is under legal hold. Try again.");
        break;
    case ErrorCode::Locked:
        why = tr("The workspace is locked. Unlock it and try again.");
        break;
    default:
        why = tr("The change could not be saved. Try again; if it keeps failing, check the disk and the log.");
        break;
    }
    if (total <= 1)
        return tr("The customer was not changed. %1").arg(why);
    return tr("%1 of %2 customers were not changed. %3")
        .arg(QLocale().toString(failed), QLocale().toString(total), why);
}

} // namespace relasi
