#include "customers/CustomerEditCommands.h"

#include "services/CustomerService.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>

namespace relasi {

namespace {

QString nameOf(const Customer &c)
{
    if (!c.displayName.trimmed().isEmpty())
        return c.displayName.trimmed();
    return QStringList{c.givenName.trimmed(), c.familyName.trimmed()}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

CreateCustomerCommand::CreateCustomerCommand(ServiceContext &services, const Customer &customer,
                                             CustomerCommandReport report)
    : m_services(services), m_customer(customer), m_report(std::move(report))
{
    setText(QCoreApplication::translate("relasi::CustomerEditCommands", "Create customer %1").arg(nameOf(customer)));
}

void CreateCustomerCommand::redo()
{
    CustomerService customers(m_services);
    if (m_id.isEmpty()) {
        auto created = customers.create(m_customer);
        if (!created) {
            m_status = created.error();
            setObsolete(true); // QUndoStack::push drops it
        } else {
            m_id = *created;
            m_status = Status();
        }
    } else {
        m_status = customers.restore(m_id);
    }
    finish();
}

void CreateCustomerCommand::undo()
{
    if (m_id.isEmpty())
        return;
    m_status = CustomerService(m_services).remove(m_id);
    finish();
}

void CreateCustomerCommand::finish()
{
    if (m_report)
        m_report(m_id, m_status);
}

EditCustomerCommand::EditCustomerCommand(ServiceContext &services, const Customer &before, const Customer &after,
                                         CustomerCommandReport report)
    : m_services(services), m_before(before), m_after(after), m_report(std::move(report))
{
    setText(QCoreApplication::translate("relasi::CustomerEditCommands", "Edit customer %1").arg(nameOf(after)));
}

void EditCustomerCommand::redo()
{
    apply(m_after);
    if (!m_done && !m_status)
        setObsolete(true);
    m_done = true;
}

void EditCustomerCommand::undo()
{
    apply(m_before);
}

void EditCustomerCommand::apply(const Customer &record)
{
    m_status = CustomerService(m_services).update(record);
    if (m_report)
        m_report(record.id, m_status);
}

} // namespace relasi
