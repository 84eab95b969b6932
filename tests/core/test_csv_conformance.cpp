// The reader against the shared conformance files (../shared/testdata/csv-conformance, see its SOURCES.md).
#include <catch2/catch.hpp>

#include "io/csv/CsvReader.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace relasi;

namespace {

struct FileOutcome {
    QList<CsvRecord> records;
    QList<CsvError> errors;
    CsvDialect dialect;
};

template<typename Configure> FileOutcome readFile(const QString &path, CsvDialect dialect, Configure configure)
{
    FileOutcome out;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, dialect);
    configure(reader);
    CsvRecord rec;
    for (int guard = 0; guard < 100000; ++guard) {
        if (reader.readRecord(rec)) {
            out.records.append(rec);
            continue;
        }
        if (reader.atEnd())
            break;
        out.errors.append(reader.error());
    }
    REQUIRE(reader.atEnd());
    out.dialect = reader.dialect();
    return out;
}

FileOutcome readFile(const QString &path, CsvDialect dialect = CsvDialect())
{
    return readFile(path, dialect, [](CsvReader &) {});
}

QString conformanceDir()
{
    const QString dir = test::sharedTestdataDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/csv-conformance/");
}

QStringList strings(std::initializer_list<const char *> values)
{
    QStringList l;
    for (const char *v : values)
        l.append(QString::fromUtf8(v));
    return l;
}

// Raw offsets at which each physical line starts.
QList<qint64> lineStarts(const QByteArray &bytes)
{
    QList<qint64> starts {0};
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' && i + 1 < bytes.size())
            starts.append(i + 1);
    }
    return starts;
}

} // namespace

TEST_CASE("csv-spectrum: every file reads as its JSON says", "[csv]")
{
    const QString base = conformanceDir();
    if (base.isEmpty())
        RELASI_SKIP("shared test data absent");
    const QDir csvs(base + QStringLiteral("csv-spectrum/csvs"));
    const QStringList files = csvs.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 12);
    for (const QString &name : files) {
        CAPTURE(name);
        const QString jsonPath = base + QStringLiteral("csv-spectrum/json/") + QFileInfo(name).completeBaseName()
            + QStringLiteral(".json");
        const QJsonDocument doc = QJsonDocument::fromJson(test::readAll(jsonPath));
        // Upstream, location_coordinates.json is a single object rather than an array, and its phone number
        // (1234567890) is not the CSV's (2095257564): that one value is not compared.
        const QJsonArray expected = doc.isArray() ? doc.array() : QJsonArray {doc.object()};
        REQUIRE(!expected.isEmpty());
        const QString knownMismatch
            = name == QLatin1String("location_coordinates.csv") ? QStringLiteral("Contact Phone Number") : QString();
        const FileOutcome o = readFile(csvs.filePath(name));
        REQUIRE(o.errors.isEmpty());
        REQUIRE(o.records.size() == expected.size() + 1);
        const QStringList header = o.records.first().fields;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject object = expected.at(i).toObject();
            const QStringList &fields = o.records.at(i + 1).fields;
            REQUIRE(fields.size() == header.size());
            CHECK(object.size() == header.size());
            for (qsizetype col = 0; col < header.size(); ++col) {
                REQUIRE(object.contains(header.at(col)));
                if (header.at(col) != knownMismatch)
                    CHECK(fields.at(col) == object.value(header.at(col)).toString());
            }
        }
    }
}

