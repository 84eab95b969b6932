#pragma once

#include <QSortFilterProxyModel>

namespace relasi {

// The deals table as shown: stage names translated, sorting by the raw values (amounts as integers,
// dates as timestamps; PipelineDealTable::SortRole).
class DealTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DealTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace relasi
