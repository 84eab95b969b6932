#include "pipeline/DealCardDelegate.h"

#include "models/PipelineModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace relasi {

namespace {
constexpr int kPadding = 8;
constexpr int kLines = 4;
} // namespace

DealCardDelegate::DealCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics fm(option.font);
    // Narrow: QListView stretches each card to the column's width.
    return {120, kPadding * 2 + (fm.height() + 2) * kLines};
}

QString DealCardDelegate::dateText(const QModelIndex &index)
{
    const qint64 close = index.data(PipelineDealTable::ExpectedCloseRole).toLongLong();
    return close > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(close).date(), QLocale::ShortFormat)
                     : QString();
}

QRect DealCardDelegate::dateRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString date = dateText(index);
    if (date.isEmpty())
        return {};
    const QFontMetrics fm(option.font);
    const int lh = fm.height() + 2;
    const QRect text = option.rect.adjusted(kPadding + 2, kPadding, -kPadding - 2, -kPadding);
    // The last of the kLines lines; as wide as the date needs, right-aligned (it may pass the left padding
    // only in a card narrower than any column gets).
    const int width = fm.horizontalAdvance(date) + 1;
    return QRect(text.right() + 1 - width, text.top() + (kLines - 1) * lh, width, lh);
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(2.5, 1.5, -2.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? pal.highlight().color().lighter(185) : pal.base().color());
    painter->setPen(QPen(selected || focused ? pal.highlight().color() : pal.mid().color(), selected ? 1.6 : 1.0));
    painter->drawPath(path);

    const QRect text = option.rect.adjusted(kPadding + 2, kPadding, -kPadding - 2, -kPadding);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics fmBold(bold);
    const int lh = fm.height() + 2;
    const QColor textColor = pal.text().color();
    QColor dim = textColor;
    dim.setAlphaF(0.65f);

    // Line 1: title (bold).
    const QString amount = index.data(PipelineDealTable::AmountTextRole).toString();
    painter->setFont(bold);
    painter->setPen(textColor);
    QRect line(text.left(), text.top(), text.width(), lh);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fmBold.elidedText(index.data(PipelineDealTable::TitleRole).toString(), Qt::ElideRight,
                                        line.width()));
    // Line 2: customer.
    painter->setFont(option.font);
    line.translate(0, lh);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(PipelineDealTable::CustomerRole).toString(), Qt::ElideRight, line.width()));
    // Line 3: amount.
    line.translate(0, lh);
    // The amount is the card's point: rather than cut its digits, fall back to the regular face, then to a
    // smaller size (down to three quarters); only beyond that is it elided.
    QFont amountFont = bold;
    QFontMetrics amountMetrics(amountFont);
    if (amountMetrics.horizontalAdvance(amount) > line.width()) {
        amountFont = option.font;
        amountMetrics = QFontMetrics(amountFont);
        for (qreal scale = 0.92; scale >= 0.74 && amountMetrics.horizontalAdvance(amount) > line.width(); scale -= 0.06) {
            if (option.font.pointSizeF() > 0)
                amountFont.setPointSizeF(option.font.pointSizeF() * scale);
            else
                amountFont.setPixelSize(qMax(6, int(option.font.pixelSize() * scale)));
            amountMetrics = QFontMetrics(amountFont);
        }
    }
    painter->setFont(amountFont);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      amountMetrics.elidedText(amount, Qt::ElideRight, line.width()));
    // Line 4: owner (elided) and the expected close date, which is kept whole at the right (dimmer).
    painter->setFont(option.font);
    painter->setPen(dim);
    line.translate(0, lh);
    const QString owner = index.data(PipelineDealTable::OwnerRole).toString();
    const QString date = dateText(index);
    const QRect dateArea = dateRect(option, index);
    if (!date.isEmpty()) {
        painter->drawText(dateArea, Qt::AlignRight | Qt::AlignVCenter, date);
        const int gap = fm.horizontalAdvance(QStringLiteral("  "));
        const QRect ownerRect(line.left(), line.top(), qMax(0, dateArea.left() - gap - line.left()), line.height());
        if (ownerRect.width() > fm.horizontalAdvance(QStringLiteral("…")) * 2)
            painter->drawText(ownerRect, Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(owner, Qt::ElideRight, ownerRect.width()));
    } else {
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(owner, Qt::ElideRight, line.width()));
    }
    painter->restore();
}

} // namespace relasi
