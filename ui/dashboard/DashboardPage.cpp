#include "dashboard/DashboardPage.h"

#include "common/Clock.h"
#include "dashboard/DashboardChart.h"
#include "main/ReadWorker.h"
#include "pipeline/StageNames.h"
#include "reports/DashboardStats.h"
#include "services/BusinessProfileService.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace relasi {

// Everything the page shows, read in one go (on the worker when there is one).
struct DashboardFigures {
    Result<PipelineValueStats> pipeline = Error(ErrorCode::Other, QString());
    Result<WonRevenueStats> won = Error(ErrorCode::Other, QString());
    Result<ActivityStats> activities = Error(ErrorCode::Other, QString());
    Result<OverdueTaskStats> overdue = Error(ErrorCode::Other, QString());
};

namespace {

DashboardFigures readFigures(ServiceContext &services, const QString &currency)
{
    DashboardStats stats(services);
    DashboardFigures f;
    f.pipeline = stats.pipelineValue(currency);
    f.won = stats.wonRevenue(currency, 12);
    f.activities = stats.activities(30);
    f.overdue = stats.overdueTasks(5);
    return f;
}

QString channelLabel(const QString &channel)
{
    if (channel == QLatin1String("call"))
        return DashboardPage::tr("Call");
    if (channel == QLatin1String("email"))
        return DashboardPage::tr("E-mail");
    if (channel == QLatin1String("meeting"))
        return DashboardPage::tr("Meeting");
    if (channel == QLatin1String("whatsapp"))
        return DashboardPage::tr("WhatsApp");
    if (channel == QLatin1String("sms"))
        return DashboardPage::tr("SMS");
    if (channel == QLatin1String("visit"))
        return DashboardPage::tr("Visit");
    if (channel == QLatin1String("note"))
        return DashboardPage::tr("Note");
    return channel;
}

} // namespace

DashboardPage::DashboardPage(ServiceContext &services, QWidget *parent) : DashboardPage(services, nullptr, parent) {}

DashboardPage::DashboardPage(ServiceContext &services, ReadWorker *reader, QWidget *parent)
    : QWidget(parent), m_services(services), m_reader(reader)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto profile = BusinessProfileService(services).get();
    m_currency = profile && !profile->currency.isEmpty() ? profile->currency : QStringLiteral("IDR");

    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();
    layout->addWidget(m_error);
    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("dashboardLoadingLabel"));
    m_loadingLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_loadingLabel->hide();
    layout->addWidget(m_loadingLabel);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    m_pipeline = new DashboardChart(DashboardChart::Kind::Money, QStringLiteral("dashboardPipelineChart"), this);
    m_revenue = new DashboardChart(DashboardChart::Kind::Money, QStringLiteral("dashboardRevenueChart"), this);
    m_activity = new DashboardChart(DashboardChart::Kind::Count, QStringLiteral("dashboardActivityChart"), this);

    auto *overdue = new QWidget(this);
    auto *overdueLayout = new QVBoxLayout(overdue);
    m_overdueTitle = new QLabel(overdue);
    QFont titleFont = m_overdueTitle->font();
    titleFont.setBold(true);
    m_overdueTitle->setFont(titleFont);
    m_overdueCount = new QLabel(overdue);
    m_overdueCount->setObjectName(QStringLiteral("dashboardOverdueCount"));
    QFont big = m_overdueCount->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_overdueCount->setFont(big);
    m_overdueList = new QListWidget(overdue);
    m_overdueList->setObjectName(QStringLiteral("dashboardOverdueList"));
    overdueLayout->addWidget(m_overdueTitle);
    overdueLayout->addWidget(m_overdueCount);
    overdueLayout->addWidget(m_overdueList, 1);

    grid->addWidget(m_pipeline, 0, 0);
    grid->addWidget(m_revenue, 0, 1);
    grid->addWidget(m_activity, 1, 0);
    grid->addWidget(overdue, 1, 1);
    layout->addLayout(grid, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&services.notifier(), &ChangeNotifier::changed, this,
            [this](const QString &entity, const QStringList &) { onChanged(entity); });
    retranslate();
    refresh();
}

DashboardPage::~DashboardPage() = default;

bool DashboardPage::isRefreshPending() const
{
    return m_debounce->isActive();
}

