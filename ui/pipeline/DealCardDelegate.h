#pragma once

#include <QStyledItemDelegate>

namespace relasi {

// Paints a deal as a card: title, customer, amount, owner and expected close (PipelineDealTable roles).
// The expected close date is never cut: it keeps its whole width at the right of the last line and the
// owner's name is elided into what is left.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The expected close date as a card shows it (the locale's short date; empty when none).
    static QString dateText(const QModelIndex &index);
    // Where paint() draws that date in a card of option.rect (empty when there is none).
    static QRect dateRect(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace relasi
