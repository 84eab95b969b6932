#pragma once

#include "Terminal.h"

#include "common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace relasi {
class Workspace;
class SecureBytes;
class ServiceContext;
class SystemClock;
}

namespace relasi::cli {

class Context;

// One relasi-cli command ("init", "key export", "customer add", …).
struct Command {
    QStringList words;                 // e.g. {"key", "export"}
    QString summary;                   // one line for the command list
    QString secrets;                   // the secrets read, in order (shown in --help)
    QList<QCommandLineOption> options; // the command's own options
    QString arguments;                 // positional arguments, e.g. "ID"
    std::function<int(Context &)> run;
};

class Context
{
public:
    Context(QCommandLineParser &parser, const Command &command, QStringList arguments);
    ~Context();

    QCommandLineParser &parser() { return m_parser; }
    const Command &command() const { return m_command; }
    const QStringList &arguments() const { return m_arguments; }
    bool json() const;
    QString workspaceDirectory() const;
    QString userEmail() const;
    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Reads the next secret (terminal without echo, or the next stdin line with --password-stdin).
    bool readSecret(const QString &prompt, SecureBytes *out, bool confirm = false);
    // Opens the workspace as --user (default: owner) after reading that user's password.
    // The password read is handed back in *passwordOut when given (passwd and key export need it again).
    std::unique_ptr<Workspace> openWorkspace(SecureBytes *passwordOut = nullptr);

    // Opens the workspace (openWorkspace) and builds the services' context for the signed-in user.
    // Returns nullptr after printing the error. The context lives as long as this Context.
    ServiceContext *openServices(SecureBytes *passwordOut = nullptr);
    Workspace *workspace() { return m_workspace.get(); }

    // Prints an error to stderr and returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);
    void printJson(const QJsonValue &value);
    // What every "add" command prints: the new record's id alone on a line, or {"id":…} with --json.
    // Returns 0; for an error, prints it and returns its exit code (fail).
    int printNewId(const Result<QString> &id);

    int exitCode() const { return m_exitCode; }

private:
    QCommandLineParser &m_parser;
    const Command &m_command;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    SecretReader m_secrets;
    int m_exitCode = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ServiceContext> m_services;
};

void addWorkspaceCommands(QList<Command> &commands);
void addCustomerCommands(QList<Command> &commands);
void addAdminCommands(QList<Command> &commands);
void addImportCommands(QList<Command> &commands);
void addDemoCommands(QList<Command> &commands);
void addLogCommands(QList<Command> &commands);
void addDealCommands(QList<Command> &commands);
void addTaskCommands(QList<Command> &commands);
void addPrivacyEraseCommands(QList<Command> &commands);
void addRetentionCommands(QList<Command> &commands);
void addPrivacyExportCommands(QList<Command> &commands);
void addUsageCommands(QList<Command> &commands);

// Small helpers shared by the command files.
QCommandLineOption option(const QString &name, const QString &description, const QString &valueName = QString());
// Parses an ISO-8601 date/time (UTC if no offset) to UTC ms; false if malformed.
bool parseIsoMs(const QString &text, qint64 *ms);
QString isoFromMs(qint64 ms);
// Checks the audit trail's hash chain; prints the outcome; 0 or 5.
int verifyAuditChain(Context &ctx, ServiceContext &services);

int run(int argc, char *argv[]);

} // namespace relasi::cli
