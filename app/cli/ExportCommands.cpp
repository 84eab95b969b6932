// relasi-cli export --entity customers|logs|deals|tasks --format csv|vcard|xlsx --output FILE
#include "Cli.h"

#include "io/export/RecordExporter.h"
#include "services/ServiceContext.h"

#include <QJsonObject>

namespace relasi::cli {

namespace {

int cmdExport(Context &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(QStringLiteral("export takes no arguments (give --output FILE)"));
    const QString output = ctx.value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.usage(QStringLiteral("export needs --output FILE"));
    ExportOptions options;
    const QString entityName = ctx.isSet(QStringLiteral("entity")) ? ctx.value(QStringLiteral("entity")) : QStringLiteral("customers");
    const auto entity = exportEntityFromName(entityName);
    if (!entity)
        return ctx.usage(QStringLiteral("unknown --entity %1 (customers, logs, deals, tasks)").arg(entityName));
    options.entity = *entity;
    const QString formatName = ctx.isSet(QStringLiteral("format")) ? ctx.value(QStringLiteral("format")) : QStringLiteral("csv");
    const auto format = exportFormatFromName(formatName);
    if (!format)
        return ctx.usage(QStringLiteral("unknown --format %1 (csv, vcard, xlsx)").arg(formatName));
    options.format = *format;
    if (options.format == ExportFormat::VCard && options.entity != ExportEntity::Customers)
        return ctx.usage(QStringLiteral("--format vcard is for --entity customers only"));

    const QString encoding = ctx.isSet(QStringLiteral("encoding")) ? ctx.value(QStringLiteral("encoding")) : QStringLiteral("utf-8");
    if (encoding == QLatin1String("utf-8"))
        options.csv.encoding = CsvWriter::Encoding::Utf8;
    else if (encoding == QLatin1String("utf-8-bom"))
        options.csv.encoding = CsvWriter::Encoding::Utf8WithBom;
    else if (encoding == QLatin1String("utf-16le"))
        options.csv.encoding = CsvWriter::Encoding::Utf16LE;
    else
        return ctx.usage(QStringLiteral("unknown --encoding (utf-8, utf-8-bom, utf-16le)"));
    const QString delimiter = ctx.isSet(QStringLiteral("delimiter")) ? ctx.value(QStringLiteral("delimiter")) : QStringLiteral("comma");
    if (delimiter == QLatin1String("comma"))
        options.csv.delimiter = QLatin1Char(',');
    else if (delimiter == QLatin1String("semicolon"))
        options.csv.delimiter = QLatin1Char(';');
    else if (delimiter == QLatin1String("tab"))
        options.csv.delimiter = QLatin1Char('\t');
    else
        return ctx.usage(QStringLiteral("unknown --delimiter (comma, semicolon, tab)"));
    options.csv.formulaGuard = !ctx.isSet(QStringLiteral("no-formula-guard"));
    const QString version = ctx.isSet(QStringLiteral("vcard-version")) ? ctx.value(QStringLiteral("vcard-version")) : QStringLiteral("3.0");
    if (version == QLatin1String("3.0") || version == QLatin1String("3"))
        options.vcardVersion = VCardWriter::Version::V3;
    else if (version == QLatin1String("4.0") || version == QLatin1String("4"))
        options.vcardVersion = VCardWriter::Version::V4;
    else
        return ctx.usage(QStringLiteral("unknown --vcard-version (3.0, 4.0)"));

    ServiceContext *services = ctx.openServices();
    if (!services)
        return ctx.exitCode();
    RecordExporter exporter(*services);
    auto written = exporter.exportTo(output, options);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("exported"), double(*written)},
                                  {QStringLiteral("entity"), exportEntityName(options.entity)},
                                  {QStringLiteral("output"), output}});
    else
        ctx.out() << *written << " " << exportEntityName(options.entity) << " exported to " << output << "\n";
    return 0;
}

} // namespace

void addExportCommands(QList<Command> &commands)
{
    commands << Command{
        {QStringLiteral("export")},
        QStringLiteral("Export records to a file (CSV, .xlsx, or vCard for customers); needs the bulk-export right."),
        QStringLiteral("password (of --user, default the owner)"),
        {option(QStringLiteral("entity"), QStringLiteral("customers (default), logs, deals or tasks."), QStringLiteral("ENTITY")),
         option(QStringLiteral("format"), QStringLiteral("csv (default), vcard (customers) or xlsx."), QStringLiteral("FORMAT")),
         option(QStringLiteral("output"), QStringLiteral("The file to write (replaced atomically)."), QStringLiteral("FILE")),
         option(QStringLiteral("encoding"), QStringLiteral("CSV: utf-8 (default), utf-8-bom or utf-16le."), QStringLiteral("ENC")),
         option(QStringLiteral("delimiter"), QStringLiteral("CSV: comma (default), semicolon or tab."), QStringLiteral("D")),
         option(QStringLiteral("no-formula-guard"),
                QStringLiteral("CSV: do not neutralise cells starting with = + - @ (for programs, not spreadsheets).")),
         option(QStringLiteral("vcard-version"), QStringLiteral("vCard: 3.0 (default) or 4.0."), QStringLiteral("V"))},
        QString(),
        cmdExport};
}

} // namespace relasi::cli
