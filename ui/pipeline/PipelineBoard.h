#pragma once

#include <QScrollArea>
#include <QVector>

namespace relasi {

class DealListView;
class PipelineColumn;
class PipelineModel;

// The board: one PipelineColumn per stage, side by side, sharing the width evenly; it scrolls sideways only
// when the columns cannot all have their minimum width. Cards dropped
// on a column, and the context menu of a card, come out as moveRequested; the page performs the move.
class PipelineBoard : public QScrollArea
{
    Q_OBJECT
public:
    // Between two stage columns (PipelineColumn::minimumColumnWidth is the columns' own minimum).
    static constexpr int columnSpacing = 6;

    PipelineBoard(PipelineModel *pipeline, const QString &currency, QWidget *parent = nullptr);

    PipelineColumn *column(const QString &stage) const;
    const QVector<PipelineColumn *> &columns() const { return m_columns; }
    void setCurrency(const QString &currency);
    void retranslate();

    // The selected card's deal id and stage (empty when none) and selecting a card by id.
    QString selectedDealId() const;
    bool selectDeal(const QString &dealId);

Q_SIGNALS:
    void moveRequested(const QString &dealId, const QString &stage);
    void contextMenuRequested(DealListView *view, const QPoint &globalPos);

private:
    QVector<PipelineColumn *> m_columns;
};

} // namespace relasi
