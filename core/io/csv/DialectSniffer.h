#pragma once

#include "io/csv/CsvDialect.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace relasi {

// Proposes a CsvDialect for a file from its first bytes: the encoding (EncodingDetector), the delimiter and
// whether the first row is a header. The user can override each in the import profile.
class DialectSniffer
{
public:
    // Candidate delimiters, in order of preference when the evidence is equal.
    static const QList<QChar> &candidateDelimiters();

    // Peeks at the device (nothing is consumed) and proposes a dialect.
    static CsvDialect sniff(QIODevice *device);
    // Same for text already decoded. complete: the sample is the whole file (its last line is not cut off).
    static CsvDialect sniffText(const QString &sample, bool complete);

    // The candidate whose quote-aware field counts are most consistent over the sample's first lines, preferring
    // more fields; ',' when no candidate splits the lines.
    static QChar sniffDelimiter(const QString &sample, bool complete, QChar quote = QLatin1Char('"'));

    // The first row is a header when all its values are non-empty text (no numbers, dates, e-mail addresses or
    // phone numbers), distinct (ignoring case), and none recurs below it in its own column. Data rows of the same
    // kind as a header (numbers, e-mails, phones) thus say "no header"; plain text throughout says "header", as
    // in nearly all contact exports.
    static bool sniffHeader(const QList<QStringList> &rows);

    // Parses the sample quote-aware into at most maxRows records (a cut-off last record is dropped).
    static QList<QStringList> sampleRows(
        const QString &sample, bool complete, QChar delimiter, QChar quote, int maxRows = 50);
};

} // namespace relasi
