#include "pipeline/PipelineColumn.h"

#include "domain/Money.h"
#include "models/PipelineModel.h"
#include "pipeline/DealCardDelegate.h"
#include "pipeline/DealListView.h"
#include "pipeline/StageNames.h"

#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace relasi {

PipelineColumn::PipelineColumn(PipelineModel *pipeline, const QString &stage, const QString &currency, QWidget *parent)
    : QFrame(parent), m_pipeline(pipeline), m_stage(stage), m_currency(currency)
{
    setObjectName(QStringLiteral("pipelineColumn_") + stage);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(minimumColumnWidth);
    // Every column as wide as the others, whatever its texts: the board shares its width out evenly.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4); // narrow sides: the cards get the width
    layout->setSpacing(2);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pipelineColumnTitle_") + stage);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pipelineColumnSummary_") + stage);
    // A narrow column puts the total on a line of its own rather than cutting it off.
    m_summary->setWordWrap(true);
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("pipelineColumnOthers_") + stage);
    m_others->setWordWrap(true);
    QPalette dim = m_others->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_others->setPalette(dim);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(pipeline->dealTable());
    m_proxy->setFilterRole(PipelineDealTable::StageRole);
    m_proxy->setFilterRegularExpression(
        QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(stage) + QLatin1Char('$')));

    m_view = new DealListView(stage, this);
    m_view->setObjectName(QStringLiteral("pipelineCards_") + stage);
    m_view->setFrameShape(QFrame::NoFrame); // the column's own frame encloses the cards
    m_view->setItemDelegate(new DealCardDelegate(m_view));
    m_view->setModel(m_proxy);
    m_view->setModelColumn(PipelineDealTable::Title);

    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_others);
    layout->addWidget(m_view, 1);
    m_showMore = new QPushButton(this);
    m_showMore->setObjectName(QStringLiteral("pipelineShowMore_") + stage);
    m_showMore->setFlat(true);
    m_showMore->hide();
    connect(m_showMore, &QPushButton::clicked, this, [this] { m_pipeline->showMore(m_stage); });
    layout->addWidget(m_showMore);

    connect(pipeline, &PipelineModel::refreshed, this, &PipelineColumn::updateHeader);
    retranslate();
}

void PipelineColumn::setCurrency(const QString &currency)
{
    m_currency = currency;
    updateHeader();
}

QString PipelineColumn::summaryText() const
{
    return m_summaryText;
}

void PipelineColumn::updateHeader()
{
    const QLocale locale;
    const qint64 more = m_pipeline->moreCount(m_stage);
    m_showMore->setText(tr("Show more (%1 not shown)").arg(locale.toString(more)));
    m_showMore->setAccessibleName(tr("Show more %1 deals").arg(StageNames::label(m_stage)));
    m_showMore->setVisible(more > 0);
    if (!m_pipeline->hasData()) {
        m_summaryText = tr("Loading…");
        m_summary->setText(m_summaryText);
        m_others->hide();
        return;
    }
    qint64 deals = 0;
    const QStringList currencies = m_pipeline->currencies(m_stage);
    for (const QString &c : currencies)
        deals += m_pipeline->count(m_stage, c);
    const QString total = Money(m_pipeline->totalMinor(m_stage, m_currency), m_currency).format(locale);
    m_summaryText = deals == 1 ? tr("1 deal · %1").arg(total) : tr("%1 deals · %2").arg(locale.toString(deals), total);
    // Shown with the amount kept whole ("Rp 1.250.000" never broken after "Rp").
    QString unbroken = total;
    unbroken.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    m_summary->setText(deals == 1 ? tr("1 deal · %1").arg(unbroken)
                                  : tr("%1 deals · %2").arg(locale.toString(deals), unbroken));
    QStringList others;
    for (const QString &c : currencies) {
        if (c != m_currency)
            others << Money(m_pipeline->totalMinor(m_stage, c), c).format(locale);
    }
    m_others->setText(others.isEmpty() ? QString() : tr("+ %1").arg(others.join(QStringLiteral(", "))));
    m_others->setVisible(!others.isEmpty());
    m_view->setAccessibleDescription(m_summaryText);
}

void PipelineColumn::retranslate()
{
    const QString name = StageNames::label(m_stage);
    m_title->setText(name);
    m_view->setAccessibleName(tr("%1 deals").arg(name));
    updateHeader();
}

} // namespace relasi
