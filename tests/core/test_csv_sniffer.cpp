#include <catch2/catch.hpp>

#include "io/csv/DialectSniffer.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

using namespace relasi;

namespace {

CsvDialect sniffFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const CsvDialect dialect = DialectSniffer::sniff(&file);
    CHECK(file.pos() == 0); // sniffing only peeks
    return dialect;
}

QList<QStringList> rowsOf(const char *text)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

} // namespace

TEST_CASE("the delimiter is the one that splits lines consistently", "[csv]")
{
    struct Case {
        const char *text;
        char delimiter;
    };
    const auto c = GENERATE(Case {"a,b,c\n1,2,3\n4,5,6\n", ','}, Case {"a;b;c\n1;2,5;3\n4;5;6,75\n", ';'},
        Case {"a\tb\n1\t2\n", '\t'}, Case {"a|b|c\n1|2|3\n", '|'},
        // Commas inside quotes do not count.
        Case {"name;note\n\"Budi\";\"a, b, c\"\n\"Siti\";\"d, e\"\n", ';'},
        // A quoted line break does not make a short line.
        Case {"a;b\n\"x\ny, z\";2\n3;4\n", ';'},
        // One column only: comma by default.
        Case {"email\nbudi@example.com\n", ','});
    CAPTURE(c.text);
    CHECK(DialectSniffer::sniffDelimiter(QString::fromUtf8(c.text), true) == QLatin1Char(c.delimiter));
}

TEST_CASE("semicolon files from Indonesian Excel are sniffed", "[csv]")
{
    const CsvDialect d = sniffFile(QDir(test::projectTestdataDir()).filePath(QStringLiteral("csv/semicolon_id.csv")));
    CHECK(d.delimiter == QLatin1Char(';'));
    CHECK(d.hasHeader);
    CHECK(d.encoding == "UTF-8");
    CHECK_FALSE(d.hadBom);
}

TEST_CASE("a sample cut off mid-record still sniffs", "[csv]")
{
    QString text = QStringLiteral("Nama;Kota\n");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Orang %1;\"Kota, %1\"\n").arg(i);
    text += QStringLiteral("Terpotong;\"Kota");
    CHECK(DialectSniffer::sniffDelimiter(text, false) == QLatin1Char(';'));
}

TEST_CASE("header detection", "[csv]")
{
    struct Case {
        const char *text;
        bool header;
    };
    const auto c = GENERATE(Case {"a,b,c\n1,2,3\n", true}, Case {"1,2,3\n", false}, Case {"a,b,c\n", true},
        Case {"name,email\nBudi,budi@example.com\n", true},
        Case {"Budi,budi@example.com\nSiti,siti@example.com\n", false}, Case {"name,name\nBudi,Siti\n", false},
        Case {"name,,phone\nBudi,x,1\n", false}, Case {"Nama,Telepon\nBudi,+62 812 3456 7890\n", true},
        Case {"Nama,Kota\nBudi,Jakarta\nSiti,Jakarta\n", true},
        Case {"Budi,Jakarta\nSiti,Bandung\nAndi,Jakarta\nBudi,Bogor\n", false},
        Case {"Date,Amount\n2024-01-02,100\n", true}, Case {"2024-01-02,100\n2024-01-03,7\n", false});
    CAPTURE(c.text);
    CHECK(DialectSniffer::sniffHeader(rowsOf(c.text)) == c.header);
}

TEST_CASE("sniffing shared exports", "[csv]")
{
    const QString dir = test::sharedTestdataDir();
    if (dir.isEmpty())
        RELASI_SKIP("shared test data absent");
    struct Case {
        const char *file;
        char delimiter;
        bool header;
    };
    const auto c = GENERATE(Case {"exports/thunderbird/csv_semicolon.csv", ';', true},
        Case {"exports/thunderbird/csv_no_header.csv", ',', false},
        Case {"exports/thunderbird/basic_csv_addressbook.csv", ',', true},
        Case {"exports/roundcube-csv2vcard/gmail.csv", ',', true},
        Case {"csv-conformance/csvkit/dummy.tsv", '\t', true},
        Case {"csv-conformance/csvkit/no_header_row.csv", ',', false},
        Case {"csv-conformance/commons-csv/CSV-213/999751170.patch.csv", ';', true});
    CAPTURE(c.file);
    const CsvDialect d = sniffFile(dir + QLatin1Char('/') + QLatin1String(c.file));
    CHECK(d.delimiter == QLatin1Char(c.delimiter));
    CHECK(d.hasHeader == c.header);
}

TEST_CASE("sniffing reports the encoding and BOM", "[csv]")
{
    QByteArray bytes = "\xEF\xBB\xBFnama;kota\nBudi;Jakarta\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const CsvDialect d = DialectSniffer::sniff(&buffer);
    CHECK(d.encoding == "UTF-8");
    CHECK(d.hadBom);
    CHECK(d.delimiter == QLatin1Char(';'));
    CHECK(d.hasHeader);
    QByteArray empty;
    QBuffer none(&empty);
    none.open(QIODevice::ReadOnly);
    const CsvDialect e = DialectSniffer::sniff(&none);
    CHECK(e.delimiter == QLatin1Char(','));
    CHECK_FALSE(e.hasHeader);
}
