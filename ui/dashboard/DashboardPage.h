#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QTimer;

namespace relasi {

class DashboardChart;
class ReadWorker;
class ServiceContext;
struct DashboardFigures;

// The Dashboard section: pipeline value by stage, won revenue by month over twelve months, activities by
// channel over thirty days, and overdue tasks (count and the first few), all from DashboardStats (SQL
// aggregation in core, what the session may read) in the business currency and the user's locale.
// Refreshes when the services notify a change, at most once per debounce interval.
//
// With a ReadWorker the queries run on the worker's thread and connection (they take a while on a large
// workspace): the page shows "Loading…" until the figures arrive, and a refresh asked for meanwhile runs
// once the current one is back. Without one they run on the calling thread, at once.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(ServiceContext &services, QWidget *parent = nullptr);
    DashboardPage(ServiceContext &services, ReadWorker *reader, QWidget *parent = nullptr);
    ~DashboardPage() override;

    static constexpr int debounceMs = 250;

    DashboardChart *pipelineChart() const { return m_pipeline; }
    DashboardChart *revenueChart() const { return m_revenue; }
    DashboardChart *activityChart() const { return m_activity; }
    QListWidget *overdueList() const { return m_overdueList; }
    QLabel *overdueCount() const { return m_overdueCount; }
    bool isRefreshPending() const;
    int refreshCount() const { return m_refreshes; }
    // True from a background refresh's start until its figures are shown.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // The figures of a refresh are on the charts (after a background read: when they arrived).
    void figuresShown();

public Q_SLOTS:
    // Recomputes every figure now (also what the debounce timer calls).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const QString &entity);
    void retranslate();
    void showError(const QString &text);
    void render();
    void setLoading(bool loading);

    ServiceContext &m_services;
    ReadWorker *m_reader = nullptr;
    std::unique_ptr<DashboardFigures> m_figures;
    bool m_loading = false;
    bool m_refreshAgain = false;
    QString m_currency;
    QTimer *m_debounce = nullptr;
    DashboardChart *m_pipeline = nullptr;
    DashboardChart *m_revenue = nullptr;
    DashboardChart *m_activity = nullptr;
    QLabel *m_overdueTitle = nullptr;
    QLabel *m_overdueCount = nullptr;
    QListWidget *m_overdueList = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_loadingLabel = nullptr;
    int m_refreshes = 0;
};

} // namespace relasi
