#pragma once

#include "services/Policy.h"

#include <QStringList>

class QItemSelectionModel;

namespace relasi {

class CustomerListModel;
class ServiceContext;

// The customer list's selection as the bulk actions see it: how many rows, their customer ids, and
// whether the signed-in user may act on all of them (Policy, and for a sales rep each row's owner).
// Reads the list's selection model and CustomerListModel; holds no state of its own.
class CustomerSelection
{
public:
    // A sales rep's selection is checked row by row against the policy up to this many rows; beyond it the
    // actions stay enabled and the services decide.
    static constexpr int scopeCheckLimit = 2000;

    // All three must outlive this object.
    CustomerSelection(const ServiceContext &services, const CustomerListModel *model,
                      const QItemSelectionModel *selection);

    int count() const;
    // The ids of the selected rows; empty when more than `max` are selected.
    QStringList ids(int max) const;
    // Whether the signed-in user may do `permission` to every selected customer (checked up to
    // scopeCheckLimit rows).
    bool allows(Permission permission) const;

private:
    const ServiceContext &m_services;
    const CustomerListModel *m_model;
    const QItemSelectionModel *m_selection;
};

} // namespace relasi
