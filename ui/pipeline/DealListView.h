#pragma once

#include <QListView>

namespace relasi {

// The cards of one pipeline column. Cards are dragged with QDrag carrying the deal id under
// mimeType(); a drop of another column's card emits dealDropped (the page decides and moves).
class DealListView : public QListView
{
    Q_OBJECT
public:
    DealListView(const QString &stage, QWidget *parent = nullptr);

    static QString mimeType(); // "application/x-relasi-deal-id"
    static QMimeData *mimeFor(const QString &dealId);
    static QString dealIdFrom(const QMimeData *mime); // empty when not ours

    QString stage() const { return m_stage; }
    // The selected card's deal id (empty when none).
    QString currentDealId() const;
    // Selects the card of dealId when it is in this column; false otherwise.
    bool selectDeal(const QString &dealId);

Q_SIGNALS:
    void dealDropped(const QString &dealId, const QString &stage);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_stage;
};

} // namespace relasi
