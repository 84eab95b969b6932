#include "CommandOptions.h"

#include "Cli.h"

#include "services/BusinessProfileService.h"
#include "services/UserService.h"

namespace relasi::cli {

Result<QString> userIdForEmail(ServiceContext &ctx, const QString &email)
{
    UserService users(ctx);
    auto u = users.findByEmail(email);
    if (!u)
        return u.error();
    return u->id;
}

bool userOption(Context &ctx, ServiceContext &services, const QString &name, QString *userId)
{
    if (!ctx.isSet(name))
        return true;
    auto id = userIdForEmail(services, ctx.value(name));
    if (!id) {
        ctx.fail(id.error());
        return false;
    }
    *userId = *id;
    return true;
}

QString emailOfUser(ServiceContext &ctx, const QString &userId)
{
    if (userId.isEmpty())
        return {};
    UserService users(ctx);
    auto u = users.get(userId);
    return u ? u->email : QString();
}

QHash<QString, QString> userEmails(ServiceContext &ctx)
{
    QHash<QString, QString> out;
    UserService users(ctx);
    if (auto list = users.list(true)) {
        for (const User &u : *list)
            out.insert(u.id, u.email);
    }
    return out;
}

QLocale businessLocale(ServiceContext &ctx)
{
    BusinessProfileService profile(ctx);
    auto p = profile.get();
    const QString name = p && !p->locale.isEmpty() ? p->locale : QStringLiteral("id_ID");
    return QLocale(name);
}

bool limitOption(Context &ctx, int fallback, int *limit)
{
    *limit = fallback;
    if (!ctx.isSet(QStringLiteral("limit")))
        return true;
    bool ok = false;
    const int n = ctx.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || n <= 0) {
        ctx.usage(QStringLiteral("--limit needs a positive whole number"));
        return false;
    }
    *limit = n;
    return true;
}

bool timeOption(Context &ctx, const QString &name, qint64 *ms)
{
    *ms = 0;
    if (!ctx.isSet(name))
        return true;
    if (!parseIsoMs(ctx.value(name), ms) || *ms <= 0) {
        ctx.usage(
            QStringLiteral("--%1: not an ISO-8601 date or date-time (e.g. 2026-03-01 or 2026-03-01T14:30:00+07:00)")
                .arg(name));
        return false;
    }
    return true;
}

} // namespace relasi::cli
