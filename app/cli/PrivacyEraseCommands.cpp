// relasi-cli privacy erase|anonymize|hold (the owner's erasure rights; docs/privacy.md)
#include "Cli.h"

#include "privacy/ErasureService.h"
#include "privacy/LegalHold.h"
#include "services/ServiceContext.h"

#include <QJsonObject>

#include <cstdio>
#include <string>

namespace relasi::cli {

namespace {

void printPreview(Context &ctx, const ErasurePreview &p)
{
    QTextStream &out = ctx.out();
    out << (p.mode == ErasurePreview::Mode::Erase ? "Erase" : "Anonymise") << " customer " << p.customerId << " ("
        << p.displayName << ")" << (p.legalHold ? " - UNDER LEGAL HOLD" : "") << "\n";
    for (const ErasurePreview::Row &r : p.rows) {
        out << "  " << ErasurePreview::fateName(r.fate).leftJustified(11) << r.kind.leftJustified(16) << " " << r.count;
        if (r.kind == QLatin1String("audit_entries"))
            out << "  (ids and counts only, no personal values)";
        out << "\n";
    }
    out.flush();
}

bool readConfirmation(Context &ctx, const QString &word)
{
    ctx.err() << "Type " << word << " to go ahead, anything else cancels: " << Qt::flush;
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    return QString::fromStdString(line).trimmed() == word;
}

int runErasure(Context &ctx, ErasurePreview::Mode mode)
{
    const QString verb = ErasurePreview::modeName(mode);
    const QString customerId = ctx.value(QStringLiteral("customer"));
    if (customerId.isEmpty() || !ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("privacy %1 --customer ID [--yes | --preview]").arg(verb));
    const bool yes = ctx.isSet(QStringLiteral("yes"));
    const bool previewOnly = ctx.isSet(QStringLiteral("preview"));
    // Nothing is opened (nor audited) when the confirmation could not be asked.
    if (!yes && !previewOnly && (!stdinIsTerminal() || ctx.isSet(QStringLiteral("password-stdin"))))
        return ctx.usage(QStringLiteral("privacy %1: not on a terminal, so it cannot ask: pass --yes to confirm or "
                                        "--preview to see what would happen; nothing was changed")
                             .arg(verb));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    ErasureService erasure(*services);
    if (!yes) {
        auto preview = erasure.preview(customerId, mode);
        if (!preview)
            return ctx.fail(preview.error());
        if (ctx.json())
            ctx.printJson(preview->toJson());
        else
            printPreview(ctx, *preview);
        if (previewOnly)
            return 0;
        const QString word = mode == ErasurePreview::Mode::Erase ? QStringLiteral("ERASE") : QStringLiteral("ANONYMISE");
        if (!readConfirmation(ctx, word))
            return ctx.fail(Error(ErrorCode::Cancelled, QStringLiteral("cancelled; nothing was changed")));
    }
    auto report = mode == ErasurePreview::Mode::Erase ? erasure.erase(customerId) : erasure.anonymize(customerId);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(report->toJson());
    } else {
        ctx.out() << (mode == ErasurePreview::Mode::Erase ? "Erased" : "Anonymised") << " customer " << customerId
                  << ": " << report->markers << " erasure markers, " << report->outboxScrubbed
                  << " earlier changes scrubbed" << (report->walTruncated ? "" : " (WAL still in use: run again later)")
                  << "\n";
    }
    return 0;
}

int cmdErase(Context &ctx)
{
    return runErasure(ctx, ErasurePreview::Mode::Erase);
}

int cmdAnonymize(Context &ctx)
{
    return runErasure(ctx, ErasurePreview::Mode::Anonymize);
}

int cmdHold(Context &ctx)
{
    const QString customerId = ctx.value(QStringLiteral("customer"));
    const bool set = ctx.isSet(QStringLiteral("set"));
    const bool clear = ctx.isSet(QStringLiteral("clear"));
    if (customerId.isEmpty() || set == clear || !ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("privacy hold --customer ID --set|--clear"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    LegalHold hold(*services);
    if (Status s = hold.set(customerId, set); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("legal_hold"), set}});
    else
        ctx.out() << "Legal hold " << (set ? "set on" : "cleared from") << " customer " << customerId << "\n";
    return 0;
}

} // namespace

void addPrivacyEraseCommands(QList<Command> &commands)
{
    const QString p = QStringLiteral("privacy");
    const QString pw = QStringLiteral("the owner's password");
    const QList<QCommandLineOption> erasing{
        option(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID")),
        option(QStringLiteral("yes"), QStringLiteral("Do it without asking (required when not on a terminal).")),
        option(QStringLiteral("preview"), QStringLiteral("Only show what would be deleted and kept."))};
    commands << Command{{p, QStringLiteral("erase")},
                        QStringLiteral("Erase a customer and all their personal data, deals and payments included "
                                       "(owner only; refused under legal hold)."),
                        pw, erasing, QString(), cmdErase};
    commands << Command{{p, QStringLiteral("anonymize")},
                        QStringLiteral("Anonymise a customer: deals and payments stay for the books, everything "
                                       "identifying goes (owner only; refused under legal hold)."),
                        pw, erasing, QString(), cmdAnonymize};
    commands << Command{{p, QStringLiteral("hold")},
                        QStringLiteral("Set or clear a customer's legal hold, which blocks erasure and retention "
                                       "(owner only)."),
                        pw,
                        {option(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID")),
                         option(QStringLiteral("set"), QStringLiteral("Put the customer under legal hold.")),
                         option(QStringLiteral("clear"), QStringLiteral("Lift the legal hold."))},
                        QString(), cmdHold};
}

} // namespace relasi::cli
