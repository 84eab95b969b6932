#include <catch2/catch.hpp>

#include "io/csv/CsvReader.h"
#include "io/csv/EncodingDetector.h"
#include "io/csv/TextDecoder.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace relasi;

namespace {

QString decodeInChunks(TextDecoder &decoder, const QByteArray &bytes, qsizetype chunk)
{
    QString text;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        text += decoder.decode(bytes.constData() + i, qMin(chunk, bytes.size() - i));
    text += decoder.finish();
    return text;
}

QList<QStringList> readFile(const QString &path, CsvDialect *dialectOut = nullptr)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QList<QStringList> rows;
    CsvRecord rec;
    while (reader.readRecord(rec))
        rows.append(rec.fields);
    REQUIRE(reader.atEnd());
    if (dialectOut)
        *dialectOut = reader.dialect();
    return rows;
}

} // namespace

TEST_CASE("byte-order marks decide the encoding", "[csv]")
{
    struct Case {
        QByteArray bytes;
        QByteArray encoding;
        int length;
    };
    const auto c = GENERATE(Case {QByteArray("\xEF\xBB\xBF"
                                             "a,b"),
                                "UTF-8", 3},
        Case {QByteArray("\xFF\xFE"
                         "a\0",
                  4),
            "UTF-16LE", 2},
        Case {QByteArray("\xFE\xFF\0a", 4), "UTF-16BE", 2},
        Case {QByteArray("\xFF\xFE\0\0"
                         "a\0\0\0",
                  8),
            "UTF-32LE", 4},
        Case {QByteArray("\0\0\xFE\xFF\0\0\0a", 8), "UTF-32BE", 4});
    const EncodingDetector::Detection d = EncodingDetector::detect(c.bytes, true);
    CHECK(d.encoding == c.encoding);
    CHECK(d.bomLength == c.length);
    CHECK(TextDecoder::isSupported(d.encoding));
}

TEST_CASE("without a BOM: UTF-8, BOM-less UTF-16, uchardet, then windows-1252", "[csv]")
{
    CHECK(EncodingDetector::detect("plain ascii,1,2\n", true).encoding == "UTF-8");
    CHECK(EncodingDetector::detect("caf\xC3\xA9,na\xC3\xAFve\n", true).encoding == "UTF-8");
    CHECK(EncodingDetector::detect(QByteArray(), true).encoding == "UTF-8");
    // A multibyte sequence cut by the end of a sample is still UTF-8; at the end of the file it is not.
    CHECK(EncodingDetector::detect("caf\xC3\xA9 \xC3", false).encoding == "UTF-8");
    CHECK(EncodingDetector::detect("caf\xC3\xA9 \xC3", true).encoding != "UTF-8");
    const QString text = QStringLiteral("name,city\nBudi,Jakarta\n");
    const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    CHECK(EncodingDetector::detect(le, true).encoding == "UTF-16LE");
    // Bytes no detector can place still decode: every byte is valid windows-1252.
    const EncodingDetector::Detection odd = EncodingDetector::detect("\x81\x8D\x8F\x90\x9D", true);
    CHECK(TextDecoder::isSupported(odd.encoding));
}

TEST_CASE("legacy code pages are detected by uchardet and decoded", "[csv]")
{
    struct Case {
        const char *file;
        QByteArray encoding;
        QString expected; // a value from the second record
    };
    const auto c = GENERATE(Case {"windows1250.csv", "WINDOWS-1250", QStringLiteral("Plzeň")},
        Case {"shift_jis.csv", "SHIFT_JIS", QStringLiteral("株式会社サンプル")});
    const QString path = QDir(test::projectTestdataDir()).filePath(QStringLiteral("csv/") + QLatin1String(c.file));
    CsvDialect dialect;
    const QList<QStringList> rows = readFile(path, &dialect);
    CHECK(dialect.encoding.toUpper() == c.encoding);
    REQUIRE(rows.size() >= 2);
    CHECK(rows.at(1).contains(c.expected));
    for (const QStringList &r : rows)
        CHECK(r.size() == 4);
}

