#pragma once

#include <QStyledItemDelegate>

namespace relasi {

// Paints a deal as a card: title, customer, amount, owner and expected close (PipelineDealTable roles).
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace relasi
