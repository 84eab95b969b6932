// relasi-cli import FILE | import undo IMPORT_ID | export
#include "Cli.h"

#include "io/export/CustomerCsvExporter.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"
#include "services/ServiceContext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace relasi::cli {

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
    CustomerImporter importer(*services);
    auto report = importer.run(file, *profile, {}, dryRun, QFileInfo(path).fileName());
    if (!report)
        return ctx.fail(report.error());
    QString rejectedPath;
    if (report->rejected > 0) {
        rejectedPath = path + QStringLiteral(".rejected.csv");
        if (Status s = importer.writeRejected(rejectedPath); !s)
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
    auto removed = importer.undo(ctx.arguments().constFirst());
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), *removed}});
    else
        ctx.out() << *removed << " customers removed\n";
    return 0;
}

int cmdExport(Context &ctx)
{
    const QString entity = ctx.value(QStringLiteral("entity"));
    const QString format = ctx.isSet(QStringLiteral("format")) ? ctx.value(QStringLiteral("format")) : QStringLiteral("csv");
    const QString output = ctx.value(QStringLiteral("output"));
    if (entity.isEmpty() || output.isEmpty())
        return ctx.usage(QStringLiteral("export needs --entity and --output"));
    if (entity != QLatin1String("customers"))
        return ctx.usage(QStringLiteral("export of %1 is not yet supported (only --entity customers)").arg(entity));
    if (format != QLatin1String("csv"))
        return ctx.usage(QStringLiteral("export as %1 is not yet supported (only --format csv)").arg(format));
    CsvWriter::Options options;
    const QString encoding = ctx.isSet(QStringLiteral("encoding")) ? ctx.value(QStringLiteral("encoding")) : QStringLiteral("utf-8");
    if (encoding == QLatin1String("utf-8"))
        options.encoding = CsvWriter::Encoding::Utf8;
    else if (encoding == QLatin1String("utf-8-bom"))
        options.encoding = CsvWriter::Encoding::Utf8WithBom;
    else if (encoding == QLatin1String("utf-16le"))
        options.encoding = CsvWriter::Encoding::Utf16LE;
    else
        return ctx.usage(QStringLiteral("unknown --encoding (utf-8, utf-8-bom, utf-16le)"));
    const QString delimiter = ctx.isSet(QStringLiteral("delimiter")) ? ctx.value(QStringLiteral("delimiter")) : QStringLiteral("comma");
    if (delimiter == QLatin1String("comma"))
        options.delimiter = QLatin1Char(',');
    else if (delimiter == QLatin1String("semicolon"))
        options.delimiter = QLatin1Char(';');
    else if (delimiter == QLatin1String("tab"))
        options.delimiter = QLatin1Char('\t');
    else
        return ctx.usage(QStringLiteral("unknown --delimiter (comma, semicolon, tab)"));
    options.formulaGuard = !ctx.isSet(QStringLiteral("no-formula-guard"));
    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    CustomerCsvExporter exporter(*services);
    auto written = exporter.exportTo(output, options);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("exported"), double(*written)}, {QStringLiteral("output"), output}});
    else
        ctx.out() << *written << " customers exported to " << output << "\n";
    return 0;
}

} // namespace

void addImportCommands(QList<Command> &commands)
{
    const QString pw = QStringLiteral("password (of --user, default the owner)");
    commands << Command{{QStringLiteral("import")},
                        QStringLiteral("Import customers from a CSV file (duplicates by e-mail/phone are skipped)."),
                        pw,
                        {option(QStringLiteral("profile"), QStringLiteral("auto (default) or a saved profile's JSON file."),
                                QStringLiteral("NAME")),
                         option(QStringLiteral("dry-run"), QStringLiteral("Check and count, write nothing."))},
                        QStringLiteral("FILE"),
                        cmdImport};
    commands << Command{{QStringLiteral("import"), QStringLiteral("undo")},
                        QStringLiteral("Remove the customers an import created."), pw, {}, QStringLiteral("IMPORT_ID"),
                        cmdImportUndo};
    commands << Command{
        {QStringLiteral("export")},
        QStringLiteral("Export records to a file (customers as CSV for now)."),
        pw,
        {option(QStringLiteral("entity"), QStringLiteral("customers (logs, deals, tasks: not yet supported)."),
                QStringLiteral("ENTITY")),
         option(QStringLiteral("format"), QStringLiteral("csv (default; vcard, xlsx: not yet supported)."),
                QStringLiteral("FORMAT")),
         option(QStringLiteral("output"), QStringLiteral("The file to write (replaced atomically)."), QStringLiteral("FILE")),
         option(QStringLiteral("encoding"), QStringLiteral("utf-8 (default), utf-8-bom or utf-16le."), QStringLiteral("ENC")),
         option(QStringLiteral("delimiter"), QStringLiteral("comma (default), semicolon or tab."), QStringLiteral("D")),
         option(QStringLiteral("no-formula-guard"),
                QStringLiteral("Do not neutralise cells starting with = + - @ (for programs, not spreadsheets)."))},
        QString(),
        cmdExport};
}

} // namespace relasi::cli