TEST_CASE("TextDecoder keeps multibyte sequences split across chunks whole", "[csv]")
{
    const auto backend = GENERATE(TextDecoder::Backend::Qt, TextDecoder::Backend::Iconv);
    struct Case {
        QByteArray encoding;
    };
    const auto enc = GENERATE(QByteArray("UTF-8"), QByteArray("Shift_JIS"), QByteArray("GB18030"),
        QByteArray("UTF-16LE"), QByteArray("windows-1250"));
    QString text = QStringLiteral("山田太郎,東京都 1000円,カタカナ");
    if (enc == "windows-1250")
        text = QStringLiteral("Příliš žluťoučký kůň, Łódź");
    else if (enc != "Shift_JIS")
        text += QStringLiteral(" ¥ ä \U0001F600"); // outside Shift_JIS
    TextDecoder whole(enc, TextDecoder::Backend::Iconv);
    REQUIRE(whole.isValid());
    QStringEncoder encoder(enc.constData());
    QByteArray bytes = encoder.encode(text);
    if (!encoder.isValid() || bytes.isEmpty()) {
        // Encode with the iconv-backed decoder's inverse is not available; skip encodings Qt cannot write.
        RELASI_SKIP("this Qt build cannot encode " + enc.toStdString());
    }
    TextDecoder decoder(enc, backend);
    if (!decoder.isValid())
        RELASI_SKIP("backend unavailable for " + enc.toStdString());
    CAPTURE(enc.toStdString(), int(backend));
    for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3)}) {
        TextDecoder d(enc, backend);
        CHECK(decodeInChunks(d, bytes, chunk) == text);
        CHECK_FALSE(d.hasError());
    }
}

TEST_CASE("TextDecoder reports invalid and truncated input", "[csv]")
{
    const auto backend = GENERATE(TextDecoder::Backend::Qt, TextDecoder::Backend::Iconv);
    {
        TextDecoder d("UTF-8", backend);
        REQUIRE(d.isValid());
        const QString s = decodeInChunks(d,
            "ok\xFF"
            "fine",
            2);
        CHECK(s == QStringLiteral("ok\uFFFDfine"));
        CHECK(d.hasError());
    }
    {
        TextDecoder d("UTF-8", backend);
        const QString s = decodeInChunks(d, "end \xE2\x82", 1);
        CHECK(s == QStringLiteral("end \uFFFD"));
        CHECK(d.hasError());
    }
    CHECK_FALSE(TextDecoder("no-such-charset-42").isValid());
}

TEST_CASE("csvkit encodings are decoded right", "[csv]")
{
    const QString dir = test::sharedTestdataDir();
    if (dir.isEmpty())
        RELASI_SKIP("shared test data absent");
    const QString base = dir + QStringLiteral("/csv-conformance/csvkit/");
    struct Case {
        const char *file;
        QString last;
        QStringList header;
        bool bom;
    };
    const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QStringList foo = {QStringLiteral("foo"), QStringLiteral("bar"), QStringLiteral("baz")};
    const auto c = GENERATE_COPY(Case {"test_latin1.csv", QStringLiteral("©"), abc, false},
        Case {"test_utf8.csv", QStringLiteral("ʤ"), foo, false},
        Case {"test_utf8_bom.csv", QStringLiteral("ʤ"), foo, true},
        Case {"test_utf16_big.csv", QStringLiteral("ʤ"), abc, true},
        Case {"test_utf16_little.csv", QStringLiteral("ʤ"), abc, true});
    CAPTURE(c.file);
    CsvDialect dialect;
    const QList<QStringList> rows = readFile(base + QLatin1String(c.file), &dialect);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == c.header);
    CHECK(rows.at(1) == QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    CHECK(rows.at(2) == QStringList({QStringLiteral("4"), QStringLiteral("5"), c.last}));
    CHECK(dialect.hadBom == c.bom);
}
