#pragma once

#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"

#include <QJsonObject>
#include <QLocale>

namespace relasi::cli {

// The --json shapes of log entries, deals and tasks (README, "relasi-cli"). Times are ISO-8601 UTC with
// milliseconds, or null when unset; money is integer minor units, the ISO 4217 code and a display string.

// id, customer_id, channel, direction, occurred_at, duration_s (null: not given), subject, body, outcome,
// user_id.
QJsonObject interactionJson(const Interaction &entry);

// id, customer_id, title, stage, amount_minor, currency, amount (formatted in locale), expected_close,
// probability (null: none), owner_id, owner_email, lost_reason, closed_at, created_at, updated_at.
QJsonObject dealJson(const Deal &deal, const QString &ownerEmail, const QLocale &locale);

// id, title, notes ("" when none), customer_id, deal_id, due_at, reminder_at, assignee_id, assignee_email,
// done, done_at, created_at, and bucket (overdue, today, upcoming, undated, done) when given.
QJsonObject taskJson(const Task &task, const QString &assigneeEmail, const QString &bucket = {});

} // namespace relasi::cli