TEST_CASE("commons-csv CSVFileParser expectation files", "[csv]")
{
    const QString base = conformanceDir();
    if (base.isEmpty())
        RELASI_SKIP("shared test data absent");
    const QDir dir(base + QStringLiteral("commons-csv/CSVFileParser"));
    const QStringList controls = dir.entryList({QStringLiteral("test*.txt")}, QDir::Files, QDir::Name);
    REQUIRE(controls.size() >= 6);
    for (const QString &control : controls) {
        CAPTURE(control);
        const QStringList lines = QString::fromUtf8(test::readAll(dir.filePath(control))).split(QLatin1Char('\n'));
        REQUIRE(lines.size() > 2);
        // Line 1: data file and settings; line 2: Commons-CSV's own format description (not ours to match).
        const QStringList settings = lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool checkComments = false;
        const FileOutcome o = readFile(dir.filePath(settings.first()), CsvDialect(), [&](CsvReader &reader) {
            for (const QString &s : settings.mid(1)) {
                if (s == QLatin1String("IgnoreEmpty=true"))
                    reader.setSkipEmptyLines(true);
                else if (s == QLatin1String("IgnoreSpaces=true"))
                    reader.setTrimSpaces(true);
                else if (s.startsWith(QLatin1String("CommentStart=")))
                    reader.setCommentChar(s.at(13));
                else if (s == QLatin1String("CheckComments"))
                    checkComments = true;
            }
        });
        REQUIRE(o.errors.isEmpty());
        QStringList expected;
        for (const QString &line : lines.mid(2)) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            QString record = line;
            // With CheckComments, a record's expectation ends with the comment before it: "n:[…]#comment".
            const qsizetype hash = record.lastIndexOf(QLatin1String("]#"));
            if (checkComments && hash >= 0)
                record.truncate(hash + 1);
            expected.append(record);
        }
        QStringList actual;
        for (const CsvRecord &r : o.records)
            actual.append(QStringLiteral("%1:[%2]").arg(r.fieldCount()).arg(r.fields.join(QLatin1String(", "))));
        CHECK(actual == expected);
    }
}

TEST_CASE("commons-csv bom.csv: the BOM is not part of the first header", "[csv]")
{
    const QString base = conformanceDir();
    if (base.isEmpty())
        RELASI_SKIP("shared test data absent");
    const FileOutcome o = readFile(base + QStringLiteral("commons-csv/CSVFileParser/bom.csv"));
    REQUIRE(o.errors.isEmpty());
    CHECK(o.dialect.hadBom);
    REQUIRE(o.records.size() == 252);
    CHECK(o.records.first().fields == strings({"Date", " Open", " High", " Low", " Close", " Volume"}));
    for (const CsvRecord &r : o.records)
        CHECK(r.fieldCount() == 6);
    const QByteArray raw = test::readAll(base + QStringLiteral("commons-csv/CSVFileParser/bom.csv"));
    CHECK(o.records.at(1).byteOffset == raw.indexOf('\n') + 1);
    CHECK(o.records.at(251).byteOffset == raw.lastIndexOf('\n', raw.size() - 2) + 1);
}

TEST_CASE("commons-csv CSV-196: emoji and Japanese, with byte offsets of each record", "[csv]")
{
    const QString base = conformanceDir();
    if (base.isEmpty())
        RELASI_SKIP("shared test data absent");
    const auto name = GENERATE(as<QString>(), QStringLiteral("emoji.csv"), QStringLiteral("japanese.csv"));
    CAPTURE(name);
    const QString path = base + QStringLiteral("commons-csv/CSV-196/") + name;
    const QByteArray raw = test::readAll(path);
    const FileOutcome o = readFile(path);
    REQUIRE(o.errors.isEmpty());
    const QList<qint64> starts = lineStarts(raw);
    REQUIRE(o.records.size() == starts.size());
    for (qsizetype i = 0; i < o.records.size(); ++i) {
        CHECK(o.records.at(i).byteOffset == starts.at(i));
        CHECK(o.records.at(i).line == i + 1);
        CHECK(o.records.at(i).fieldCount() == o.records.first().fieldCount());
    }
    if (name == QLatin1String("emoji.csv")) {
        QString tenSmiles;
        for (int i = 0; i < 10; ++i)
            tenSmiles += QStringLiteral("\U0001F604");
        CHECK(o.records.at(1).fields.at(1) == tenSmiles);
    } else {
        CHECK(o.records.at(1).fields.at(2) == QStringLiteral("きちんと節分近くには咲いてる。自然の力ってすごいな～"));
        CHECK(o.records.at(1).fields.at(3) == QStringLiteral("v2"));
    }
}

