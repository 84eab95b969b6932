#include "pipeline/DealTableProxy.h"

#include "models/PipelineModel.h"
#include "pipeline/StageNames.h"

namespace relasi {

DealTableProxy::DealTableProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PipelineDealTable::SortRole);
}

QVariant DealTableProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == PipelineDealTable::Stage && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return StageNames::label(QSortFilterProxyModel::data(index, PipelineDealTable::StageRole).toString());
    return QSortFilterProxyModel::data(index, role);
}

QVariant DealTableProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    switch (section) {
    case PipelineDealTable::Title:
        return tr("Title");
    case PipelineDealTable::Customer:
        return tr("Customer");
    case PipelineDealTable::Stage:
        return tr("Stage");
    case PipelineDealTable::Amount:
        return tr("Amount");
    case PipelineDealTable::Owner:
        return tr("Owner");
    case PipelineDealTable::ExpectedClose:
        return tr("Expected close");
    case PipelineDealTable::Probability:
        return tr("Probability");
    default:
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }
}

} // namespace relasi
