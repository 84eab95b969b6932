// relasi-cli commands about the workspace itself: init, unlock, passwd, recover, info, verify, key export.
#include "Cli.h"

#include "common/Clock.h"
#include "crypto/PasswordStrength.h"
#include "crypto/SecureBytes.h"
#include "services/AuditLog.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"
#include "workspace/SignInAttempts.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace relasi::cli {

namespace {

QCommandLineOption opt(const QString &name, const QString &description, const QString &valueName = QString())
{
    return option(name, description, valueName);
}

// The same minimum the GUI's strength meter enforces (zxcvbn, at least 10 characters and 45 bits).
bool strongEnough(Context &ctx, const SecureBytes &password, const QStringList &userInputs)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(password.data()), int(password.size()));
    const PasswordStrength s = evaluatePassword(text, userInputs);
    if (s.acceptable)
        return true;
    ctx.usage(QStringLiteral("that password is too easy to guess (about %1 bits); use at least %2 characters, "
                             "e.g. four or five unrelated words")
                  .arg(int(s.entropyBits))
                  .arg(PasswordStrength::kMinCharacters));
    return false;
}

int cmdInit(Context &ctx)
{
    WorkspaceCreateParams p;
    p.directory = ctx.workspaceDirectory();
    p.ownerName = ctx.value(QStringLiteral("owner-name"));
    p.ownerEmail = ctx.value(QStringLiteral("owner-email"));
    p.ownerPhone = ctx.value(QStringLiteral("owner-phone"));
    p.businessName = ctx.value(QStringLiteral("business-name"));
    if (ctx.isSet(QStringLiteral("country")))
        p.country = ctx.value(QStringLiteral("country")).toUpper();
    if (ctx.isSet(QStringLiteral("currency")))
        p.currency = ctx.value(QStringLiteral("currency")).toUpper();
    if (p.directory.isEmpty())
        return ctx.usage(QStringLiteral("init needs --workspace DIR (or RELASI_WORKSPACE)"));
    if (p.ownerName.isEmpty() || p.ownerEmail.isEmpty())
        return ctx.usage(QStringLiteral("init needs --owner-name and --owner-email"));
    SecureBytes password;
    if (!ctx.readSecret(QStringLiteral("New owner password"), &password, true))
        return ctx.exitCode();
    if (!strongEnough(ctx, password, {p.ownerName, p.ownerEmail, p.businessName}))
        return ctx.exitCode();
    auto created = Workspace::create(p, password);
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("workspace_id"), created->workspaceId},
                                  {QStringLiteral("recovery_code"), created->recoveryCode}});
    } else {
        ctx.out() << "Created workspace " << created->workspaceId << " in " << p.directory << "\n\n"
                  << "Recovery code (shown only now; store it somewhere safe, offline):\n\n    "
                  << created->recoveryCode << "\n\n"
                  << "With it the workspace can be opened if every password is lost.\n";
    }
    return 0;
}

int cmdUnlock(Context &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.exitCode();
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), ws->signedInEmail()}});
    else
        ctx.out() << "Unlocked as " << ws->signedInEmail() << "\n";
    return 0;
}

int cmdPasswd(Context &ctx)
{
    SecureBytes current, next;
    auto ws = ctx.openWorkspace(&current);
    if (!ws)
        return ctx.exitCode();
    if (!ctx.readSecret(QStringLiteral("New password"), &next, true))
        return ctx.exitCode();
    if (!strongEnough(ctx, next, {ws->signedInEmail()}))
        return ctx.exitCode();
    Status s = ws->changePassword(current, next);
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << "Password changed. The database was not re-encrypted; other users and the recovery code are "
                 "unaffected.\n";
    return 0;
}

int cmdRecover(Context &ctx)
{
    const QString dir = ctx.workspaceDirectory();
    if (dir.isEmpty())
        return ctx.usage(QStringLiteral("recover needs --workspace DIR"));
    SecureBytes code, next;
    if (!ctx.readSecret(QStringLiteral("Recovery code"), &code))
        return ctx.exitCode();
    if (!ctx.readSecret(QStringLiteral("New owner password"), &next, true))
        return ctx.exitCode();
    if (!strongEnough(ctx, next, {}))
        return ctx.exitCode();
    Status s = Workspace::recover(dir, code, next);
    if (!s) {
        if (s.error().code == ErrorCode::WrongSecret) // audited at the next sign-in, like a wrong password
            (void)SignInAttempts::record(dir, QStringLiteral("cli-recovery"), SystemClock());
        return ctx.fail(s.error());
    }
    ctx.out() << "The owner's password was reset with the recovery code. The recovery code stays valid; "
                 "regenerate it in Settings if it may have been seen.\n";
    return 0;
}