TEST_CASE("commons-csv CSV-254, CSV-213, CSV-290, csv-167 and CSV-141", "[csv]")
{
    const QString base = conformanceDir();
    if (base.isEmpty())
        RELASI_SKIP("shared test data absent");
    const QString dir = base + QStringLiteral("commons-csv/");

    SECTION("CSV-254: a trailing empty field and an empty quoted field are both empty strings")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("CSV-254/csv-254.csv"));
        REQUIRE(o.records.size() == 3);
        CHECK(o.records.at(0).fields == strings({"AA", "33", ""}));
        CHECK(o.records.at(1).fields == strings({"AA", "", ""}));
        CHECK(o.records.at(2).fields == strings({"", "33", "CC"}));
    }
    SECTION("CSV-213: semicolons with quoted values")
    {
        CsvDialect semicolon;
        semicolon.delimiter = QLatin1Char(';');
        const FileOutcome o = readFile(dir + QStringLiteral("CSV-213/999751170.patch.csv"), semicolon);
        REQUIRE(o.errors.isEmpty());
        REQUIRE(o.records.size() >= 2);
        CHECK(o.records.at(0).fields == strings({"CHANELID", "ADDRESS"}));
        CHECK(o.records.at(1).fields == strings({"27", ""}));
    }
    SECTION("CSV-290: PostgreSQL CSV output with line breaks and control characters")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("CSV-290/psql.csv"));
        REQUIRE(o.errors.isEmpty());
        REQUIRE(o.records.size() == 3);
        CHECK(o.records.at(0).fields == strings({"1", "abc", "test line 1\ntest line 2", "", ""}));
        CHECK(o.records.at(1).fields == strings({"2", "xyz", "\\b:\b \\t:\t \\n:\n \\r:\r", "a", "b"}));
        CHECK(o.records.at(2).fields == strings({"3", "a", "b,c,d", "\"quoted\"", "e"}));
        CHECK(o.records.at(2).line == 6); // the CR inside record 2 is a physical line break too
    }
    SECTION("CSV-290: PostgreSQL TEXT output read as tab-separated (escapes stay as written)")
    {
        CsvDialect tab;
        tab.delimiter = QLatin1Char('\t');
        tab.quote = QChar(); // TEXT format has no quoting
        const FileOutcome o = readFile(dir + QStringLiteral("CSV-290/psql.tsv"), tab);
        REQUIRE(o.errors.isEmpty());
        REQUIRE(o.records.size() == 3);
        CHECK(o.records.at(0).fields == strings({"1", "abc", "test line 1\\ntest line 2", "\\N", ""}));
        CHECK(o.records.at(2).fields == strings({"3", "a", "b,c,d", "\"quoted\"", "e"}));
    }
    SECTION("csv-167: comment lines are skipped and backslashes are ordinary characters")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("csv-167/sample1.csv"), CsvDialect(),
            [](CsvReader &r) { r.setCommentChar(QLatin1Char('#')); });
        REQUIRE(o.errors.isEmpty());
        REQUIRE(o.records.size() == 4);
        CHECK(o.records.at(0).fields == strings({"author", "title", "publishDate"}));
        CHECK(o.records.at(1).fields == strings({"Dan Simmons", "Hyperion", "1989"}));
        CHECK(o.records.at(2).fields
            == strings({"Douglas Adams", "The Hitchhiker's \\\"Guide\\\" to the Galaxy", "1979"}));
        CHECK(o.records.at(2).line == 7);
    }
    SECTION("CSV-141: backslash-escaped quotes are not RFC 4180; the reader ends at the open quote")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("CSV-141/csv-141.csv"));
        REQUIRE(o.records.size() >= 2);
        CHECK(o.records.at(0).fields.size() == 5);
        CHECK(o.records.at(1).fields.at(4) == QStringLiteral("pass sem1 _84:\\"));
        REQUIRE(o.errors.size() == 1);
        CHECK(o.errors.at(0).kind == CsvError::Kind::UnterminatedQuote);
        CHECK(o.errors.at(0).line == 4);
        CHECK(o.errors.at(0).column == 66);
    }
}

