#pragma once

#include "common/Result.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace relasi {
class ServiceContext;
}

namespace relasi::cli {

class Context;

// Option parsing and look-ups shared by the record commands (customer, log, deal, task).

// A user's e-mail (as typed: any case, surrounding spaces) → user id; NotFound for an unknown e-mail.
Result<QString> userIdForEmail(ServiceContext &ctx, const QString &email);
// An option naming a user by e-mail (--owner, --assignee): when set, *userId becomes that user's id; left
// as it is when the option is absent. False after printing the error (ctx.exitCode(): NotFound's code).
bool userOption(Context &ctx, ServiceContext &services, const QString &name, QString *userId);
// A user's e-mail, empty when unknown or unset.
QString emailOfUser(ServiceContext &ctx, const QString &userId);
// Every user's id → e-mail, for the *_email fields of lists (one query, not one per row).
QHash<QString, QString> userEmails(ServiceContext &ctx);
// The business's locale (business_profile.locale, default id_ID) for formatted amounts.
QLocale businessLocale(ServiceContext &ctx);
// --limit N: fallback when absent; false after a usage error for anything but a positive integer.
bool limitOption(Context &ctx, int fallback, int *limit);
// An ISO-8601 option (date or date-time; UTC when no offset) to UTC ms; 0 when absent; false after a usage
// error when malformed.
bool timeOption(Context &ctx, const QString &name, qint64 *ms);

} // namespace relasi::cli
