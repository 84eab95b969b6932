#pragma once

#include <QChartView>
#include <QStringList>
#include <QVector>

class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QCategoryAxis;

namespace relasi {

// One bar chart of the dashboard: a title, categories and one series of values, with the value axis
// labelled in the user's locale (money through Money::format, counts through QLocale). Values are given as
// integers (money in minor units); the bars hold them in major units (for money) or as counts.
class DashboardChart : public QChartView
{
    Q_OBJECT
public:
    enum class Kind { Money, Count };

    DashboardChart(Kind kind, const QString &objectName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSeriesName(const QString &name);
    // currency: for Money charts.
    void setValues(const QStringList &categories, const QVector<qint64> &values, const QString &currency = {});

    QBarSet *barSet() const { return m_set; }
    QStringList categories() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QString valueLabel(qint64 value) const;
    // Turns the category labels when the widest does not fit its bar's width (never cut to "Neg…").
    void updateLabelAngle();

    Kind m_kind;
    QString m_currency;
    QBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QCategoryAxis *m_axisY = nullptr;
};

} // namespace relasi
