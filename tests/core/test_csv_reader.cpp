#include <catch2/catch.hpp>

#include "io/csv/CsvReader.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QRandomGenerator>

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace relasi;

namespace {

struct Outcome {
    QList<CsvRecord> records; // records read without error
    QList<CsvError> errors;
    CsvDialect dialect;
    qint64 bytesRead = 0;
};

template<typename Configure> Outcome readBytes(QByteArray bytes, CsvDialect dialect, Configure configure)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    configure(reader);
    Outcome out;
    CsvRecord record;
    for (int guard = 0; guard < 1000000; ++guard) {
        if (reader.readRecord(record)) {
            out.records.append(record);
            continue;
        }
        if (reader.atEnd())
            break;
        out.errors.append(reader.error());
    }
    out.dialect = reader.dialect();
    out.bytesRead = reader.bytesRead();
    return out;
}

Outcome readBytes(const QByteArray &bytes, CsvDialect dialect = CsvDialect())
{
    return readBytes(bytes, dialect, [](CsvReader &) {});
}

QList<QStringList> fieldsOf(const Outcome &o)
{
    QList<QStringList> rows;
    for (const CsvRecord &r : o.records)
        rows.append(r.fields);
    return rows;
}

QStringList row(std::initializer_list<const char *> values)
{
    QStringList l;
    for (const char *v : values)
        l.append(QString::fromUtf8(v));
    return l;
}

} // namespace

TEST_CASE("quoted fields keep delimiters, line breaks and doubled quotes", "[csv]")
{
    const QByteArray input = "a,\"b,c\",\"say \"\"hi\"\"\"\n\"multi\nline\",\"\",x\n";
    const Outcome o = readBytes(input);
    REQUIRE(o.errors.isEmpty());
    REQUIRE(fieldsOf(o) == QList<QStringList> {row({"a", "b,c", "say \"hi\""}), row({"multi\nline", "", "x"})});
    CHECK(o.records.at(0).line == 1);
    CHECK(o.records.at(1).line == 2);
    CHECK(o.records.at(1).number == 2);
}

TEST_CASE("CRLF, LF and lone CR line endings give the same records at any chunk size", "[csv]")
{
    const auto chunk = GENERATE(1, 2, 3, 5, 64, 256 * 1024);
    const auto eol = GENERATE(std::string("\n"), std::string("\r\n"), std::string("\r"));
    const QByteArray e = QByteArray::fromStdString(eol);
    const QByteArray input = "h1,h2" + e + "1,\"two" + e + "lines\"" + e + e + "3,4" + e;
    const Outcome o = readBytes(input, CsvDialect(), [chunk](CsvReader &r) { r.setChunkSize(chunk); });
    REQUIRE(o.errors.isEmpty());
    const QString embedded = QStringLiteral("two") + QString::fromLatin1(e) + QStringLiteral("lines");
    REQUIRE(o.records.size() == 4);
    CHECK(o.records.at(0).fields == row({"h1", "h2"}));
    CHECK(o.records.at(1).fields == QStringList {QStringLiteral("1"), embedded});
    CHECK(o.records.at(2).isBlank());
    CHECK(o.records.at(3).fields == row({"3", "4"}));
    // Physical lines: a CR LF is one line break, the quoted break counts too.
    CHECK(o.records.at(1).line == 2);
    CHECK(o.records.at(2).line == 4);
    CHECK(o.records.at(3).line == 5);
}

TEST_CASE("empty lines can be skipped", "[csv]")
{
    const Outcome o = readBytes("a\r\n\r\n\nb\r\n", CsvDialect(), [](CsvReader &r) { r.setSkipEmptyLines(true); });
    REQUIRE(fieldsOf(o) == QList<QStringList> {row({"a"}), row({"b"})});
    CHECK(o.records.at(1).line == 4);
}

TEST_CASE("ragged rows are accepted and report their field count", "[csv]")
{
    const Outcome o = readBytes("a,b,c\n1,2,3,4\n5\n,\n");
    REQUIRE(o.errors.isEmpty());
    REQUIRE(o.records.size() == 4);
    CHECK(o.records.at(1).fieldCount() == 4);
    CHECK(o.records.at(2).fieldCount() == 1);
    CHECK(o.records.at(3).fields == row({"", ""}));
}

TEST_CASE("lenient quoting: quotes inside unquoted fields and text after a closing quote", "[csv]")
{
    const Outcome o = readBytes("a\"b,\"cd\"ef,\"g\"  ,\"h\" i\n");
    REQUIRE(o.errors.isEmpty());
    CHECK(o.records.at(0).fields == row({"a\"b", "cdef", "g", "h i"}));
}

