// The two-thread customer export (CustomerExportCursor on this thread → RowPipeline → TableSink on a writer
// thread): every row across several blocks, in order; a failing sink stops the reader; customers stored out of
// id order still get their own children.
#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "services/AuditLog.h"
#include "io/csv/CsvReader.h"
#include "io/export/CustomerCsvExporter.h"
#include "io/export/CustomerExportCursor.h"
#include "io/export/RecordExporter.h"
#include "io/export/RowPipeline.h"
#include "io/export/TableSink.h"
#include "services/CustomerService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// Keeps the rows it is given; fails at row `failAt` (1-based; 0: never). Records the threads it ran on.
class RecordingSink : public TableSink
{
public:
    explicit RecordingSink(qint64 failAt = 0) : m_failAt(failAt) {}
    Status begin(const QStringList &) override { return {}; }
    Status row(const QStringList &fields) override
    {
        rows << fields;
        return {};
    }
    Status rowUtf8(const QByteArrayView *cells, qsizetype count) override
    {
        threads.insert(QThread::currentThread());
        if (m_failAt > 0 && rows.size() + 1 == m_failAt)
            return Status(ErrorCode::Io, QStringLiteral("disk full"));
        QStringList fields;
        for (qsizetype i = 0; i < count; ++i)
            fields << QString::fromUtf8(cells[i].data(), cells[i].size());
        rows << fields;
        return {};
    }
    Status finish() override { return {}; }

    QList<QStringList> rows;
    QSet<QThread *> threads;

private:
    qint64 m_failAt;
};

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvDialect());
    QList<QStringList> rows;
    CsvRecord rec;
    while (reader.readRecord(rec))
        rows << rec.fields;
    return rows;
}

QStringList makeCustomers(ServiceFixture &f, int n)
{
    QList<NewCustomer> batch;
    for (int i = 0; i < n; ++i) {
        NewCustomer c;
        c.displayName = QStringLiteral("Pelanggan %1").arg(i, 5, 10, QLatin1Char('0'));
        if (i % 3 == 0) {
            ContactPoint p;
            p.kind = ContactKind::Email;
            p.raw = QStringLiteral("p%1@contoh.id").arg(i);
            c.contacts << p;
        }
        if (i % 4 == 0)
            c.tags << QStringLiteral("t%1").arg(i);
        batch << c;
    }
    auto ids = CustomerService(f.owner()).createMany(batch);
    REQUIRE(ids);
    return *ids;
}

qint64 auditedCount(ServiceFixture &f)
{
    AuditFilter filter;
    filter.action = QStringLiteral("export");
    auto entries = f.owner().audit().list(filter);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    return entries->constFirst().details.value(QStringLiteral("count")).toInteger();
}

} // namespace

TEST_CASE("a pipeline hands every row to the sink on another thread, in order", "[export][pipeline]")
{
    const int rows = GENERATE(0, 1, int(RowPipeline::kRowsPerBlock), 5000);
    RecordingSink sink;
    {
        RowPipeline pipeline(sink, 2);
        pipeline.start();
        for (int i = 0; i < rows; ++i) {
            pipeline.current().appendCell(QByteArray::number(i));
            pipeline.current().appendPart("a");
            pipeline.current().appendPart(QByteArrayView());
            pipeline.current().appendPart("b");
            pipeline.current().endCell();
            REQUIRE(pipeline.endRow());
        }
        auto written = pipeline.finish();
        REQUIRE(written);
        CHECK(*written == rows);
    }
    REQUIRE(sink.rows.size() == rows);
    for (int i = 0; i < rows; ++i)
        REQUIRE(sink.rows.at(i) == QStringList{QString::number(i), QStringLiteral("ab")});
    if (rows > 0)
        CHECK_FALSE(sink.threads.contains(QThread::currentThread()));
}

TEST_CASE("a pipeline whose sink fails stops the reader with that error", "[export][pipeline]")
{
    RecordingSink sink(1500);
    RowPipeline pipeline(sink, 1);
    pipeline.start();
    Status s;
    int handed = 0;
    for (; handed < 100000 && s; ++handed) {
        pipeline.current().appendCell("x");
        s = pipeline.endRow();
    }
    // The reader learns of the failure within the blocks in flight, long before the end.
    REQUIRE_FALSE(s);
    CHECK(s.error().message == QStringLiteral("disk full"));
    CHECK(handed < 1500 + (RowPipeline::kBlocks + 1) * RowPipeline::kRowsPerBlock);
    auto written = pipeline.finish();
    REQUIRE_FALSE(written);
    CHECK(written.code() == ErrorCode::Io);
    CHECK(pipeline.rowsWritten() == 1499);
    CHECK(sink.rows.size() == 1499);
}

