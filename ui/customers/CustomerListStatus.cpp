#include "customers/CustomerListStatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace relasi {

CustomerListStatus::CustomerListStatus(QWidget *parent) : QWidget(parent)
{
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("customerCountLabel"));
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("customerSelectionLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(m_selection);
    retranslate();
}

void CustomerListStatus::showCount(int rows, bool filtering, bool capped)
{
    const QLocale locale;
    if (capped)
        m_count->setText(tr("Showing the best %1 matches").arg(locale.toString(rows)));
    else if (rows == 1)
        m_count->setText(filtering ? tr("1 matching customer") : tr("1 customer"));
    else
        m_count->setText((filtering ? tr("%1 matching customers") : tr("%1 customers")).arg(locale.toString(rows)));
}

void CustomerListStatus::showSelection(int selected, int maxBulk)
{
    const QLocale locale;
    if (selected == 0)
        m_selection->clear();
    else if (selected > maxBulk)
        m_selection->setText(tr("%1 selected — bulk actions take at most %2 at a time")
                                 .arg(locale.toString(selected), locale.toString(maxBulk)));
    else
        m_selection->setText(tr("%1 selected").arg(locale.toString(selected)));
}

void CustomerListStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerListStatus::retranslate()
{
    m_count->setAccessibleName(tr("Number of customers"));
    m_selection->setAccessibleName(tr("Number of selected customers"));
}

} // namespace relasi
