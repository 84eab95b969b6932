#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace relasi {

class DealListView;
class PipelineModel;

// One stage of the board: a header with the stage's name, how many deals and their total in the business
// currency (other currencies on a second line), and the deals as cards (DealListView): the model's window
// of the stage, with a "Show more" button under the cards while the stage has more deals than shown.
class PipelineColumn : public QFrame
{
    Q_OBJECT
public:
    // The narrowest a column gets; the board scrolls sideways only when its columns cannot all have this.
    static constexpr int minimumColumnWidth = 150;

    PipelineColumn(PipelineModel *pipeline, const QString &stage, const QString &currency, QWidget *parent = nullptr);

    QString stage() const { return m_stage; }
    DealListView *view() const { return m_view; }
    QPushButton *showMoreButton() const { return m_showMore; }
    // The header's totals line ("3 deals · Rp 1.250.000").
    QString summaryText() const;
    void setCurrency(const QString &currency);
    void updateHeader();
    void retranslate();

private:
    PipelineModel *m_pipeline;
    QString m_stage;
    QString m_currency;
    QString m_summaryText;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_others = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    DealListView *m_view = nullptr;
    QPushButton *m_showMore = nullptr;
};

} // namespace relasi
