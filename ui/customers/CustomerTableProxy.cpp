#include "customers/CustomerTableProxy.h"

#include "models/CustomerListModel.h"

#include <QDateTime>
#include <QLocale>

namespace relasi {

CustomerTableProxy::CustomerTableProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QString CustomerTableProxy::statusDisplayName(const QString &code)
{
    if (code == QLatin1String("lead"))
        return tr("Lead");
    if (code == QLatin1String("prospect"))
        return tr("Prospect");
    if (code == QLatin1String("customer"))
        return tr("Customer");
    if (code == QLatin1String("inactive"))
        return tr("Inactive");
    return code;
}

QString CustomerTableProxy::columnTitle(int column)
{
    switch (column) {
    case CustomerListModel::Name:
        return tr("Name");
    case CustomerListModel::Company:
        return tr("Company");
    case CustomerListModel::Phone:
        return tr("Phone");
    case CustomerListModel::Email:
        return tr("E-mail");
    case CustomerListModel::City:
        return tr("City");
    case CustomerListModel::Status:
        return tr("Status");
    case CustomerListModel::Owner:
        return tr("Owner");
    case CustomerListModel::LastContact:
        return tr("Last contact");
    case CustomerListModel::Created:
        return tr("Created");
    default:
        return {};
    }
}

QVariant CustomerTableProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant value = QIdentityProxyModel::data(index, Qt::DisplayRole);
    switch (index.column()) {
    case CustomerListModel::Status:
        return statusDisplayName(value.toString());
    case CustomerListModel::LastContact:
    case CustomerListModel::Created:
        if (!value.isValid() || value.isNull())
            return role == Qt::DisplayRole && index.column() == CustomerListModel::LastContact ? tr("Never")
                                                                                               : QVariant();
        return QLocale().toString(value.toDateTime(), QLocale::ShortFormat);
    default:
        return role == Qt::ToolTipRole ? QIdentityProxyModel::data(index, role) : value;
    }
}

QVariant CustomerTableProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return columnTitle(section);
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace relasi