TEST_CASE("a customer export over several blocks writes every row once, audited with the count", "[export][pipeline]")
{
    ServiceFixture f;
    const QStringList ids = makeCustomers(f, 2600);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.csv"));

    SECTION("complete")
    {
        auto n = RecordExporter(f.owner()).exportTo(path, ExportOptions());
        REQUIRE(n);
        CHECK(*n == 2600);
        const QList<QStringList> rows = readCsv(path);
        REQUIRE(rows.size() == 2601);
        for (int i = 0; i < 2600; ++i) {
            REQUIRE(rows.at(i + 1).constLast() == ids.at(i));
            REQUIRE(rows.at(i + 1).at(4) == (i % 3 == 0 ? QStringLiteral("p%1@contoh.id").arg(i) : QString()));
            REQUIRE(rows.at(i + 1).at(11) == (i % 4 == 0 ? QStringLiteral("t%1").arg(i) : QString()));
        }
        CHECK(auditedCount(f) == 2600);
    }
    SECTION("cancelled after 1,500 rows: no file, the rows read are audited")
    {
        auto n = RecordExporter(f.owner()).exportTo(path, ExportOptions(), [](qint64 rows) { return rows < 1500; });
        REQUIRE_FALSE(n);
        CHECK(n.code() == ErrorCode::Cancelled);
        CHECK_FALSE(QFile::exists(path));
        CHECK(auditedCount(f) == 1500);
    }
}

TEST_CASE("customers stored out of id order keep their own contact points, addresses and tags", "[export][pipeline]")
{
    ServiceFixture f;
    const QStringList ids = makeCustomers(f, 12);
    CustomerService customers(f.owner());
    // Give the first customers (smallest ids) an address each, then store them after all others (as customers
    // synced from another device would be): their children were stepped over by the merged streams.
    for (int i : {0, 3, 6}) {
        auto c = customers.get(ids.at(i));
        REQUIRE(c);
        Customer edited = *c;
        Address a;
        a.street = QStringLiteral("Jl. %1").arg(i);
        a.city = QStringLiteral("Kota");
        edited.addresses << a;
        REQUIRE(customers.update(edited));
        QSqlQuery q(f.db());
        REQUIRE(q.exec(QStringLiteral("UPDATE customers SET docid = docid + 1000 WHERE id = '%1'").arg(ids.at(i))));
    }

    const bool viaCursor = GENERATE(false, true);
    if (!viaCursor) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.csv"));
        CsvWriter::Options csv;
        csv.formulaGuard = false;
        REQUIRE(CustomerCsvExporter(f.owner()).exportTo(path, csv));
        const QList<QStringList> rows = readCsv(path);
        REQUIRE(rows.size() == 13);
        QStringList order;
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            const int i = int(ids.indexOf(row.constLast()));
            REQUIRE(i >= 0);
            order << QString::number(i);
            CHECK(row.at(0) == QStringLiteral("Pelanggan %1").arg(i, 5, 10, QLatin1Char('0')));
            CHECK(row.at(4) == (i % 3 == 0 ? QStringLiteral("p%1@contoh.id").arg(i) : QString()));
            CHECK(row.at(6) == (i % 3 == 0 && i < 9 ? QStringLiteral("Jl. %1").arg(i) : QString()));
            CHECK(row.at(11) == (i % 4 == 0 ? QStringLiteral("t%1").arg(i) : QString()));
        }
        // Stored order (docid): the moved customers come last.
        CHECK(order.join(QLatin1Char(',')) == QStringLiteral("1,2,4,5,7,8,9,10,11,0,3,6"));
    } else {
        // The cursor's own view, as vCard and xlsx use it: the same children.
        CustomerExportCursor cursor(f.db(), f.owner().session());
        REQUIRE(cursor.start());
        int seen = 0;
        while (cursor.next()) {
            const Customer c = cursor.customer();
            const int i = int(ids.indexOf(c.id));
            REQUIRE(i >= 0);
            ++seen;
            CHECK(c.contacts.size() == (i % 3 == 0 ? 1 : 0));
            CHECK(c.addresses.size() == (i % 3 == 0 && i < 9 ? 1 : 0));
            CHECK(c.tags.size() == (i % 4 == 0 ? 1 : 0));
        }
        REQUIRE(cursor.status());
        CHECK(seen == 12);
        CHECK(cursor.outOfOrderCount() == 3);
    }
}
