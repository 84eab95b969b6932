// relasi-cli import FILE | import undo IMPORT_ID | export
#include "Cli.h"

#include "io/import/ActivityImporter.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"
#include "services/ServiceContext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace relasi::cli {

void addExportCommands(QList<Command> &commands); // ExportCommands.cpp

namespace {

// --profile auto (default) or the path of a saved profile (JSON, ImportProfile::toJson()).
Result<ImportProfile> loadProfile(const QString &nameOrPath)
{
    if (nameOrPath.isEmpty() || nameOrPath == QLatin1String("auto"))
        return ImportProfile();
    QFile file(nameOrPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, QStringLiteral("no saved import profile \"%1\" (give auto or a profile's "
                                                         "JSON file)")
                                              .arg(nameOrPath));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Invalid, QStringLiteral("%1: not an import profile (%2)")
                                             .arg(nameOrPath, parseError.errorString()));
    return ImportProfile::fromJson(doc.object());
}

int cmdImport(Context &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE to import"));
    const QString path = ctx.arguments().constFirst();
    auto profile = loadProfile(ctx.value(QStringLiteral("profile")));
    if (!profile)
        return profile.code() == ErrorCode::NotFound ? ctx.usage(profile.error().message) : ctx.fail(profile.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    const bool dryRun = ctx.isSet(QStringLiteral("dry-run"));
    // Customers from CSV or vCard (.vcf, recognised by content); logs or deals when the profile says so.
    Result<ImportReport> report = Error(ErrorCode::Other, QString());
    if (profile->entity == ImportProfile::Entity::Customers) {
        CustomerImporter importer(*services);
        report = importer.run(file, *profile, {}, dryRun, QFileInfo(path).fileName());
    } else {
        ActivityImporter importer(*services);
        report = importer.run(file, *profile, {}, dryRun, QFileInfo(path).fileName());
    }
    if (!report)
        return ctx.fail(report.error());
    QString rejectedPath;
    if (report->rejected > 0) {
        rejectedPath = path + QStringLiteral(".rejected.csv");
        if (Status s = CustomerImporter::writeRejected(*report, rejectedPath); !s)
            return ctx.fail(s.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("created"), report->created},
            {QStringLiteral("updated"), report->updated},
            {QStringLiteral("skipped"), report->skipped},
            {QStringLiteral("rejected"), report->rejected},
            {QStringLiteral("rejected_report"), rejectedPath.isEmpty() ? QJsonValue() : QJsonValue(rejectedPath)},
            {QStringLiteral("import_id"), report->importId.isEmpty() ? QJsonValue() : QJsonValue(report->importId)},
        });
    } else {
        QTextStream &o = ctx.out();
        o << (dryRun ? "dry run: " : "") << report->created << " created, " << report->updated << " updated, "
          << report->skipped << " skipped (duplicates), " << report->rejected << " rejected\n";
        if (!rejectedPath.isEmpty())
            o << "rejected rows: " << rejectedPath << "\n";
        if (!report->importId.isEmpty())
            o << "import id: " << report->importId << "  (relasi-cli import undo " << report->importId << ")\n";
    }
    return 0;
}

int cmdImportUndo(Context &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one IMPORT_ID"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    CustomerImporter importer(*services);
    auto undone = importer.undo(ctx.arguments().constFirst());
    if (!undone)
        return ctx.fail(undone.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), undone->removed}, {QStringLiteral("restored"), undone->restored}});
    else
        ctx.out() << undone->removed << " customers removed, " << undone->restored << " restored\n";
    return 0;
}

} // namespace

void addImportCommands(QList<Command> &commands)
{
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    commands << Command{{QStringLiteral("import")},
                        QStringLiteral("Import customers from a CSV or vCard file (duplicates by e-mail/phone are skipped), or logs/deals "
                                       "(a profile with \"entity\": \"logs\" or \"deals\")."),
                        pw,
                        {option(QStringLiteral("profile"), QStringLiteral("auto (default) or a saved profile's JSON file."),
                                QStringLiteral("NAME")),
                         option(QStringLiteral("dry-run"), QStringLiteral("Check and count, write nothing."))},
                        QStringLiteral("FILE"),
                        cmdImport};
    commands << Command{{QStringLiteral("import"), QStringLiteral("undo")},
                        QStringLiteral("Remove what an import created and restore what it overwrote."), pw, {}, QStringLiteral("IMPORT_ID"),
                        cmdImportUndo};
    addExportCommands(commands);
}

} // namespace relasi::cli
