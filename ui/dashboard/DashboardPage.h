#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace relasi {

class DashboardChart;
class ServiceContext;

// The Dashboard section: pipeline value by stage, won revenue by month over twelve months, activities by
// channel over thirty days, and overdue tasks (count and the first few), all from DashboardStats (SQL
// aggregation in core, what the session may read) in the business currency and the user's locale.
// Refreshes when the services notify a change, at most once per debounce interval.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(ServiceContext &services, QWidget *parent = nullptr);
    ~DashboardPage() override;

    static constexpr int debounceMs = 250;

    DashboardChart *pipelineChart() const { return m_pipeline; }
    DashboardChart *revenueChart() const { return m_revenue; }
    DashboardChart *activityChart() const { return m_activity; }
    QListWidget *overdueList() const { return m_overdueList; }
    QLabel *overdueCount() const { return m_overdueCount; }
    bool isRefreshPending() const;
    int refreshCount() const { return m_refreshes; }

public Q_SLOTS:
    // Recomputes every figure now (also what the debounce timer calls).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const QString &entity);
    void retranslate();
    void showError(const QString &text);

    ServiceContext &m_services;
    QString m_currency;
    QTimer *m_debounce = nullptr;
    DashboardChart *m_pipeline = nullptr;
    DashboardChart *m_revenue = nullptr;
    DashboardChart *m_activity = nullptr;
    QLabel *m_overdueTitle = nullptr;
    QLabel *m_overdueCount = nullptr;
    QListWidget *m_overdueList = nullptr;
    QLabel *m_error = nullptr;
    int m_refreshes = 0;
};

} // namespace relasi
