// SubjectAccessExporter: summary.html, the bundle's human-readable page. Every value is HTML-escaped; the
// page has no scripts, no external resources and no links.
#include "privacy/SubjectAccessExporter.h"

#include <QDateTime>

namespace relasi {

namespace {

QString esc(const QString &s)
{
    // QString::toHtmlEscaped covers < > & and "; the apostrophe too, so a value is inert in any context.
    return s.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

} // namespace

QByteArray SubjectAccessExporter::summaryHtml(
    const QString &heading, const QList<Section> &sections, qint64 generatedAtMs)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">\n<title>");
    h += esc(heading);
    h += QStringLiteral(" - personal data</title>\n<style>\n"
                        "body{font-family:sans-serif;margin:2em;color:#222}\n"
                        "table{border-collapse:collapse;margin-bottom:1.5em}\n"
                        "th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top;"
                        "white-space:pre-wrap}\n"
                        "th{background:#eee}\n.empty{color:#777;font-style:italic}\n</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>Personal data held about ") + esc(heading) + QStringLiteral("</h1>\n");
    h += QStringLiteral("<p>Generated ")
        + esc(QDateTime::fromMSecsSinceEpoch(generatedAtMs, Qt::UTC).toString(Qt::ISODate))
        + QStringLiteral(" (UTC). The same data, complete and machine-readable, is in person.json and the CSV files "
                         "of this bundle. Payment references are masked to their last four characters.</p>\n");
    for (const Section &s : sections) {
        h += QStringLiteral("<h2>") + esc(s.title) + QStringLiteral(" (") + QString::number(s.rows.size())
            + QStringLiteral(")</h2>\n");
        if (s.rows.isEmpty()) {
            h += QStringLiteral("<p class=\"empty\">None.</p>\n");
            continue;
        }
        if (s.rows.size() == 1 && s.key == QLatin1String("customer")) {
            // The profile reads better as field / value pairs.
            const QJsonObject o = s.rows.first().toObject();
            h += QStringLiteral("<table>\n");
            for (const QString &c : s.columns)
                h += QStringLiteral("<tr><th>") + esc(c) + QStringLiteral("</th><td>") + esc(cellText(o.value(c)))
                    + QStringLiteral("</td></tr>\n");
            h += QStringLiteral("</table>\n");
            continue;
        }
        h += QStringLiteral("<table>\n<tr>");
        for (const QString &c : s.columns)
            h += QStringLiteral("<th>") + esc(c) + QStringLiteral("</th>");
        h += QStringLiteral("</tr>\n");
        for (const QJsonValue &row : s.rows) {
            const QJsonObject o = row.toObject();
            h += QStringLiteral("<tr>");
            for (const QString &c : s.columns)
                h += QStringLiteral("<td>") + esc(cellText(o.value(c))) + QStringLiteral("</td>");
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace relasi