void DashboardPage::onChanged(const QString &entity)
{
    static const QStringList relevant{QStringLiteral("deal"),        QStringLiteral("interaction"),
                                      QStringLiteral("task"),        QStringLiteral("customer"),
                                      QStringLiteral("customer_share"), QStringLiteral("business_profile")};
    if (relevant.contains(entity))
        m_debounce->start(); // restarts: a burst of changes refreshes once
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_pipeline->setTitle(tr("Pipeline value by stage"));
    m_pipeline->setSeriesName(tr("Value"));
    m_revenue->setTitle(tr("Won revenue by month"));
    m_revenue->setSeriesName(tr("Won"));
    m_activity->setTitle(tr("Activities by channel, last 30 days"));
    m_activity->setSeriesName(tr("Activities"));
    m_overdueTitle->setText(tr("Overdue tasks"));
    m_overdueCount->setAccessibleName(tr("Number of overdue tasks"));
    m_overdueList->setAccessibleName(tr("Oldest overdue tasks"));
    m_loadingLabel->setText(tr("Loading the figures…"));
    m_loadingLabel->setAccessibleName(tr("Dashboard loading"));
    render(); // category names and dates in the new language
}

void DashboardPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void DashboardPage::refresh()
{
    m_debounce->stop();
    ++m_refreshes;
    if (!m_reader || m_reader->isStopped()) {
        m_figures = std::make_unique<DashboardFigures>(readFigures(m_services, m_currency));
        render();
        Q_EMIT figuresShown();
        return;
    }
    if (m_loading) {
        m_refreshAgain = true; // once the figures being read now are back
        return;
    }
    setLoading(true);
    const QString currency = m_currency;
    m_reader->post<DashboardFigures>(
        this, m_services.clock().nowMs(),
        [currency](ServiceContext *ctx) {
            if (!ctx) {
                DashboardFigures failed;
                const Error e(ErrorCode::Other, QStringLiteral("no connection for background reads"));
                failed.pipeline = e;
                failed.won = e;
                failed.activities = e;
                failed.overdue = e;
                return failed;
            }
            return readFigures(*ctx, currency);
        },
        [this](DashboardFigures figures) {
            m_figures = std::make_unique<DashboardFigures>(std::move(figures));
            setLoading(false);
            render();
            Q_EMIT figuresShown();
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

void DashboardPage::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingLabel->setVisible(loading);
}

void DashboardPage::render()
{
    if (!m_figures)
        return;
    const DashboardFigures &f = *m_figures;
    const QLocale locale;
    QStringList errors;

    if (const auto &value = f.pipeline) {
        QStringList categories;
        QVector<qint64> values;
        for (const StageValue &v : std::as_const(value->stages)) {
            categories << StageNames::label(v.stage);
            values << v.totalMinor;
        }
        m_pipeline->setValues(categories, values, m_currency);
    } else {
        errors << value.error().message;
    }

    if (const auto &won = f.won) {
        QStringList categories;
        QVector<qint64> values;
        for (const MonthValue &m : std::as_const(won->months)) {
            // Twelve consecutive months: the short month name is unique and fits under its bar at 1280 px.
            categories << locale.toString(m.month, QStringLiteral("MMM"));
            values << m.totalMinor;
        }
        m_revenue->setValues(categories, values, m_currency);
    } else {
        errors << won.error().message;
    }

    if (const auto &act = f.activities) {
        QStringList categories;
        QVector<qint64> values;
        for (const ChannelCount &c : std::as_const(act->channels)) {
            categories << channelLabel(c.channel);
            values << c.count;
        }
        m_activity->setValues(categories, values);
    } else {
        errors << act.error().message;
    }

    if (const auto &overdue = f.overdue) {
        m_overdueCount->setText(locale.toString(overdue->count));
        m_overdueList->clear();
        for (const OverdueTask &t : std::as_const(overdue->first)) {
            const QString due = locale.toString(QDateTime::fromMSecsSinceEpoch(t.dueAt).date(), QLocale::ShortFormat);
            const QString text = t.customerName.isEmpty()
                                     ? tr("%1 — due %2").arg(t.title, due)
                                     : tr("%1 — %2, due %3").arg(t.title, t.customerName, due);
            auto *item = new QListWidgetItem(text, m_overdueList);
            item->setData(Qt::UserRole, t.id);
        }
        if (overdue->count > overdue->first.size())
            m_overdueList->addItem(tr("… and %1 more").arg(locale.toString(overdue->count - overdue->first.size())));
        if (overdue->count == 0)
            m_overdueList->addItem(tr("Nothing overdue."));
    } else {
        errors << overdue.error().message;
    }

    showError(errors.isEmpty() ? QString()
                               : tr("Some figures could not be computed: %1").arg(errors.join(QStringLiteral("; "))));
}

} // namespace relasi
