#include "pipeline/PipelineBoard.h"

#include "models/PipelineModel.h"
#include "pipeline/DealListView.h"
#include "pipeline/PipelineColumn.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>

namespace relasi {

PipelineBoard::PipelineBoard(PipelineModel *pipeline, const QString &currency, QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("pipelineBoard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(columnSpacing);
    for (const QString &stage : PipelineModel::stages()) {
        auto *column = new PipelineColumn(pipeline, stage, currency, content);
        layout->addWidget(column, 1);
        m_columns.append(column);
        DealListView *view = column->view();
        // Queued: the move may ask for a reason in a dialog, which must not run inside the drop event.
        connect(view, &DealListView::dealDropped, this, &PipelineBoard::moveRequested, Qt::QueuedConnection);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            if (!index.isValid())
                return;
            view->setCurrentIndex(index);
            Q_EMIT contextMenuRequested(view, view->viewport()->mapToGlobal(pos));
        });
        // One selected card on the whole board.
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    for (PipelineColumn *other : std::as_const(m_columns)) {
                        if (other->view() != view)
                            other->view()->clearSelection();
                    }
                });
    }
    setWidget(content);
}

PipelineColumn *PipelineBoard::column(const QString &stage) const
{
    for (PipelineColumn *c : m_columns) {
        if (c->stage() == stage)
            return c;
    }
    return nullptr;
}

void PipelineBoard::setCurrency(const QString &currency)
{
    for (PipelineColumn *c : std::as_const(m_columns))
        c->setCurrency(currency);
}

void PipelineBoard::retranslate()
{
    for (PipelineColumn *c : std::as_const(m_columns))
        c->retranslate();
}

QString PipelineBoard::selectedDealId() const
{
    for (PipelineColumn *c : m_columns) {
        const QString id = c->view()->currentDealId();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

bool PipelineBoard::selectDeal(const QString &dealId)
{
    for (PipelineColumn *c : std::as_const(m_columns)) {
        if (c->view()->selectDeal(dealId)) {
            c->view()->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace relasi
