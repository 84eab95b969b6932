#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace relasi {

class ServiceContext;

// Open and closed deals of one stage in one currency: how many and their amounts summed (minor units).
struct StageValue {
    QString stage;
    qint64 count = 0;
    qint64 totalMinor = 0;
};

// Pipeline value by stage (pipeline order, every stage present, zero when empty) in one currency.
struct PipelineValueStats {
    QString currency;
    QVector<StageValue> stages;
};

// Won deals closed in one calendar month (local time).
struct MonthValue {
    QDate month; // the first day of the month
    qint64 count = 0;
    qint64 totalMinor = 0;
};

// Won revenue by month of closing, oldest first, ending with the current month.
struct WonRevenueStats {
    QString currency;
    QVector<MonthValue> months;
};

struct ChannelCount {
    QString channel; // InteractionService::channels()
    qint64 count = 0;
};

// Communication log entries per channel over the last `days` days (every channel present, in
// InteractionService::channels() order).
struct ActivityStats {
    int days = 0;
    QVector<ChannelCount> channels;
    qint64 total = 0;
};

struct OverdueTask {
    QString id;
    QString title;
    qint64 dueAt = 0;
    QString customerId;
    QString customerName; // empty for a task without a customer
};

// Open tasks whose due date has passed: how many, and the first few (oldest due first).
struct OverdueTaskStats {
    qint64 count = 0;
    QVector<OverdueTask> first;
};

// The dashboard's figures, aggregated in SQL over what the session may read (DESIGN §5: a sales rep sees
// the deals, logs and tasks of the customers they own or that are shared with them, and the tasks assigned
// to them). Money is summed as integers in the database (SQLite's exact 64-bit sum), one currency at a
// time; nothing is converted. "Now" is the context's clock; months are calendar months in local time.
class DashboardStats
{
public:
    explicit DashboardStats(ServiceContext &ctx);

    // Live deals of `currency` per stage. PermissionDenied if the session may not read records.
    Result<PipelineValueStats> pipelineValue(const QString &currency);
    // Won deals of `currency` by the month they closed, over the last `months` months (this one included).
    Result<WonRevenueStats> wonRevenue(const QString &currency, int months = 12);
    // Live log entries that happened in the last `days` days (up to now) per channel.
    Result<ActivityStats> activities(int days = 30);
    // Open live tasks due before now; `limit` of them listed.
    Result<OverdueTaskStats> overdueTasks(int limit = 5);

    // The first day of each of the `months` months ending with the month of `nowMs` (local time), and the
    // start of the month after: months + 1 boundaries, as UTC ms.
    static QVector<qint64> monthBoundaries(qint64 nowMs, int months);

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
