#include "customers/CustomerSelection.h"

#include "models/CustomerListModel.h"
#include "services/ServiceContext.h"

#include <QItemSelectionModel>

namespace relasi {

CustomerSelection::CustomerSelection(const ServiceContext &services, const CustomerListModel *model,
                                     const QItemSelectionModel *selection)
    : m_services(services), m_model(model), m_selection(selection)
{
}

int CustomerSelection::count() const
{
    int n = 0;
    for (const QItemSelectionRange &range : m_selection->selection())
        n += range.height();
    return n;
}

QStringList CustomerSelection::ids(int max) const
{
    QStringList ids;
    if (count() > max)
        return ids;
    for (const QItemSelectionRange &range : m_selection->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QString id = m_model->index(row, 0).data(CustomerListModel::IdRole).toString();
            if (!id.isEmpty())
                ids << id;
        }
    }
    return ids;
}

bool CustomerSelection::allows(Permission permission) const
{
    const Session &session = m_services.session();
    if (!Policy::allows(session, permission))
        return false;
    if (session.role != Role::Sales)
        return true;
    int checked = 0;
    for (const QItemSelectionRange &range : m_selection->selection()) {
        for (int row = range.top(); row <= range.bottom() && checked < scopeCheckLimit; ++row, ++checked) {
            RecordScope scope;
            scope.ownerId = m_model->index(row, CustomerListModel::Owner).data(CustomerListModel::RawRole).toString();
            if (!Policy::allows(session, permission, &scope))
                return false;
        }
    }
    return true;
}

} // namespace relasi
