#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "io/export/CustomerCsvExporter.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"
#include "services/CustomerService.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

qint64 scalar(ServiceFixture &f, const QString &sql)
{
    QSqlQuery q(f.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Rows of every table that an import writes to, so "nothing was written" is checked everywhere.
qint64 writtenRows(ServiceFixture &f)
{
    return scalar(f, QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM contact_points) + "
                                    "(SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM audit_log) + "
                                    "(SELECT COUNT(*) FROM imports) + (SELECT COUNT(*) FROM import_items)"));
}

Result<ImportReport> importBytes(CustomerImporter &importer, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importer.run(buffer, ImportProfile());
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray out;
    out.reserve(size);
    quint32 x = seed;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out += char(x & 0xff);
    }
    return out;
}

} // namespace

TEST_CASE("formula-like cells are imported as text and neutralised again on export", "[import][edge]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    auto r = importBytes(importer, "Name,Email,Notes\n"
                                   "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",a@contoh.id,+62 call me\n"
                                   "@SUM(A1:A2),b@contoh.id,-1+2\n");
    REQUIRE(r);
    CHECK(r->created == 2);
    CustomerService customers(f.owner());
    auto all = customers.list();
    REQUIRE(all);
    QStringList names;
    QStringList notes;
    for (const Customer &c : *all) {
        names << c.displayName;
        notes << c.notes;
    }
    CHECK(names.contains(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")")));
    CHECK(names.contains(QStringLiteral("@SUM(A1:A2)")));
    CHECK(notes.contains(QStringLiteral("-1+2")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CustomerCsvExporter exporter(f.owner());
    REQUIRE(exporter.exportTo(path));
    const QByteArray bytes = relasi::test::readAll(path);
    CHECK(bytes.contains("\"'=HYPERLINK("));
    CHECK(bytes.contains("'@SUM(A1:A2)"));
    CHECK(bytes.contains("'-1+2"));
    CHECK_FALSE(bytes.contains(",=HYPERLINK"));
    CHECK_FALSE(bytes.contains(",@SUM"));
}

TEST_CASE("a 10 MB cell rejects its row with a clear reason, the other rows import", "[import][edge]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    QByteArray csv = "Name,Email,Notes\nAni,ani@contoh.id,ok\nBesar,besar@contoh.id,\"";
    csv += QByteArray(10 * 1024 * 1024, 'x');
    csv += "\"\nCici,cici@contoh.id,ok\n";
    auto r = importBytes(importer, csv);
    REQUIRE(r);
    CHECK(r->created == 2);
    REQUIRE(r->rejected == 1);
    const RejectedRow &row = r->rejectedRows.constFirst();
    CHECK(row.line == 3);
    CHECK(row.column == 0); // the reader's position is in the reason
    CHECK(row.reason.contains(QLatin1String("line 3, column 23 is longer than the limit")));
    // The reader never held the cell: what the report keeps of the row is small.
    qsizetype kept = 0;
    for (const QString &field : row.fields)
        kept += field.size();
    CHECK(kept < 1024);
}

TEST_CASE("a NUL byte rejects its row only", "[import][edge]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    QByteArray csv = "Name,Email\nAni,ani@contoh.id\nBa";
    csv += '\0';
    csv += "du,badu@contoh.id\nCici,cici@contoh.id\n";
    auto r = importBytes(importer, csv);
    REQUIRE(r);
    CHECK(r->created == 2);
    REQUIRE(r->rejected == 1);
    CHECK(r->rejectedRows.constFirst().line == 3);
    CHECK(r->rejectedRows.constFirst().reason.contains(QLatin1String("NUL")));
}

TEST_CASE("files that are not CSV text are refused before anything is written", "[import][edge]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    const qint64 before = writtenRows(f);
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *says;
    };
    const Case cases[] = {
        {"0-byte file", QByteArray(), "empty"},
        {"binary garbage", randomBytes(64 * 1024, 2463534242u), "not text"},
        {"binary garbage, small", randomBytes(300, 7), "not text"},
        {"an xlsx workbook", QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + randomBytes(2000, 11), "ZIP"},
        {"a PDF", QByteArray("%PDF-1.7\n") + randomBytes(2000, 13), "PDF"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        auto r = importBytes(importer, c.bytes);
        REQUIRE_FALSE(r);
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.contains(QLatin1String(c.says)));
    }
    CHECK(writtenRows(f) == before);
}

TEST_CASE("a header-only file imports nothing and succeeds", "[import][edge]")
{
    ServiceFixture f;
    CustomerImporter importer(f.owner());
    for (const QByteArray &csv : {QByteArray("Name,Email,Phone\r\n"), QByteArray("Name;Email;Phone")}) {
        auto r = importBytes(importer, csv);
        REQUIRE(r);
        CHECK(r->rows == 0);
        CHECK(r->created == 0);
        CHECK(r->rejected == 0);
    }
    CHECK(scalar(f, QStringLiteral("SELECT COUNT(*) FROM customers")) == 0);
}