TEST_CASE("an unterminated quote reports the line and column where it opened", "[csv]")
{
    const auto chunk = GENERATE(1, 7, 256 * 1024);
    const QByteArray input = "a,b\n1,2\n3,x\"y,\"open field\nrunning on\nto the end";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setChunkSize(chunk);
    CsvRecord rec;
    REQUIRE(reader.readRecord(rec));
    REQUIRE(reader.readRecord(rec));
    REQUIRE_FALSE(reader.readRecord(rec));
    REQUIRE_FALSE(reader.atEnd());
    const CsvError err = reader.error();
    CHECK(err.kind == CsvError::Kind::UnterminatedQuote);
    CHECK(err.line == 3);
    CHECK(err.column == 7);
    CHECK(err.record == 3);
    CHECK(err.message.contains(QStringLiteral("line 3, column 7")));
    CHECK_FALSE(err.isRecoverable());
    // Reading stops there.
    CHECK_FALSE(reader.readRecord(rec));
    CHECK(reader.atEnd());
    CHECK_FALSE(reader.error().isError());
}

TEST_CASE("columns count code points, not bytes or UTF-16 units", "[csv]")
{
    // "é" is 2 bytes, the emoji 4 bytes and 2 UTF-16 units: the quote is the 5th character on line 2.
    const QByteArray input = QStringLiteral("x\né\U0001F600,,\"never closed").toUtf8();
    const Outcome o = readBytes(input);
    REQUIRE(o.errors.size() == 1);
    CHECK(o.errors.at(0).kind == CsvError::Kind::UnterminatedQuote);
    CHECK(o.errors.at(0).line == 2);
    CHECK(o.errors.at(0).column == 5);
}

TEST_CASE("a NUL byte rejects its record with a position and reading goes on", "[csv]")
{
    const QByteArray input = QByteArray("a,b\n1,x", 7) + QByteArray(1, '\0') + QByteArray("y\n2,z\n");
    const Outcome o = readBytes(input);
    REQUIRE(o.errors.size() == 1);
    CHECK(o.errors.at(0).kind == CsvError::Kind::NulByte);
    CHECK(o.errors.at(0).line == 2);
    CHECK(o.errors.at(0).column == 4);
    CHECK(o.errors.at(0).record == 2);
    REQUIRE(fieldsOf(o) == QList<QStringList> {row({"a", "b"}), row({"2", "z"})});
}

TEST_CASE("bytes invalid in the encoding are reported, or kept as U+FFFD when allowed", "[csv]")
{
    const QByteArray input = "name\nok\nbad\xC3(\nfine\n";
    CsvDialect utf8;
    utf8.encoding = "UTF-8";
    const Outcome strict = readBytes(input, utf8);
    REQUIRE(strict.errors.size() == 1);
    CHECK(strict.errors.at(0).kind == CsvError::Kind::InvalidEncoding);
    CHECK(strict.errors.at(0).line == 3);
    CHECK(strict.errors.at(0).column == 4);
    CHECK(fieldsOf(strict) == QList<QStringList> {row({"name"}), row({"ok"}), row({"fine"})});

    const Outcome lenient = readBytes(input, utf8, [](CsvReader &r) { r.setRejectInvalidEncoding(false); });
    REQUIRE(lenient.errors.isEmpty());
    CHECK(lenient.records.at(2).fields.at(0) == QStringLiteral("bad\uFFFD("));
}

TEST_CASE("a 10 MB cell is read whole under the default limit", "[csv]")
{
    const QByteArray big(10 * 1000 * 1000, 'x');
    const QByteArray input = "id,notes\n1,\"" + big + "\"\n2,short\n";
    const Outcome o = readBytes(input);
    REQUIRE(o.errors.isEmpty());
    REQUIRE(o.records.size() == 3);
    CHECK(o.records.at(1).fields.at(1).size() == big.size());
    CHECK(o.records.at(2).fields == row({"2", "short"}));
}

TEST_CASE("a field over the configured limit rejects the record, not the file", "[csv]")
{
    const QByteArray input = "id,notes\n1,\"" + QByteArray(5000, 'y') + "\"\n2,ok\n3," + QByteArray(2000, 'z') + "\n";
    const Outcome o = readBytes(input, CsvDialect(), [](CsvReader &r) { r.setMaxFieldSize(1000); });
    REQUIRE(o.errors.size() == 2);
    CHECK(o.errors.at(0).kind == CsvError::Kind::FieldTooLarge);
    CHECK(o.errors.at(0).line == 2);
    CHECK(o.errors.at(0).column == 3);
    CHECK(o.errors.at(0).isRecoverable());
    CHECK(o.errors.at(1).kind == CsvError::Kind::FieldTooLarge);
    CHECK(o.errors.at(1).line == 4);
    REQUIRE(fieldsOf(o) == QList<QStringList> {row({"id", "notes"}), row({"2", "ok"})});
}

TEST_CASE("a record of too many fields is rejected", "[csv]")
{
    QByteArray wide(100000, ',');
    const Outcome o = readBytes("a\n" + wide + "\nb\n", CsvDialect(), [](CsvReader &r) { r.setMaxRecordSize(50000); });
    REQUIRE(o.errors.size() == 1);
    CHECK(o.errors.at(0).kind == CsvError::Kind::RecordTooLarge);
    CHECK(o.errors.at(0).line == 2);
    CHECK(fieldsOf(o) == QList<QStringList> {row({"a"}), row({"b"})});
}

