// relasi-cli user add|role|disable|list and audit list|verify
#include "Cli.h"
#include "CommandOptions.h"

#include "crypto/SecureBytes.h"
#include "services/AuditLog.h"
#include "services/AuditService.h"
#include "services/ServiceContext.h"
#include "services/UserService.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace relasi::cli {

namespace {

Result<User> userByArgument(ServiceContext &ctx, const QString &emailOrId)
{
    UserService users(ctx);
    if (emailOrId.contains(QLatin1Char('@')))
        return users.findByEmail(emailOrId);
    return users.get(emailOrId);
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},       {QStringLiteral("name"), u.name},
                       {QStringLiteral("email"), u.email}, {QStringLiteral("phone"), u.phone},
                       {QStringLiteral("role"), roleName(u.role)}, {QStringLiteral("active"), u.active}};
}

int cmdUserAdd(Context &ctx)
{
    const QString name = ctx.value(QStringLiteral("name"));
    const QString email = ctx.value(QStringLiteral("email"));
    const auto role = roleFromName(ctx.value(QStringLiteral("role")));
    if (name.isEmpty() || email.isEmpty() || !role)
        return ctx.usage(QStringLiteral("user add needs --name, --email and --role owner|manager|sales|viewer"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    SecureBytes initial;
    if (!ctx.readSecret(QStringLiteral("Initial password for %1").arg(email), &initial, true))
        return ctx.exitCode();
    UserService users(*services);
    auto id = users.addUser(name, email, ctx.value(QStringLiteral("phone")), *role);
    if (!id)
        return ctx.fail(id.error());
    Status slot = ctx.workspace()->addUserSlot(*id, email, initial);
    if (!slot) {
        // Keep users and key slots consistent: a user without a slot could never sign in.
        const Status undone = users.disable(*id);
        if (!undone)
            ctx.err() << "relasi-cli: could not disable the half-added user: " << undone.error().message << "\n";
        return ctx.fail(slot.error());
    }
    return ctx.printNewId(*id);
}

// user role / disable: opens the services and finds the user named by the one EMAIL|ID argument (checked by
// the caller). False after printing the error (ctx.exitCode()).
bool openUserArgument(Context &ctx, ServiceContext **services, User *user)
{
    *services = ctx.openServices();
    if (!*services)
        return false;
    auto u = userByArgument(**services, ctx.arguments().constFirst());
    if (!u) {
        ctx.fail(u.error());
        return false;
    }
    *user = std::move(u).value();
    return true;
}

int cmdUserRole(Context &ctx)
{
    const auto role = roleFromName(ctx.value(QStringLiteral("role")));
    if (ctx.arguments().size() != 1 || !role)
        return ctx.usage(QStringLiteral("user role EMAIL|ID --role owner|manager|sales|viewer"));
    ServiceContext *services = nullptr;
    User u;
    if (!openUserArgument(ctx, &services, &u))
        return ctx.exitCode();
    Status s = UserService(*services).changeRole(u.id, *role);
    return s ? 0 : ctx.fail(s.error());
}

int cmdUserDisable(Context &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QStringLiteral("user disable EMAIL|ID"));
    ServiceContext *services = nullptr;
    User u;
    if (!openUserArgument(ctx, &services, &u))
        return ctx.exitCode();
    Status s = UserService(*services).disable(u.id, ctx.workspace());
    return s ? 0 : ctx.fail(s.error());
}

int cmdUserList(Context &ctx)
{
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    UserService users(*services);
    auto list = users.list(true);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const User &u : *list)
            arr.append(userJson(u));
        ctx.printJson(arr);
        return 0;
    }
    for (const User &u : *list)
        ctx.out() << u.email.leftJustified(32, QLatin1Char(' ')) << " " << roleName(u.role).leftJustified(8, QLatin1Char(' '))
                  << " " << (u.active ? "active  " : "disabled") << " " << u.name << "\n";
    return 0;
}

