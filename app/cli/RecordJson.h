#pragma once

#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

namespace relasi {
class ServiceContext;
}

namespace relasi::cli {

class Context;

// Helpers shared by the log, deal and task commands.
// --EMAIL option → user id; NotFound for an unknown e-mail.
Result<QString> userIdForEmail(ServiceContext &ctx, const QString &email);
// Every user's id → e-mail, for the *_email fields of lists (one query, not one per row).
QHash<QString, QString> userEmails(ServiceContext &ctx);
// The business's locale (business_profile.locale, default id_ID) for formatted amounts.
QLocale businessLocale(ServiceContext &ctx);
// --limit N: fallback when absent; false after a usage error for anything but a positive integer.
bool limitOption(Context &ctx, int fallback, int *limit);
// An ISO-8601 option (date or date-time; UTC when no offset) to UTC ms; 0 when absent; false after a usage
// error when malformed.
bool timeOption(Context &ctx, const QString &name, qint64 *ms);

// The --json shapes of log entries, deals and tasks (README, "relasi-cli"). Times are ISO-8601 UTC with
// milliseconds, or null when unset; money is integer minor units, the ISO 4217 code and a display string.

// id, customer_id, channel, direction, occurred_at, duration_s (null: not given), subject, body, outcome,
// user_id.
QJsonObject interactionJson(const Interaction &entry);

// id, customer_id, title, stage, amount_minor, currency, amount (formatted in locale), expected_close,
// probability (null: none), owner_id, owner_email, lost_reason, closed_at, created_at, updated_at.
QJsonObject dealJson(const Deal &deal, const QString &ownerEmail, const QLocale &locale);

// id, title, customer_id, deal_id, due_at, reminder_at, assignee_id, assignee_email, done, done_at,
// created_at, and bucket (overdue, today, upcoming) when given.
QJsonObject taskJson(const Task &task, const QString &assigneeEmail, const QString &bucket = {});

} // namespace relasi::cli
