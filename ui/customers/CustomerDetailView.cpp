#include "customers/CustomerDetailView.h"

#include "services/ServiceContext.h"

#include <QUndoStack>

namespace relasi {

CustomerDetailView::CustomerDetailView(ServiceContext &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("customerDetailView"));
}

CustomerDetailView::~CustomerDetailView() = default;

void CustomerDetailView::showCustomer(const QString &customerId)
{
    m_customerId = customerId;
}

void CustomerDetailView::startNew()
{
    m_customerId.clear();
}

bool CustomerDetailView::hasUnsavedChanges() const
{
    return false;
}

bool CustomerDetailView::maybeLeave()
{
    return true;
}

} // namespace relasi
