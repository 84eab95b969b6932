#include "io/csv/DialectSniffer.h"

#include "io/csv/CsvReader.h"
#include "io/csv/EncodingDetector.h"
#include "io/csv/TextDecoder.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace relasi {

namespace {

constexpr qsizetype kSampleBytes = 64 * 1024;

// The kind of a value, for telling a header row from data.
enum class Kind { Empty, Number, Date, Email, Phone, Text };

Kind kindOf(const QString &raw)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)*%?$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}([ T].*)?$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]{6,}$"));
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return Kind::Empty;
    if (number.match(v).hasMatch())
        return Kind::Number;
    if (date.match(v).hasMatch())
        return Kind::Date;
    if (email.match(v).hasMatch())
        return Kind::Email;
    if (phone.match(v).hasMatch())
        return Kind::Phone;
    return Kind::Text;
}

} // namespace

const QList<QChar> &DialectSniffer::candidateDelimiters()
{
    static const QList<QChar> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    return candidates;
}

QList<QStringList> DialectSniffer::sampleRows(
    const QString &sample, bool complete, QChar delimiter, QChar quote, int maxRows)
{
    QByteArray bytes = sample.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    dialect.quote = quote;
    dialect.encoding = QByteArrayLiteral("UTF-8");
    CsvReader reader(&buffer, dialect);
    reader.setSkipEmptyLines(true);
    QList<QStringList> rows;
    CsvRecord record;
    while (rows.size() < maxRows) {
        const bool ok = reader.readRecord(record);
        if (!ok && reader.atEnd())
            break;
        if (!ok && !reader.error().isRecoverable())
            break; // an unterminated quote: the sample ends inside a record
        rows.append(record.fields);
    }
    // The last record of a cut-off sample is likely incomplete.
    if (!complete && reader.atEnd() && rows.size() > 1)
        rows.removeLast();
    return rows;
}

QChar DialectSniffer::sniffDelimiter(const QString &sample, bool complete, QChar quote)
{
    QChar best = QLatin1Char(',');
    double bestConsistency = 0.0;
    qsizetype bestFields = 1;
    for (const QChar candidate : candidateDelimiters()) {
        if (!sample.contains(candidate))
            continue;
        const QList<QStringList> rows = sampleRows(sample, complete, candidate, quote, 30);
        if (rows.isEmpty())
            continue;
        QHash<qsizetype, int> counts;
        for (const QStringList &row : rows)
            ++counts[row.size()];
        qsizetype modeFields = 1;
        int modeCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > modeCount || (it.value() == modeCount && it.key() > modeFields)) {
                modeFields = it.key();
                modeCount = it.value();
            }
        }
        if (modeFields < 2)
            continue;
        const double consistency = double(modeCount) / double(rows.size());
        if (consistency > bestConsistency + 1e-9
            || (qAbs(consistency - bestConsistency) <= 1e-9 && modeFields > bestFields)) {
            best = candidate;
            bestConsistency = consistency;
            bestFields = modeFields;
        }
    }
    return best;
}

bool DialectSniffer::sniffHeader(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return false;
    const QStringList &header = rows.first();
    QSet<QString> seen;
    for (const QString &name : header) {
        if (kindOf(name) != Kind::Text)
            return false;
        const QString key = name.trimmed().toCaseFolded();
        if (seen.contains(key))
            return false;
        seen.insert(key);
    }
    if (rows.size() == 1)
        return true;

    // Columns whose data differ in kind from their header (numbers, e-mails under a name) confirm it; plain text
    // throughout gives no evidence either way, and then a header is assumed, as in nearly all contact exports.
    for (qsizetype col = 0; col < header.size(); ++col) {
        const QString name = header.at(col).trimmed();
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (col < rows.at(r).size() && rows.at(r).at(col).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return false; // the "header" value recurs as data in its own column
        }
    }
    return true;
}

CsvDialect DialectSniffer::sniffText(const QString &sample, bool complete)
{
    CsvDialect dialect;
    dialect.delimiter = sniffDelimiter(sample, complete, dialect.quote);
    dialect.hasHeader = sniffHeader(sampleRows(sample, complete, dialect.delimiter, dialect.quote, 20));
    return dialect;
}

CsvDialect DialectSniffer::sniff(QIODevice *device)
{
    const EncodingDetector::Detection detection = EncodingDetector::detect(device);
    const QByteArray head = device->peek(kSampleBytes);
    const bool complete = !device->isSequential() && device->pos() + head.size() >= device->size();
    TextDecoder decoder(detection.encoding);
    QString text = decoder.decode(head.mid(detection.bomLength));
    if (complete)
        text += decoder.finish();
    CsvDialect dialect = sniffText(text, complete);
    dialect.encoding = detection.encoding;
    dialect.hadBom = detection.fromBom();
    return dialect;
}

} // namespace relasi