TEST_CASE("a 0-byte file has no records and no error", "[csv]")
{
    const Outcome o = readBytes(QByteArray());
    CHECK(o.records.isEmpty());
    CHECK(o.errors.isEmpty());
    CHECK(o.dialect.encoding == QByteArrayLiteral("UTF-8"));
}

TEST_CASE("a header-only file gives exactly its header", "[csv]")
{
    const Outcome o = readBytes("name,email,phone\r\n");
    REQUIRE(o.errors.isEmpty());
    REQUIRE(o.records.size() == 1);
    CHECK(o.records.at(0).fields == row({"name", "email", "phone"}));
}

TEST_CASE("binary garbage ends with clear outcomes and no crash", "[csv]")
{
    const auto seed = GENERATE(1u, 2u, 3u, 4u, 5u);
    QRandomGenerator rng(seed);
    QByteArray garbage(200 * 1024, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    const Outcome o = readBytes(garbage);
    // Every record is either read or rejected with a position; at most one fatal error, and it comes last.
    for (const CsvError &e : o.errors) {
        CHECK(e.isError());
        CHECK(e.line >= 1);
        CHECK(e.column >= 1);
        CHECK_FALSE(e.message.isEmpty());
    }
    for (qsizetype i = 0; i + 1 < o.errors.size(); ++i)
        CHECK(o.errors.at(i).isRecoverable());
    CHECK(o.records.size() + o.errors.size() > 0);
    CHECK(o.bytesRead == garbage.size());
}

TEST_CASE("record byte offsets and bytes read follow the input", "[csv]")
{
    const QByteArray input = QStringLiteral("a,b\r\nÄ,\U0001F600\r\n\"x\ny\",z\r\nlast").toUtf8();
    const Outcome o = readBytes(input, CsvDialect(), [](CsvReader &r) { r.setChunkSize(3); });
    REQUIRE(o.records.size() == 4);
    CHECK(o.records.at(0).byteOffset == 0);
    CHECK(o.records.at(1).byteOffset == input.indexOf("\xC3\x84"));
    CHECK(o.records.at(2).byteOffset == input.indexOf("\"x"));
    CHECK(o.records.at(3).byteOffset == input.indexOf("last"));
    CHECK(o.records.at(3).line == 5);
    CHECK(o.bytesRead == input.size());
}

TEST_CASE("a byte-order mark is skipped and sets the encoding", "[csv]")
{
    const QByteArray input = "\xEF\xBB\xBFid,name\n1,\xC3\xA9\n";
    const Outcome o = readBytes(input);
    REQUIRE(o.records.size() == 2);
    CHECK(o.records.at(0).fields == row({"id", "name"}));
    CHECK(o.records.at(0).byteOffset == 3);
    CHECK(o.records.at(1).fields.at(1) == QStringLiteral("é"));
    CHECK(o.dialect.hadBom);
    CHECK(o.dialect.encoding == QByteArrayLiteral("UTF-8"));
}

TEST_CASE("trimming spaces and comment lines are options", "[csv]")
{
    const QByteArray input = "# comment, not data\n a , \"b c\" ,d\n#another\n e,f\n";
    const Outcome plain = readBytes(input);
    CHECK(plain.records.size() == 4);
    const Outcome tuned = readBytes(input, CsvDialect(), [](CsvReader &r) {
        r.setTrimSpaces(true);
        r.setCommentChar(QLatin1Char('#'));
    });
    REQUIRE(fieldsOf(tuned) == QList<QStringList> {row({"a", "b c", "d"}), row({"e", "f"})});
    CHECK(tuned.records.at(0).line == 2);
    CHECK(tuned.records.at(1).line == 4);
}

TEST_CASE("an unknown encoding is a clear error", "[csv]")
{
    CsvDialect dialect;
    dialect.encoding = "no-such-charset-42";
    const Outcome o = readBytes("a,b\n", dialect);
    REQUIRE(o.errors.size() == 1);
    CHECK(o.errors.at(0).kind == CsvError::Kind::Encoding);
    CHECK(o.records.isEmpty());
}

TEST_CASE("an unreadable device is a clear error", "[csv]")
{
    QBuffer closed;
    CsvReader reader(&closed);
    CsvRecord rec;
    CHECK_FALSE(reader.readRecord(rec));
    CHECK(reader.error().kind == CsvError::Kind::Io);
    CHECK_FALSE(reader.readRecord(rec));
    CHECK(reader.atEnd());
}

TEST_CASE("other delimiters and quote characters", "[csv]")
{
    CsvDialect dialect;
    dialect.delimiter = QLatin1Char('|');
    dialect.quote = QLatin1Char('\'');
    const Outcome o = readBytes("a|'b|c'|'it''s'\n", dialect);
    CHECK(o.records.at(0).fields == row({"a", "b|c", "it's"}));
}
