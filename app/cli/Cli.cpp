#include "Cli.h"

#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "services/AuditLog.h"
#include "services/ServiceContext.h"
#include "services/SessionLoader.h"
#include "privacy/DeviceRecord.h"
#include "workspace/SignInAttempts.h"
#include "workspace/Workspace.h"

#include <QDateTime>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relasi::cli {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("workspace"),
                           QStringLiteral("The workspace folder (default: $RELASI_WORKSPACE)."), QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("user"),
                           QStringLiteral("Sign in with this user's key slot (default: the owner)."),
                           QStringLiteral("EMAIL")),
        QCommandLineOption(QStringLiteral("password-stdin"),
                           QStringLiteral("Read secrets from standard input, one per line, in the order the "
                                          "command's help states, instead of asking on the terminal.")),
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")),
        QCommandLineOption(QStringLiteral("version"), QStringLiteral("Show the version.")),
    };
}

QString commandName(const Command &c)
{
    return c.words.join(QLatin1Char(' '));
}

QString generalHelp(const QList<Command> &commands)
{
    QString text = QStringLiteral(
        "Usage: relasi-cli [--workspace DIR] [--user EMAIL] [--password-stdin] COMMAND [options]\n\n"
        "Relasi's command line: the same core as the desktop app, for scripts and recovery.\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1%2\n").arg(commandName(c).leftJustified(18, QLatin1Char(' ')), c.summary);
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --workspace DIR     the workspace folder (default: $RELASI_WORKSPACE)\n"
        "  --user EMAIL        sign in with this user's key slot (default: the owner)\n"
        "  --password-stdin    read secrets from standard input, one line each (see each command's help)\n"
        "  --json              machine-readable output where the command supports it\n\n"
        "Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong password or recovery code, 4 vault missing or damaged,\n"
        "5 database damaged or tampered, 6 workspace from a newer version, 7 workspace in use,\n"
        "8 permission denied.\n\nrelasi-cli COMMAND --help shows a command's options.\n");
    return text;
}

QString commandHelp(const Command &c)
{
    QString text = QStringLiteral("Usage: relasi-cli [global options] %1%2 [options]\n\n%3\n")
                       .arg(commandName(c), c.arguments.isEmpty() ? QString() : QLatin1Char(' ') + c.arguments,
                            c.summary);
    if (!c.secrets.isEmpty())
        text += QStringLiteral("\nSecrets (asked on the terminal, or one per line with --password-stdin, in this "
                               "order):\n  %1\n")
                    .arg(c.secrets);
    if (!c.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const QCommandLineOption &o : c.options) {
            QString name = QStringLiteral("--") + o.names().constLast();
            if (!o.valueName().isEmpty())
                name += QLatin1Char(' ') + o.valueName();
            text += QStringLiteral("  %1%2\n").arg(name.leftJustified(28, QLatin1Char(' ')), o.description());
        }
    }
    return text;
}

} // namespace

Context::Context(QCommandLineParser &parser, const Command &command, QStringList arguments)
    : m_parser(parser)
    , m_command(command)
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
    , m_secrets(parser.isSet(QStringLiteral("password-stdin")))
{
}

Context::~Context()
{
    // The services' context refers to the workspace's connection: release it first.
    m_services.reset();
    m_workspace.reset();
}

ServiceContext *Context::openServices(SecureBytes *passwordOut)
{
    m_workspace = openWorkspace(passwordOut);
    if (!m_workspace)
        return nullptr;
    QSqlDatabase db = m_workspace->database();
    auto session = SessionLoader::load(db, m_workspace->signedInUserId());
    if (!session) {
        fail(session.error());
        return nullptr;
    }
    m_clock = std::make_unique<SystemClock>();
    auto ctx = ServiceContext::create(db, *session, *m_clock);
    if (!ctx) {
        fail(ctx.error());
        return nullptr;
    }
    m_services = std::move(ctx).value();
    // Wrong passwords since the last sign-in could not be written into the database: audit them now.
    if (auto failed = SignInAttempts::flushToAudit(m_workspace->directory(), *m_services); !failed)
        m_err << "relasi-cli: warning: earlier failed sign-ins not audited: " << failed.error().message << "\n";
    // Every command that uses the services signs in: the audit trail records it.
    auto signedIn = m_services->audit().append(session->userId, QStringLiteral("sign_in"), QStringLiteral("user"),
                                               session->userId, QJsonObject{{QStringLiteral("via"), QStringLiteral("cli")}});
    if (!signedIn) {
        fail(signedIn.error());
        return nullptr;
    }
    (void)DeviceRecord::touch(db, m_clock->nowMs(), QStringLiteral(RELASI_VERSION)); // first/last seen
    return m_services.get();
}

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

bool parseIsoMs(const QString &text, qint64 *ms)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return false;
    if (dt.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
        dt.setTimeSpec(Qt::UTC);
    *ms = dt.toMSecsSinceEpoch();
    return true;
}