TEST_CASE("csvkit odd files give clear outcomes", "[csv]")
{
    const QString base = conformanceDir();
    if (base.isEmpty())
        RELASI_SKIP("shared test data absent");
    const QString dir = base + QStringLiteral("csvkit/");

    SECTION("mac_newlines: bare CR line endings, CR kept inside quotes")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("mac_newlines.csv"));
        REQUIRE(o.errors.isEmpty());
        REQUIRE(o.records.size() == 3);
        CHECK(o.records.at(2).fields == strings({"Once upon\ra time", "5", "6"}));
        CHECK(o.records.at(2).line == 3);
    }
    SECTION("bad.csv: long and short rows are read as they are")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("bad.csv"));
        REQUIRE(o.errors.isEmpty());
        REQUIRE(o.records.size() == 4);
        CHECK(o.records.at(1).fields == strings({"1", "27", "", "I'm too long!"}));
        CHECK(o.records.at(2).fields == strings({"", "I'm too short!"}));
        CHECK(o.records.at(3).fieldCount() == 3);
    }
    SECTION("null_byte.csv: the NUL is reported with its position")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("null_byte.csv"));
        REQUIRE(o.errors.size() == 1);
        CHECK(o.errors.at(0).kind == CsvError::Kind::NulByte);
        CHECK(o.errors.at(0).line == 2);
        CHECK(o.errors.at(0).column == 1);
        REQUIRE(o.records.size() == 1);
        CHECK(o.records.at(0).fields == strings({"a", "b", "c"}));
    }
    SECTION("empty.csv: a single line break is one blank record, or nothing when blank lines are skipped")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("empty.csv"));
        REQUIRE(o.records.size() == 1);
        CHECK(o.records.at(0).isBlank());
        const FileOutcome skipped = readFile(
            dir + QStringLiteral("empty.csv"), CsvDialect(), [](CsvReader &r) { r.setSkipEmptyLines(true); });
        CHECK(skipped.records.isEmpty());
        CHECK(skipped.errors.isEmpty());
    }
    SECTION("optional quote characters read the same as none")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("optional_quote_characters.csv"));
        REQUIRE(o.records.size() == 2);
        CHECK(o.records.at(1).fields == strings({"1", "2", "3"}));
    }
    SECTION("no_header_row.csv is a single data row")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("no_header_row.csv"));
        REQUIRE(o.records.size() == 1);
        CHECK(o.records.at(0).fields == strings({"1", "2", "3"}));
    }
    SECTION("empty columns in long and short rows")
    {
        const FileOutcome longRow = readFile(dir + QStringLiteral("test_empty_columns_long_row.csv"));
        REQUIRE(longRow.records.size() == 2);
        CHECK(longRow.records.at(1).fields == strings({"", "", "", ""}));
        const FileOutcome shortRow = readFile(dir + QStringLiteral("test_empty_columns_short_row.csv"));
        REQUIRE(shortRow.records.size() == 2);
        CHECK(shortRow.records.at(1).fields == strings({"", ""}));
    }
    SECTION("a header cell holding tab, LF, VT, FF and CR")
    {
        const FileOutcome o = readFile(dir + QStringLiteral("test_header_newline.csv"));
        REQUIRE(o.records.size() == 2);
        CHECK(o.records.at(0).fields.at(0) == QStringLiteral("\t\n\v\f\r start \t\n\v\f\r end \t\n\v\f\r"));
        CHECK(o.records.at(1).line == 8); // each LF and each lone CR in the cell is a physical line break
    }
}
