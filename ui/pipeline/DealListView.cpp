#include "pipeline/DealListView.h"

#include "models/PipelineModel.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>

namespace relasi {

DealListView::DealListView(const QString &stage, QWidget *parent) : QListView(parent), m_stage(stage)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Cards take the column's width (the delegate elides); never a sideways scroll bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSpacing(3);
    setContextMenuPolicy(Qt::CustomContextMenu);
}

QString DealListView::mimeType()
{
    return QStringLiteral("application/x-relasi-deal-id");
}

QMimeData *DealListView::mimeFor(const QString &dealId)
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(), dealId.toUtf8());
    return mime;
}

QString DealListView::dealIdFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(mime->data(mimeType()));
}

QString DealListView::currentDealId() const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || !selectionModel() || !selectionModel()->isSelected(index))
        return {};
    return index.data(PipelineDealTable::IdRole).toString();
}

bool DealListView::selectDeal(const QString &dealId)
{
    if (!model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, modelColumn());
        if (index.data(PipelineDealTable::IdRole).toString() == dealId) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

void DealListView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeFor(index.data(PipelineDealTable::IdRole).toString()));
    // The card as the drag image.
    const QRect rect = visualRect(index);
    if (rect.isValid()) {
        QPixmap pixmap(rect.size() * devicePixelRatioF());
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = QRect(QPoint(0, 0), rect.size());
        option.state |= QStyle::State_Selected;
        itemDelegateForIndex(index)->paint(&painter, option, index);
        painter.end();
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(rect.width() / 2, rect.height() / 2));
    }
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void DealListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (dealIdFrom(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void DealListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (dealIdFrom(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void DealListView::dropEvent(QDropEvent *event)
{
    const QString dealId = dealIdFrom(event->mimeData());
    if (dealId.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // The model is reset by the move; never let QListView's own drop handling touch it.
    Q_EMIT dealDropped(dealId, m_stage);
}

} // namespace relasi
