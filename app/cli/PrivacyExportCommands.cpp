// relasi-cli privacy export|consent|consents|mailing-list (people's rights of access, portability and consent;
// docs/privacy.md)
#include "Cli.h"

#include "privacy/MailingListExporter.h"
#include "privacy/SubjectAccessExporter.h"
#include "services/ConsentService.h"
#include "services/ServiceContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace relasi::cli {

namespace {

int cmdExport(Context &ctx)
{
    const QString customerId = ctx.value(QStringLiteral("customer"));
    const QString output = ctx.value(QStringLiteral("output"));
    const bool self = ctx.isSet(QStringLiteral("self"));
    const bool all = ctx.isSet(QStringLiteral("all"));
    // Exactly one of --customer, --self, --all. (--workspace is the global workspace-folder option.)
    if (int(!customerId.isEmpty()) + int(self) + int(all) != 1 || output.isEmpty() || !ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("privacy export --customer ID | --self | --all --output FILE.zip"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    SubjectAccessExporter exporter(*services);
    auto report = self ? exporter.exportSelf(output)
        : all          ? exporter.exportWorkspace(output)
                       : exporter.exportCustomer(customerId, output);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return 0;
    }
    ctx.out() << "Wrote " << output << " (" << report->bytes << " bytes, " << report->files.size() << " files)\n";
    for (auto it = report->counts.begin(); it != report->counts.end(); ++it)
        ctx.out() << "  " << it.key().leftJustified(20) << " " << qint64(it.value().toDouble()) << "\n";
    return 0;
}

int cmdConsent(Context &ctx)
{
    const QString customerId = ctx.value(QStringLiteral("customer"));
    const QString purpose = ctx.value(QStringLiteral("purpose"));
    const bool grant = ctx.isSet(QStringLiteral("grant"));
    const bool withdraw = ctx.isSet(QStringLiteral("withdraw"));
    if (customerId.isEmpty() || purpose.isEmpty() || grant == withdraw || !ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("privacy consent --customer ID --purpose P --grant|--withdraw [--channel C] "
                                        "[--basis B] [--source S]; purposes: %1")
                             .arg(ConsentService::purposes().join(QStringLiteral(", "))));
    if (withdraw && ctx.isSet(QStringLiteral("basis")))
        return ctx.usage(QStringLiteral("privacy consent: --basis goes with --grant (a withdrawal is of consent)"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    ConsentService consents(*services);
    Result<QString> id = QString();
    if (grant) {
        Consent c;
        c.customerId = customerId;
        c.purpose = purpose;
        c.channel = ctx.value(QStringLiteral("channel"));
        c.source = ctx.value(QStringLiteral("source"));
        if (ctx.isSet(QStringLiteral("basis")))
            c.lawfulBasis = ctx.value(QStringLiteral("basis"));
        id = consents.record(c);
    } else {
        id = consents.withdraw(
            customerId, purpose, ctx.value(QStringLiteral("channel")), ctx.value(QStringLiteral("source")));
    }
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("id"), *id}, {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("purpose"), purpose}, {QStringLiteral("granted"), grant}});
    else
        ctx.out() << "Consent for " << purpose << (grant ? " granted" : " withdrawn") << " (entry " << *id << ")\n";
    return 0;
}

QJsonObject consentJson(const Consent &c)
{
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("purpose"), c.purpose},
        {QStringLiteral("granted"), c.granted}, {QStringLiteral("channel"), c.channel},
        {QStringLiteral("lawful_basis"), c.lawfulBasis}, {QStringLiteral("source"), c.source},
        {QStringLiteral("recorded_by"), c.recordedBy}, {QStringLiteral("recorded_at"), isoFromMs(c.recordedAt)}};
}