QString isoFromMs(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool Context::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString Context::workspaceDirectory() const
{
    const QString v = m_parser.value(QStringLiteral("workspace"));
    return v.isEmpty() ? qEnvironmentVariable("RELASI_WORKSPACE") : v;
}

QString Context::userEmail() const
{
    return m_parser.value(QStringLiteral("user"));
}

bool Context::readSecret(const QString &prompt, SecureBytes *out, bool confirm)
{
    QString text, error;
    if (!m_secrets.read(prompt, &text, &error, confirm)) {
        usage(error);
        return false;
    }
    *out = SecureBytes::fromUtf8(text);
    text.fill(QChar(0));
    return true;
}

std::unique_ptr<Workspace> Context::openWorkspace(SecureBytes *passwordOut)
{
    const QString dir = workspaceDirectory();
    if (dir.isEmpty()) {
        usage(QStringLiteral("no workspace: pass --workspace DIR or set RELASI_WORKSPACE"));
        return nullptr;
    }
    SecureBytes password;
    const QString who = userEmail().isEmpty() ? QStringLiteral("Password") : QStringLiteral("Password for %1").arg(userEmail());
    if (!readSecret(who, &password))
        return nullptr;
    Credentials c;
    c.userEmail = userEmail();
    auto ws = Workspace::open(dir, c, password);
    if (!ws) {
        if (ws.code() == ErrorCode::WrongSecret) // audited at the next successful sign-in
            (void)SignInAttempts::record(dir, QStringLiteral("cli"), SystemClock());
        fail(ws.error());
        return nullptr;
    }
    if (passwordOut)
        *passwordOut = std::move(password);
    return std::move(ws).value();
}

int Context::fail(const Error &error)
{
    m_exitCode = exitCodeFor(error.code);
    QString hint;
    switch (error.code) {
    case ErrorCode::WrongSecret:
        hint = QStringLiteral("Check the password (and Caps Lock), or use `relasi-cli recover` with the recovery code.");
        break;
    case ErrorCode::VaultMissing:
        hint = QStringLiteral("relasi.vault must sit beside relasi.db; restore it from a backup.");
        break;
    case ErrorCode::VaultDamaged:
        hint = QStringLiteral("The key vault was altered or damaged; restore relasi.vault from a backup.");
        break;
    case ErrorCode::DatabaseDamaged:
        hint = QStringLiteral("The database file is damaged or was tampered with; nothing was changed. Restore from a "
                              "backup.");
        break;
    case ErrorCode::NewerVersion:
        hint = QStringLiteral("Install the newer Relasi that wrote this workspace; it was left untouched.");
        break;
    case ErrorCode::InUse:
        hint = QStringLiteral("Close the other Relasi window or command using this workspace, then try again.");
        break;
    default:
        break;
    }
    if (json()) {
        QJsonObject o{{QStringLiteral("error"), errorCodeName(error.code)},
                      {QStringLiteral("message"), error.message}};
        m_err << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_err << "relasi-cli: " << error.message << "\n";
        if (!hint.isEmpty())
            m_err << hint << "\n";
    }
    m_err.flush();
    return m_exitCode;
}

int Context::usage(const QString &message)
{
    m_exitCode = 2;
    m_err << "relasi-cli: " << message << "\n" << Qt::flush;
    return 2;
}

void Context::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Compact) << "\n";
    m_out.flush();
}

int Context::printNewId(const Result<QString> &id)
{
    if (!id)
        return fail(id.error());
    if (json())
        printJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        m_out << *id << "\n" << Qt::flush;
    return 0;
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relasi-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relasi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELASI_VERSION));

    QList<Command> commands;
    addWorkspaceCommands(commands);
    addCustomerCommands(commands);
    addLogCommands(commands);
    addDealCommands(commands);
    addTaskCommands(commands);
    addAdminCommands(commands);
    addImportCommands(commands);
    addDemoCommands(commands);
    addPrivacyEraseCommands(commands);
    addRetentionCommands(commands);
    addPrivacyExportCommands(commands);
    addUsageCommands(commands);

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Pass 1: every option known to any command, to find the command words among the arguments.
    QCommandLineParser any;
    any.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    any.addOptions(globalOptions());
    QSet<QString> seen;
    for (const Command &c : commands) {
        for (const QCommandLineOption &o : c.options) {
            if (!seen.contains(o.names().constFirst())) {
                seen.insert(o.names().constFirst());
                any.addOption(o);
            }
        }
    }
    any.parse(app.arguments());
    const QStringList positional = any.positionalArguments();

    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (positional.size() >= c.words.size() && positional.mid(0, c.words.size()) == c.words &&
            (!command || c.words.size() > command->words.size()))
            command = &c;
    }
    if (!command) {
        if (any.isSet(QStringLiteral("version"))) {
            out << "relasi-cli " << RELASI_VERSION << "\n";
            return 0;
        }
        if (positional.isEmpty() || any.isSet(QStringLiteral("help"))) {
            (positional.isEmpty() && !any.isSet(QStringLiteral("help")) ? err : out) << generalHelp(commands);
            return positional.isEmpty() && !any.isSet(QStringLiteral("help")) ? 2 : 0;
        }
        err << "relasi-cli: unknown command '" << positional.join(QLatin1Char(' ')) << "'\n" << generalHelp(commands);
        return 2;
    }

    // Pass 2: strictly the global options and this command's.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    if (!parser.parse(app.arguments())) {
        err << "relasi-cli: " << parser.errorText() << "\n\n" << commandHelp(*command);
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(*command);
        return 0;
    }
    Context ctx(parser, *command, parser.positionalArguments().mid(command->words.size()));
    return command->run(ctx);
}

} // namespace relasi::cli
