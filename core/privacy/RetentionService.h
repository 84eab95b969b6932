#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace relasi {

class ServiceContext;

// The retention rules of a workspace (settings table; 0 = the rule is off).
struct RetentionPolicy {
    int logMonths = 0;      // delete communication-log entries older than this many months
    int inactiveYears = 0;  // anonymise customers without any activity for this many years
    int usageDays = 0;      // drop usage-analytics events older than this many days

    bool isEmpty() const { return logMonths <= 0 && inactiveYears <= 0 && usageDays <= 0; }
    QJsonObject toJson() const; // {"log_months", "inactive_years", "usage_days"}
    bool operator==(const RetentionPolicy &o) const
    {
        return logMonths == o.logMonths && inactiveYears == o.inactiveYears && usageDays == o.usageDays;
    }
};

// What one run did (or, as a dry run, would do).
struct RetentionCounts {
    bool dryRun = false;
    qint64 ranAtMs = 0;
    qint64 logs = 0;           // communication-log entries deleted
    qint64 customers = 0;      // customers anonymised
    qint64 usageEvents = 0;    // usage events dropped
    bool usageSkipped = false; // the usage rule is on but there is no usage data store in this workspace
    RetentionPolicy policy;    // the rules applied (a rule with 0 is off and counts nothing)

    QJsonObject toJson() const; // {"dry_run", "ran_at", "rules": {"logs": {"count", "enabled"}, …}}
};

// Applies the retention rules (docs/privacy.md, "Erasure, anonymisation, retention"):
//  - logs: communication-log entries with occurred_at before now − N months are erased (id-only erasure
//    markers, earlier outbox mutations scrubbed; ErasureService::eraseRowInTransaction);
//  - inactive customers: customers whose last activity (record edited, last contact, deal edited, payment,
//    task edited) is before now − N years are anonymised (ErasureService: deals and payments stay);
//  - usage data: events older than N days are dropped through the usage purger (UsageLog, when present),
//    else straight from a usage_events table when one exists; otherwise the rule is reported skipped.
// Customers under legal hold and already anonymised ones are never touched. Months/years are calendar
// months/years in UTC. A dry run counts exactly what the real run would remove.
//
// Changing the policy needs ConfigureSettings; running needs ConfigureSettings and EraseData (the owner).
// Both are audited ("retention_set" with the rule values, "retention_run" with the counts); dry runs are not.
// Runs at most daily automatically: runIfDue() checks shouldRunNow() against the last run's time (settings
// key retention.last_run_at).
class RetentionService
{
public:
    // (cutoff UTC ms, dry run) -> number of events older than cutoff (dropped unless dry run).
    using UsagePurger = std::function<Result<qint64>(qint64 cutoffMs, bool dryRun)>;

    explicit RetentionService(ServiceContext &ctx);

    static Result<RetentionPolicy> loadPolicy(QSqlDatabase &db);
    Status setPolicy(const RetentionPolicy &policy); // Invalid when a value is negative or absurd

    void setUsagePurger(UsagePurger purger) { m_usagePurger = std::move(purger); }

    Result<RetentionCounts> preview();
    Result<RetentionCounts> run();

    // 0 when never run.
    static Result<qint64> lastRunMs(QSqlDatabase &db);
    // True when a rule is on and the last run is at least a day old (or the clock moved back over a day).
    Result<bool> shouldRunNow(qint64 nowMs);
    // The automatic run: runs when shouldRunNow() and the session may run it; nullopt when not run.
    Result<std::optional<RetentionCounts>> runIfDue();

    // Cutoffs for a time `nowMs` (UTC calendar arithmetic).
    static qint64 logCutoffMs(qint64 nowMs, int months);
    static qint64 inactiveCutoffMs(qint64 nowMs, int years);
    static qint64 usageCutoffMs(qint64 nowMs, int days);

private:
    Result<RetentionCounts> apply(bool dryRun);
    Result<qint64> usage(qint64 cutoffMs, bool dryRun);

    ServiceContext &m_ctx;
    UsagePurger m_usagePurger;
};

} // namespace relasi