int cmdConsents(Context &ctx)
{
    const QString customerId = ctx.value(QStringLiteral("customer"));
    if (customerId.isEmpty() || !ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("privacy consents --customer ID [--json]"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    ConsentService consents(*services);
    auto history = consents.history(customerId);
    if (!history)
        return ctx.fail(history.error());
    auto current = consents.current(customerId);
    if (!current)
        return ctx.fail(current.error());
    if (ctx.json()) {
        QJsonArray h, now;
        for (const Consent &c : *history)
            h.append(consentJson(c));
        for (const Consent &c : *current)
            now.append(consentJson(c));
        ctx.printJson(QJsonObject {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("current"), now},
            {QStringLiteral("history"), h}});
        return 0;
    }
    QTextStream &out = ctx.out();
    out << "In force:\n";
    if (current->isEmpty())
        out << "  (no consent recorded)\n";
    for (const Consent &c : *current)
        out << "  " << c.purpose.leftJustified(24) << (c.granted ? "granted  " : "withdrawn") << "  since "
            << isoFromMs(c.recordedAt) << "\n";
    out << "History (oldest first):\n";
    for (const Consent &c : *history)
        out << "  " << isoFromMs(c.recordedAt) << "  " << c.purpose.leftJustified(24)
            << (c.granted ? "grant    " : "withdraw ") << " basis " << c.lawfulBasis
            << (c.channel.isEmpty() ? QString() : QStringLiteral(", via ") + c.channel)
            << (c.source.isEmpty() ? QString() : QStringLiteral(", source: ") + c.source) << "\n";
    return 0;
}

int cmdMailingList(Context &ctx)
{
    const QString purpose = ctx.value(QStringLiteral("purpose"));
    const QString output = ctx.value(QStringLiteral("output"));
    if (purpose.isEmpty() || output.isEmpty() || !ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("privacy mailing-list --purpose P --output FILE.csv [--json]"));
    if (!MailingListExporter::isContactPurpose(purpose))
        return ctx.usage(QStringLiteral("privacy mailing-list: --purpose is one of marketing_email, "
                                        "marketing_whatsapp_sms, phone_calls"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    MailingListExporter exporter(*services);
    auto report = exporter.exportCsv(purpose, output);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return 0;
    }
    ctx.out() << "Wrote " << output << ": " << report->included << " customers with consent for " << purpose << "\n"
              << "Left out: " << report->leftOut() << "\n"
              << "  no consent for this purpose  " << report->noConsent << "\n"
              << "  consent withdrawn            " << report->withdrawn << "\n"
              << "  no address for it            " << report->noAddress << "\n"
              << "  anonymised (erased)          " << report->erased << "\n"
              << "  deleted                      " << report->deleted << "\n";
    return 0;
}

} // namespace

void addPrivacyExportCommands(QList<Command> &commands)
{
    const QString p = QStringLiteral("privacy");
    const QString pw = QStringLiteral("the signed-in user's password");
    const QCommandLineOption customer
        = option(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID"));
    commands << Command {{p, QStringLiteral("export")},
        QStringLiteral("Write everything held about a customer to one zip (person.json, CSV files, "
                       "summary.html) for a subject-access or portability request (owner, manager); "
                       "--self: your own data; --all: the whole workspace (owner)."),
        pw,
        {customer,
            option(QStringLiteral("self"),
                QStringLiteral("Export your own data (account, usage, audit "
                               "entries by you).")),
            option(QStringLiteral("all"),
                QStringLiteral("Export every table of the workspace (owner; "
                               "for leaving the product).")),
            option(QStringLiteral("output"),
                QStringLiteral("The zip to write (replaced "
                               "atomically)."),
                QStringLiteral("FILE"))},
        QString(), cmdExport};
    commands << Command {{p, QStringLiteral("consent")},
        QStringLiteral("Record that a customer granted or withdrew consent for a purpose."), pw,
        {customer,
            option(QStringLiteral("purpose"),
                QStringLiteral("One of %1.").arg(ConsentService::purposes().join(QStringLiteral(", "))),
                QStringLiteral("PURPOSE")),
            option(QStringLiteral("grant"), QStringLiteral("Consent was given.")),
            option(QStringLiteral("withdraw"), QStringLiteral("Consent was withdrawn.")),
            option(QStringLiteral("channel"),
                QStringLiteral("How it was given or withdrawn (web_form, "
                               "email, whatsapp, in_person, …)."),
                QStringLiteral("CHANNEL")),
            option(QStringLiteral("basis"),
                QStringLiteral("Lawful basis with --grant: %1 (default: consent).")
                    .arg(ConsentService::lawfulBases().join(QStringLiteral(", "))),
                QStringLiteral("BASIS")),
            option(QStringLiteral("source"), QStringLiteral("Where it was captured."), QStringLiteral("TEXT"))},
        QString(), cmdConsent};
    commands << Command {{p, QStringLiteral("consents")},
        QStringLiteral("Show a customer's consents in force and their whole history."), pw, {customer}, QString(),
        cmdConsents};
    commands << Command {{p, QStringLiteral("mailing-list")},
        QStringLiteral("Write the customers with consent in force for a purpose to CSV, and count who "
                       "was left out and why (owner, manager)."),
        pw,
        {option(QStringLiteral("purpose"),
             QStringLiteral("marketing_email, marketing_whatsapp_sms or "
                            "phone_calls."),
             QStringLiteral("PURPOSE")),
            option(QStringLiteral("output"), QStringLiteral("The CSV file to write (replaced atomically)."),
                QStringLiteral("FILE"))},
        QString(), cmdMailingList};
}

} // namespace relasi::cli
