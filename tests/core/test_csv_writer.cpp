#include <catch2/catch.hpp>

#include "io/csv/CsvReader.h"
#include "io/csv/CsvWriter.h"

#include <QBuffer>

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace relasi;

namespace {

QByteArray writeAll(const QList<QStringList> &rows, const CsvWriter::Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        for (const QStringList &r : rows)
            REQUIRE(writer.writeRecord(r).ok());
        REQUIRE(writer.flush().ok());
        CHECK(writer.recordsWritten() == rows.size());
    }
    return bytes;
}

QList<QStringList> readAll(QByteArray bytes, QChar delimiter, CsvDialect *used = nullptr)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    CsvReader reader(&buffer, dialect);
    QList<QStringList> rows;
    CsvRecord rec;
    while (reader.readRecord(rec))
        rows.append(rec.fields);
    REQUIRE(reader.atEnd());
    if (used)
        *used = reader.dialect();
    return rows;
}

} // namespace

TEST_CASE("fields are quoted only where needed", "[csv]")
{
    struct Case {
        const char *value;
        const char *written;
    };
    const auto c = GENERATE(Case {"plain", "plain"}, Case {"", ""}, Case {"a,b", "\"a,b\""},
        Case {"say \"hi\"", "\"say \"\"hi\"\"\""}, Case {"two\nlines", "\"two\nlines\""},
        Case {"cr\rhere", "\"cr\rhere\""}, Case {" lead", "\" lead\""}, Case {"trail ", "\"trail \""},
        Case {"semi;colon", "semi;colon"}, Case {"Łódź 山田", "Łódź 山田"});
    CAPTURE(c.value);
    CHECK(CsvWriter::formatField(QString::fromUtf8(c.value), QLatin1Char(','), false) == QString::fromUtf8(c.written));
    CHECK(CsvWriter::formatField(QStringLiteral("semi;colon"), QLatin1Char(';'), false)
        == QStringLiteral("\"semi;colon\""));
    CHECK(CsvWriter::formatField(QStringLiteral("tab\there"), QLatin1Char('\t'), false)
        == QStringLiteral("\"tab\there\""));
}

TEST_CASE("records end with CRLF and encodings carry the right BOM", "[csv]")
{
    CsvWriter::Options utf8;
    CHECK(writeAll({{QStringLiteral("a"), QStringLiteral("é")}, {QStringLiteral("1"), QString()}}, utf8)
        == QByteArray("a,\xC3\xA9\r\n1,\r\n"));
    CsvWriter::Options bom;
    bom.encoding = CsvWriter::Encoding::Utf8WithBom;
    CHECK(writeAll({{QStringLiteral("a")}}, bom)
        == QByteArray("\xEF\xBB\xBF"
                      "a\r\n"));
    CsvWriter::Options utf16;
    utf16.encoding = CsvWriter::Encoding::Utf16LE;
    utf16.delimiter = QLatin1Char('\t');
    CHECK(writeAll({{QStringLiteral("a"), QStringLiteral("b")}}, utf16)
        == QByteArray("\xFF\xFE"
                      "a\0\t\0b\0\r\0\n\0",
            12));
    // A lone empty field is written as "" so it is not lost as an empty line.
    CHECK(writeAll({{QString()}}, utf8) == QByteArray("\"\"\r\n"));
}