int cmdInfo(Context &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.exitCode();
    const WorkspaceInfo i = ws->info();
    if (ctx.json()) {
        QJsonArray slots;
        for (const KeySlotInfo &s : i.slots) {
            slots.append(QJsonObject{{QStringLiteral("id"), s.slotId},
                                     {QStringLiteral("kind"), s.kind},
                                     {QStringLiteral("user_id"), s.userId},
                                     {QStringLiteral("kdf"), QStringLiteral("argon2id")},
                                     {QStringLiteral("opslimit"), qint64(s.opsLimit)},
                                     {QStringLiteral("memlimit_bytes"), qint64(s.memLimitBytes)},
                                     {QStringLiteral("created_at"), s.createdAtMs}});
        }
        ctx.printJson(QJsonObject{
            {QStringLiteral("workspace_id"), i.workspaceId},
            {QStringLiteral("app_version"), i.appVersion},
            {QStringLiteral("schema_version"), i.schemaVersion},
            {QStringLiteral("sqlcipher_version"), i.sqlcipherVersion},
            {QStringLiteral("sqlite_version"), i.sqliteVersion},
            {QStringLiteral("cipher_page_size"), i.cipherPageSize},
            {QStringLiteral("cipher_settings"), i.cipherSettings},
            {QStringLiteral("files"), QJsonObject{{QStringLiteral("database_bytes"), i.databaseBytes},
                                                  {QStringLiteral("wal_bytes"), i.walBytes},
                                                  {QStringLiteral("vault_bytes"), i.vaultBytes}}},
            {QStringLiteral("key_slots"), slots}});
        return 0;
    }
    QTextStream &o = ctx.out();
    o << "Workspace        " << i.workspaceId << "\n"
      << "Folder           " << i.directory << "\n"
      << "Relasi           " << i.appVersion << " (schema " << i.schemaVersion << ")\n"
      << "SQLCipher        " << i.sqlcipherVersion << " on SQLite " << i.sqliteVersion << "\n"
      << "Cipher           " << i.cipherSettings << "\n"
      << "Files            relasi.db " << i.databaseBytes << " B, WAL " << i.walBytes << " B, relasi.vault "
      << i.vaultBytes << " B\n"
      << "Key slots        " << i.slots.size() << "\n";
    for (const KeySlotInfo &s : i.slots) {
        o << "  " << s.kind.leftJustified(9, QLatin1Char(' ')) << " " << s.slotId
          << "  Argon2id ops=" << s.opsLimit << " mem=" << (s.memLimitBytes >> 20) << " MiB"
          << "  created " << QDateTime::fromMSecsSinceEpoch(s.createdAtMs, Qt::UTC).toString(Qt::ISODate) << "\n";
    }
    return 0;
}

int cmdVerify(Context &ctx)
{
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    QSqlDatabase db = services->db();
    Status s = Database::verifyIntegrity(db);
    if (!s)
        return ctx.fail(s.error());
    if (!ctx.json())
        ctx.out() << "Database pages: every page in use decrypted and authenticated\n";
    return verifyAuditChain(ctx, *services);
}

int cmdKeyExport(Context &ctx)
{
    SecureBytes password;
    ServiceContext *services = ctx.openServices(&password);
    if (!services)
        return ctx.exitCode();
    auto hex = ctx.workspace()->exportDataKeyHex(password);
    if (!hex)
        return ctx.fail(hex.error());
    auto audited = services->audit().append(services->session().userId, QStringLiteral("key_export"),
                                            QStringLiteral("workspace"), ctx.workspace()->workspaceId());
    if (!audited)
        return ctx.fail(audited.error());
    ctx.err() << "WARNING: this is the raw key of the whole database. Anyone holding it and relasi.db can read "
                 "everything. Keep it offline.\n"
              << Qt::flush;
    ctx.out() << *hex << "\n";
    ctx.out().flush();
    return 0;
}

} // namespace

void addWorkspaceCommands(QList<Command> &commands)
{
    commands << Command{{QStringLiteral("init")},
                        QStringLiteral("Create an encrypted workspace and print its one-time recovery code."),
                        QStringLiteral("new owner password (asked twice on a terminal, once with --password-stdin)"),
                        {opt(QStringLiteral("owner-name"), QStringLiteral("The owner's name."), QStringLiteral("NAME")),
                         opt(QStringLiteral("owner-email"), QStringLiteral("The owner's e-mail."), QStringLiteral("EMAIL")),
                         opt(QStringLiteral("owner-phone"), QStringLiteral("The owner's phone."), QStringLiteral("PHONE")),
                         opt(QStringLiteral("business-name"), QStringLiteral("The business's name."),
                             QStringLiteral("NAME")),
                         opt(QStringLiteral("country"), QStringLiteral("Default country, ISO code (default ID)."),
                             QStringLiteral("CC")),
                         opt(QStringLiteral("currency"), QStringLiteral("Default currency, ISO 4217 (default IDR)."),
                             QStringLiteral("CUR"))},
                        QString(),
                        cmdInit};
    commands << Command{{QStringLiteral("unlock")}, QStringLiteral("Check that the password opens the workspace."),
                        QStringLiteral("password"), {}, QString(), cmdUnlock};
    commands << Command{{QStringLiteral("passwd")},
                        QStringLiteral("Change the signed-in user's password (rewraps one key slot)."),
                        QStringLiteral("current password, new password (asked twice on a terminal)"), {}, QString(),
                        cmdPasswd};
    commands << Command{{QStringLiteral("recover")},
                        QStringLiteral("Set a new owner password with the recovery code."),
                        QStringLiteral("recovery code, new owner password (asked twice on a terminal)"), {}, QString(),
                        cmdRecover};
    commands << Command{{QStringLiteral("info")},
                        QStringLiteral("Show versions, cipher settings, key slots and file sizes."),
                        QStringLiteral("password"), {}, QString(), cmdInfo};
    commands << Command{{QStringLiteral("verify")},
                        QStringLiteral("Read and authenticate every database page (exit 5 if damaged)."),
                        QStringLiteral("password"), {}, QString(), cmdVerify};
    commands << Command{{QStringLiteral("key"), QStringLiteral("export")},
                        QStringLiteral("Print the raw data key (64 hex digits) for the sqlcipher shell. Disaster "
                                       "recovery only: whoever has it can read the whole database."),
                        QStringLiteral("the owner's password"), {}, QString(), cmdKeyExport};
}

} // namespace relasi::cli
