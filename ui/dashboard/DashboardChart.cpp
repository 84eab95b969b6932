#include "dashboard/DashboardChart.h"

#include "domain/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QLocale>
#include <QResizeEvent>

#include <cmath>

namespace relasi {

namespace {

qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// A round step so that about four steps cover maxValue: 1, 2 or 5 × 10^k (integers only).
qint64 niceStep(qint64 maxValue)
{
    if (maxValue <= 4)
        return 1;
    qint64 magnitude = 1;
    while (magnitude <= maxValue / 10)
        magnitude *= 10;
    for (qint64 factor : {1, 2, 5, 10}) {
        if (magnitude * factor * 4 >= maxValue)
            return magnitude * factor;
    }
    return magnitude * 10;
}

} // namespace

DashboardChart::DashboardChart(Kind kind, const QString &objectName, QWidget *parent)
    : QChartView(parent), m_kind(kind)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 230);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_set = new QBarSet(QString());
    m_set->setObjectName(objectName + QStringLiteral("Set"));
    m_set->setColor(kind == Kind::Money ? QColor(0x4f, 0x6d, 0x8a) : QColor(0x3f, 0x8f, 0x6f));
    m_series = new QBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(false);
    chart->addSeries(m_series);
    m_axisX = new QBarCategoryAxis;
    QFont small = m_axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_axisX->setLabelsFont(small);
    m_axisY = new QCategoryAxis;
    m_axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    setChart(chart);
    connect(chart, &QChart::plotAreaChanged, this, [this] { updateLabelAngle(); });
}

void DashboardChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

void DashboardChart::setSeriesName(const QString &name)
{
    m_set->setLabel(name);
}

QString DashboardChart::valueLabel(qint64 value) const
{
    if (m_kind == Kind::Money)
        return Money(value, m_currency).format(QLocale());
    return QLocale().toString(value);
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateLabelAngle();
}

void DashboardChart::updateLabelAngle()
{
    const QStringList categories = m_axisX->categories();
    if (categories.isEmpty())
        return;
    const QFontMetrics fm(m_axisX->labelsFont());
    int widest = 0;
    for (const QString &c : categories)
        widest = qMax(widest, fm.horizontalAdvance(c));
    // The plot area once laid out; before that, the share of the view it gets beside the value labels.
    const qreal plotWidth = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() * 0.7;
    const qreal perCategory = plotWidth / qreal(categories.size());
    const int angle = qreal(widest + fm.horizontalAdvance(QLatin1Char('M'))) > perCategory ? -45 : 0;
    if (m_axisX->labelsAngle() != angle)
        m_axisX->setLabelsAngle(angle);
}

QStringList DashboardChart::categories() const
{
    return m_axisX->categories();
}

void DashboardChart::setValues(const QStringList &categories, const QVector<qint64> &values, const QString &currency)
{
    m_currency = currency;
    const qint64 unit = m_kind == Kind::Money ? pow10(Money::minorDigits(currency)) : 1;
    m_set->remove(0, m_set->count());
    qint64 maxValue = 0;
    QList<qreal> bars;
    for (qint64 v : values) {
        maxValue = qMax(maxValue, v);
        // For drawing only: the exact integers stay in the labels and the core's figures.
        bars << qreal(v) / qreal(unit);
    }
    m_set->append(bars);
    m_axisX->clear();
    m_axisX->append(categories);
    updateLabelAngle();

    // Value axis ticks on round amounts in major units, labelled in the locale.
    for (const QString &label : m_axisY->categoriesLabels())
        m_axisY->remove(label);
    m_axisY->setStartValue(0);
    if (maxValue == 0) {
        // Nothing to show: a zero line, no made-up scale.
        m_axisY->setRange(0, 1);
        m_axisY->append(valueLabel(0), 0);
    } else {
        const qint64 maxMajor = (maxValue + unit - 1) / unit;
        const qint64 step = niceStep(maxMajor);
        // Room above the highest bar.
        const qint64 top = (maxMajor / step + 1) * step;
        m_axisY->setRange(0, qreal(top));
        for (qint64 tick = 0; tick <= top; tick += step)
            m_axisY->append(valueLabel(tick * unit), qreal(tick));
    }

    QStringList summary;
    for (int i = 0; i < values.size() && i < categories.size(); ++i)
        summary << categories.at(i) + QStringLiteral(": ") + valueLabel(values.at(i));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    setToolTip(summary.join(QLatin1Char('\n')));
}

} // namespace relasi