int cmdAuditList(Context &ctx)
{
    AuditFilter f;
    if (!limitOption(ctx, f.limit, &f.limit))
        return ctx.exitCode();
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    f.action = ctx.value(QStringLiteral("action"));
    f.entity = ctx.value(QStringLiteral("entity"));
    AuditService audit(*services);
    auto list = audit.list(f);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const AuditEntry &e : *list) {
            arr.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                   {QStringLiteral("at"), isoFromMs(e.at)},
                                   {QStringLiteral("user_id"), e.userId},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("entity"), e.entity},
                                   {QStringLiteral("entity_id"), e.entityId},
                                   {QStringLiteral("details"), e.details},
                                   {QStringLiteral("hash"), e.hash}});
        }
        ctx.printJson(arr);
        return 0;
    }
    for (const AuditEntry &e : *list) {
        ctx.out() << e.seq << "  " << isoFromMs(e.at) << "  " << e.action.leftJustified(18, QLatin1Char(' ')) << " "
                  << e.entity << " " << e.entityId << "  "
                  << QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)) << "\n";
    }
    return 0;
}

} // namespace

// Audit chain check shared by `audit verify` and `verify`: prints and returns the exit code (0 or 5).
int verifyAuditChain(Context &ctx, ServiceContext &services)
{
    AuditService audit(services);
    auto v = audit.verify();
    if (!v)
        return ctx.fail(v.error());
    if (!v->ok) {
        QString problem;
        switch (v->problem) {
        case AuditVerify::Problem::Edited: problem = QStringLiteral("edited"); break;
        case AuditVerify::Problem::Removed: problem = QStringLiteral("removed"); break;
        case AuditVerify::Problem::Reordered: problem = QStringLiteral("reordered"); break;
        case AuditVerify::Problem::None: problem = QStringLiteral("broken"); break;
        }
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("broken_seq"), v->brokenSeq},
                                      {QStringLiteral("problem"), problem},
                                      {QStringLiteral("entries"), v->entries}});
        ctx.err() << "relasi-cli: the audit trail is broken at entry " << v->brokenSeq << " (" << problem << "): "
                  << v->reason << "\n"
                  << Qt::flush;
        return 5;
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("entries"), v->entries}});
    else
        ctx.out() << "Audit trail: " << v->entries << " entries, chain intact\n";
    return 0;
}

namespace {
int cmdAuditVerify(Context &ctx)
{
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    return verifyAuditChain(ctx, *services);
}
} // namespace

void addAdminCommands(QList<Command> &commands)
{
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    const QString u = QStringLiteral("user");
    const QString a = QStringLiteral("audit");
    commands << Command{{u, QStringLiteral("add")},
                        QStringLiteral("Add a user with a role and an initial password (owner only)."),
                        QStringLiteral("the signed-in owner's password, then the new user's initial password (asked "
                                       "twice on a terminal)"),
                        {option(QStringLiteral("name"), QStringLiteral("The user's name."), QStringLiteral("NAME")),
                         option(QStringLiteral("email"), QStringLiteral("The user's e-mail."), QStringLiteral("EMAIL")),
                         option(QStringLiteral("phone"), QStringLiteral("The user's phone."), QStringLiteral("PHONE")),
                         option(QStringLiteral("role"), QStringLiteral("owner, manager, sales or viewer."),
                                QStringLiteral("ROLE"))},
                        QString(), cmdUserAdd};
    commands << Command{{u, QStringLiteral("role")}, QStringLiteral("Change a user's role (owner only)."), pw,
                        {option(QStringLiteral("role"), QStringLiteral("owner, manager, sales or viewer."),
                                QStringLiteral("ROLE"))},
                        QStringLiteral("EMAIL|ID"), cmdUserRole};
    commands << Command{{u, QStringLiteral("disable")},
                        QStringLiteral("Disable a user and remove their key slot (owner only)."), pw, {},
                        QStringLiteral("EMAIL|ID"), cmdUserDisable};
    commands << Command{{u, QStringLiteral("list")}, QStringLiteral("List users."), pw, {}, QString(), cmdUserList};
    commands << Command{{a, QStringLiteral("list")}, QStringLiteral("Show audit entries, newest first (owner, manager)."),
                        pw,
                        {option(QStringLiteral("limit"), QStringLiteral("At most N entries."), QStringLiteral("N")),
                         option(QStringLiteral("action"), QStringLiteral("Only this action."), QStringLiteral("ACTION")),
                         option(QStringLiteral("entity"), QStringLiteral("Only this entity."), QStringLiteral("ENTITY"))},
                        QString(), cmdAuditList};
    commands << Command{{a, QStringLiteral("verify")},
                        QStringLiteral("Check the audit trail's hash chain; exit 5 naming the first broken entry."), pw,
                        {}, QString(), cmdAuditVerify};
}

} // namespace relasi::cli
