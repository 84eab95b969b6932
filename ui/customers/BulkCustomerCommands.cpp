#include "customers/BulkCustomerCommands.h"

#include "services/CustomerService.h"
#include "services/ServiceContext.h"
#include "text/TextNormalizer.h"

#include <QCoreApplication>
#include <QLocale>

namespace relasi {

namespace {

constexpr int kProgressEvery = 25;

// The index of `tag` in `tags`, compared as the services compare tags (case- and diacritic-insensitive).
int indexOfTag(const QStringList &tags, const QString &tag)
{
    const QString wanted = TextNormalizer::fold(tag.trimmed());
    for (int i = 0; i < tags.size(); ++i) {
        if (TextNormalizer::fold(tags.at(i).trimmed()) == wanted)
            return i;
    }
    return -1;
}

QString count(const QStringList &ids)
{
    return QLocale().toString(ids.size());
}

} // namespace

BulkCustomerCommand::BulkCustomerCommand(
    ServiceContext &services, const QStringList &customerIds, BulkCommandHooks hooks)
    : m_services(services)
    , m_ids(customerIds)
    , m_hooks(std::move(hooks))
{
}

void BulkCustomerCommand::redo()
{
    run(m_ids, true);
    if (m_firstRedo && m_done.isEmpty())
        setObsolete(true); // nothing changed: QUndoStack::push drops the command
    m_firstRedo = false;
}

void BulkCustomerCommand::undo()
{
    run(m_done, false);
}

void BulkCustomerCommand::run(const QStringList &ids, bool forward)
{
    if (m_hooks.begin)
        m_hooks.begin();
    QStringList done;
    m_failed = 0;
    m_firstError = Error();
    const int total = int(ids.size());
    for (int i = 0; i < total; ++i) {
        if (m_hooks.progress && i % kProgressEvery == 0 && !m_hooks.progress(i, total))
            break;
        const QString &id = ids.at(i);
        bool changed = true;
        const Status s = forward ? apply(id, &changed) : revert(id);
        if (!s) {
            if (m_failed++ == 0)
                m_firstError = s.error();
            continue;
        }
        if (changed)
            done << id;
    }
    if (m_hooks.progress)
        m_hooks.progress(total, total);
    if (forward) {
        m_done = done;
    } else {
        // What could not be reverted stays changed, so a later redo does not touch the others twice.
        QStringList still;
        for (const QString &id : std::as_const(m_done)) {
            if (!done.contains(id))
                still << id;
        }
        m_done = still;
    }
    if (m_hooks.end)
        m_hooks.end();
    if (m_failed > 0 && m_hooks.failed)
        m_hooks.failed(m_firstError, m_failed, total);
}

DeleteCustomersCommand::DeleteCustomersCommand(
    ServiceContext &services, const QStringList &customerIds, BulkCommandHooks hooks)
    : BulkCustomerCommand(services, customerIds, std::move(hooks))
{
    setText(customerIds.size() == 1
            ? QCoreApplication::translate("BulkCustomerCommands", "Delete 1 customer")
            : QCoreApplication::translate("BulkCustomerCommands", "Delete %1 customers").arg(count(customerIds)));
}

Status DeleteCustomersCommand::apply(const QString &customerId, bool *changed)
{
    *changed = true;
    return CustomerService(m_services).remove(customerId);
}

Status DeleteCustomersCommand::revert(const QString &customerId)
{
    return CustomerService(m_services).restore(customerId);
}

ReassignCustomersCommand::ReassignCustomersCommand(ServiceContext &services, const QStringList &customerIds,
    const QString &newOwnerId, const QString &newOwnerName, BulkCommandHooks hooks)
    : BulkCustomerCommand(services, customerIds, std::move(hooks))
    , m_newOwnerId(newOwnerId)
{
    setText(customerIds.size() == 1
            ? QCoreApplication::translate("BulkCustomerCommands", "Assign 1 customer to %1").arg(newOwnerName)
            : QCoreApplication::translate("BulkCustomerCommands", "Assign %1 customers to %2")
                  .arg(count(customerIds), newOwnerName));
}

Status ReassignCustomersCommand::apply(const QString &customerId, bool *changed)
{
    CustomerService customers(m_services);
    auto current = customers.get(customerId);
    if (!current)
        return current.error();
    if (current->ownerId == m_newOwnerId) {
        *changed = false;
        return {};
    }
    if (Status s = customers.reassign(customerId, m_newOwnerId); !s)
        return s;
    m_previous.insert(customerId, current->ownerId);
    *changed = true;
    return {};
}

Status ReassignCustomersCommand::revert(const QString &customerId)
{
    const auto it = m_previous.constFind(customerId);
    if (it == m_previous.constEnd())
        return {};
    return CustomerService(m_services).reassign(customerId, *it);
}

TagCustomersCommand::TagCustomersCommand(
    ServiceContext &services, const QStringList &customerIds, const QString &tag, Mode mode, BulkCommandHooks hooks)
    : BulkCustomerCommand(services, customerIds, std::move(hooks))
    , m_tag(tag.trimmed())
    , m_mode(mode)
{
    const QString n = count(customerIds);
    const bool one = customerIds.size() == 1;
    if (mode == Mode::Add)
        setText(one ? QCoreApplication::translate("BulkCustomerCommands", "Add tag “%1” to 1 customer").arg(m_tag)
                    : QCoreApplication::translate("BulkCustomerCommands", "Add tag “%1” to %2 customers").arg(m_tag, n));
    else
        setText(one ? QCoreApplication::translate("BulkCustomerCommands", "Remove tag “%1” from 1 customer").arg(m_tag)
                    : QCoreApplication::translate("BulkCustomerCommands", "Remove tag “%1” from %2 customers")
                          .arg(m_tag, n));
}

Status TagCustomersCommand::setTag(const QString &customerId, bool present, bool *changed)
{
    CustomerService customers(m_services);
    auto current = customers.get(customerId);
    if (!current)
        return current.error();
    Customer c = *current;
    const int at = indexOfTag(c.tags, m_tag);
    *changed = present ? at < 0 : at >= 0;
    if (!*changed)
        return {};
    if (present)
        c.tags << m_tag;
    else
        c.tags.removeAt(at);
    return customers.update(c);
}

Status TagCustomersCommand::apply(const QString &customerId, bool *changed)
{
    return setTag(customerId, m_mode == Mode::Add, changed);
}

Status TagCustomersCommand::revert(const QString &customerId)
{
    bool changed = false;
    return setTag(customerId, m_mode != Mode::Add, &changed);
}

} // namespace relasi