TEST_CASE("the formula guard neutralises cells a spreadsheet would evaluate", "[csv]")
{
    struct Case {
        const char *value;
        const char *guarded;
    };
    const auto c = GENERATE(Case {"=1+2", "'=1+2"}, Case {"+62 812 3456", "'+62 812 3456"}, Case {"-5", "'-5"},
        Case {"@SUM(A1)", "'@SUM(A1)"}, Case {"\tx", "'\tx"}, Case {"\rx", "\"'\rx\""},
        Case {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
        Case {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        Case {"'=already", "''=already"}, Case {"'plain", "'plain"}, Case {"a=b", "a=b"}, Case {"", ""},
        Case {"Budi", "Budi"});
    CAPTURE(c.value);
    const QString value = QString::fromUtf8(c.value);
    CHECK(CsvWriter::formatField(value, QLatin1Char(','), true) == QString::fromUtf8(c.guarded));
    // The guard is reversible: unguardCell() gives back the value.
    CHECK(CsvWriter::unguardCell(CsvWriter::needsGuard(value) ? QLatin1Char('\'') + value : value) == value);
    // On by default in the writer; off, the value is written as it is (quoted only where needed).
    const QByteArray lineEnd("\r\n");
    const QByteArray asIs
        = value.isEmpty() ? QByteArray("\"\"") : CsvWriter::formatField(value, QLatin1Char(','), false).toUtf8();
    CHECK(writeAll({{value}}, CsvWriter::Options())
        == (value.isEmpty() ? asIs : QString::fromUtf8(c.guarded).toUtf8()) + lineEnd);
    CsvWriter::Options off;
    off.formulaGuard = false;
    CHECK(writeAll({{value}}, off) == asIs + lineEnd);
}

TEST_CASE("write with every option, read back the same values", "[csv]")
{
    const auto delimiter = GENERATE(QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'));
    const auto encoding
        = GENERATE(CsvWriter::Encoding::Utf8, CsvWriter::Encoding::Utf8WithBom, CsvWriter::Encoding::Utf16LE);
    const auto guard = GENERATE(true, false);
    const QList<QStringList> rows = {
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("phone")},
        {QStringLiteral("1"), QStringLiteral("Budi Santoso"), QStringLiteral("line 1\r\nline 2\nline 3\rend"),
            QStringLiteral("+62 812-3456-7890")},
        {QStringLiteral("2"), QStringLiteral("Łukasz Wróbel, \"Łuki\""), QStringLiteral("=SUM(A1:A9)"),
            QStringLiteral("-")},
        {QStringLiteral("3"), QStringLiteral("山田太郎 \U0001F600"), QStringLiteral(" padded "), QString()},
        {QStringLiteral("4"), QStringLiteral("semi;colon\ttab,comma"), QStringLiteral("'=quoted already"),
            QStringLiteral("@handle")},
        {QString()},
        {QStringLiteral("6"), QString(), QString(), QString()},
    };
    CsvWriter::Options options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    options.formulaGuard = guard;
    const QByteArray bytes = writeAll(rows, options);
    CAPTURE(QString(delimiter), int(encoding), guard);
    CsvDialect used;
    QList<QStringList> back = readAll(bytes, delimiter, &used);
    CHECK(used.hadBom == (encoding != CsvWriter::Encoding::Utf8));
    CHECK(used.encoding == (encoding == CsvWriter::Encoding::Utf16LE ? QByteArray("UTF-16LE") : QByteArray("UTF-8")));
    if (guard) {
        for (QStringList &r : back) {
            for (QString &v : r)
                v = CsvWriter::unguardCell(v);
        }
    }
    CHECK(back == rows);
}

TEST_CASE("writing to a device that is not open fails with an Io error", "[csv]")
{
    QBuffer closed;
    CsvWriter writer(&closed);
    CHECK(writer.writeRecord({QStringLiteral("a")}).ok()); // buffered
    const Status s = writer.flush();
    CHECK_FALSE(s.ok());
    CHECK(s.code() == ErrorCode::Io);
    CHECK_FALSE(writer.writeRecord({QStringLiteral("b")}).ok());
}

TEST_CASE("large exports are flushed in pieces and stay exact", "[csv]")
{
    QList<QStringList> rows;
    for (int i = 0; i < 20000; ++i)
        rows.append({QString::number(i), QStringLiteral("name %1").arg(i), QStringLiteral("note, with comma")});
    CsvWriter::Options options;
    const QByteArray bytes = writeAll(rows, options);
    CHECK(readAll(bytes, QLatin1Char(',')) == rows);
}

TEST_CASE("UTF-8 fields are written exactly as the same QString fields", "[csv]")
{
    const auto delimiter = GENERATE(QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'));
    const auto encoding
        = GENERATE(CsvWriter::Encoding::Utf8, CsvWriter::Encoding::Utf8WithBom, CsvWriter::Encoding::Utf16LE);
    const auto guard = GENERATE(true, false);
    // Spaces the QString writer quoted for (QChar::isSpace at either end), multi-byte text at the ends, triggers.
    const QStringList values = {QStringLiteral("plain"), QString(), QStringLiteral("a,b;c\td"),
        QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), QStringLiteral("\u3000ideographic"),
        QStringLiteral("nbsp\u00a0"), QStringLiteral("\u2003em"), QStringLiteral("Łódź"), QStringLiteral("山田"),
        QStringLiteral("\U0001F600 smile \U0001F600"), QStringLiteral("=1+2"), QStringLiteral("'=x"),
        QStringLiteral("-5"), QStringLiteral("\r=x"), QStringLiteral("'\tx"), QStringLiteral("@a\"b\""),
        QStringLiteral("é "), QStringLiteral("\u0085next")};
    CsvWriter::Options options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    options.formulaGuard = guard;
    QByteArray viaStrings;
    QByteArray viaUtf8;
    {
        QBuffer a(&viaStrings);
        QBuffer b(&viaUtf8);
        a.open(QIODevice::WriteOnly);
        b.open(QIODevice::WriteOnly);
        CsvWriter strings(&a, options);
        CsvWriter utf8(&b, options);
        REQUIRE(strings.writeRecord(values));
        QList<QByteArray> bytes;
        for (const QString &v : values)
            bytes << v.toUtf8();
        QList<QByteArrayView> views(bytes.begin(), bytes.end());
        REQUIRE(utf8.writeRecord(views.constData(), views.size()));
        // One field at a time, and a record of one empty field.
        for (const QString &v : values) {
            REQUIRE(strings.writeRecord(QStringList{v}));
            const QByteArray u = v.toUtf8();
            const QByteArrayView view(u);
            REQUIRE(utf8.writeRecord(&view, 1));
        }
        REQUIRE(strings.flush());
        REQUIRE(utf8.flush());
        CHECK(utf8.recordsWritten() == values.size() + 1);
    }
    CAPTURE(QString(delimiter), int(encoding), guard);
    CHECK(viaUtf8 == viaStrings);
    CHECK(readAll(viaUtf8, delimiter).size() == values.size() + 1);
}

TEST_CASE("a leading or trailing non-ASCII space is quoted", "[csv]")
{
    CHECK(CsvWriter::formatField(QStringLiteral("\u3000x"), QLatin1Char(','), false) == QStringLiteral("\"\u3000x\""));
    CHECK(CsvWriter::formatField(QStringLiteral("x\u00a0"), QLatin1Char(','), false) == QStringLiteral("\"x\u00a0\""));
    CHECK(CsvWriter::formatField(QStringLiteral("x\u00a0y"), QLatin1Char(','), false) == QStringLiteral("x\u00a0y"));
    QByteArray out;
    CsvWriter::appendField(out, "\xE3\x80\x80" "x", QLatin1Char(','), true);
    CHECK(out == QByteArray("\"\xE3\x80\x80x\""));
}
