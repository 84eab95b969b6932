#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace relasi {

class ServiceContext;

// One usage-analytics event of a user.
struct UsageEvent {
    qint64 id = 0;
    QString userId;
    qint64 occurredAt = 0; // UTC ms
    QString kind; // screen | time | action
    QString name; // screen or action identifier ("customers", "customer.save", …)
    qint64 durationMs = -1; // time: how long the screen was shown; -1 otherwise

    QJsonObject toJson() const; // {"id", "occurred_at", "kind", "name", "duration_ms"}
};

// Local, opt-in usage analytics (privacy policy: "usage analytics only with the user's opt-in; everything
// viewable and deletable"; docs/privacy.md, "Usage analytics and device record"). Each user decides for
// themselves: the choice is a per-user setting (settings key "usage.opt_in.<user id>", "1" or "0"; absent =
// not opted in). Nothing is recorded before the signed-in user opts in or after they opt out; the record
// calls then answer false and write nothing. Events stay in this workspace's database (usage_events, never
// synced, never sent anywhere). Names are identifiers from the code (1–64 of a–z 0–9 . _ -), never user data:
// anything else is Invalid.
//
// Every user may see and delete their own events (no permission needed beyond being signed in); nobody can
// see another user's. Opting in/out and deleting are audited ("usage_opt_in", "usage_opt_out",
// "usage_delete" with the count), recording is not.
class UsageLog
{
public:
    explicit UsageLog(ServiceContext &ctx);

    Result<bool> isOptedIn();
    Status setOptedIn(bool optedIn);

    // True when recorded, false when the user has not opted in (nothing written).
    Result<bool> screenOpened(const QString &screen);
    Result<bool> timeSpent(const QString &screen, qint64 durationMs);
    Result<bool> action(const QString &name);

    // The signed-in user's events, oldest first.
    Result<QList<UsageEvent>> myEvents();
    // Per name and kind: how many events and the total time (for a readable summary).
    Result<QJsonObject> mySummary();
    // Deletes every event of the signed-in user; returns how many.
    Result<qint64> deleteMine();

    // Drops every user's events older than cutoffMs (counts only when dryRun). The signature of
    // RetentionService::UsagePurger: retention.setUsagePurger([&db](qint64 c, bool d) {
    //     return UsageLog::purgeOlderThan(db, c, d); }).
    static Result<qint64> purgeOlderThan(QSqlDatabase &db, qint64 cutoffMs, bool dryRun);

    static QString optInKey(const QString &userId) { return QStringLiteral("usage.opt_in.") + userId; }
    static bool isValidName(const QString &name);

private:
    Result<bool> record(const QString &kind, const QString &name, qint64 durationMs);

    ServiceContext &m_ctx;
};

} // namespace relasi
