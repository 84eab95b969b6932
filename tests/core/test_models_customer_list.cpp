#include <catch2/catch.hpp>

#include "models/CustomerListModel.h"
#include "search/CustomerSearch.h"
#include "search/SearchIndex.h"
#include "test_search_fixture.h"
#include "text/TextNormalizer.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::SearchFixture;

namespace {

int g_modelTestWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countModelTestWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "qt.modeltest" && type != QtDebugMsg) {
        ++g_modelTestWarnings;
        UNSCOPED_INFO(message.toStdString());
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

const char *const kGiven[] = {"Budi", "Siti", "José", "Łukasz", "Søren", "Anna", "田中", "김", "Wayan", "Émile"};
const char *const kFamily[] = {"Santoso", "Rahayu", "Álvarez", "Kowalski", "Østergaard", "Müller", "太郎", "민준",
                               "Sudirman", "Zola"};
const char *const kStatus[] = {"lead", "prospect", "customer", "inactive"};

// n customers written directly (fast), with owners, statuses, tags, contact points and duplicated names.
void generate(SearchFixture &f, int n)
{
    f.addUser(QStringLiteral("u-ana"), QStringLiteral("Ana Sales"), QStringLiteral("sales"));
    f.addUser(QStringLiteral("u-zed"), QStringLiteral("Zed Manager"), QStringLiteral("manager"));
    const QStringList owners{QStringLiteral("u-owner"), QStringLiteral("u-ana"), QStringLiteral("u-zed"), QString()};
    QRandomGenerator rng(20240601);
    REQUIRE(f.db().transaction());
    QSqlQuery c(f.db()), p(f.db()), t(f.db()), s(f.db());
    REQUIRE(c.prepare(QStringLiteral(
        "INSERT INTO customers (id, display_name, sort_key, company_name, owner_id, status, last_contact_at, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")));
    REQUIRE(p.prepare(QStringLiteral("INSERT INTO contact_points (id, customer_id, kind, raw, normalized, is_primary, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 0, 0)")));
    REQUIRE(t.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_key, tag, created_at, updated_at) "
                                     "VALUES (?, ?, ?, 0, 0)")));
    REQUIRE(s.prepare(QStringLiteral("INSERT INTO customer_shares (customer_id, user_id, created_at, updated_at) "
                                     "VALUES (?, 'u-ana', 0, 0)")));
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("g-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString name = QString::fromUtf8(kGiven[rng.bounded(10)]) + QLatin1Char(' ') +
                             QString::fromUtf8(kFamily[rng.bounded(10)]) +
                             (rng.bounded(3) == 0 ? QString() : QStringLiteral(" %1").arg(rng.bounded(500)));
        const QString owner = owners.at(int(rng.bounded(4)));
        c.addBindValue(id);
        c.addBindValue(name);
        c.addBindValue(TextNormalizer::fold(name));
        c.addBindValue(QStringLiteral("PT Usaha %1").arg(rng.bounded(50)));
        c.addBindValue(owner.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(owner));
        c.addBindValue(QString::fromLatin1(kStatus[rng.bounded(4)]));
        // A third never contacted; equal times happen (ties broken by docid).
        c.addBindValue(rng.bounded(3) == 0 ? QVariant(QMetaType::fromType<qint64>())
                                           : QVariant(qint64(1700000000000LL + rng.bounded(5000) * 1000LL)));
        c.addBindValue(qint64(1600000000000LL + rng.bounded(20000) * 1000LL));
        INFO(c.lastError().text().toStdString());
        REQUIRE(c.exec());
        if (i % 2 == 0) {
            p.addBindValue(id + QStringLiteral("-e"));
            p.addBindValue(id);
            p.addBindValue(QStringLiteral("email"));
            p.addBindValue(QStringLiteral("user%1@example.id").arg(i));
            p.addBindValue(QStringLiteral("user%1@example.id").arg(i));
            REQUIRE(p.exec());
        }
        if (i % 5 == 0) {
            t.addBindValue(id);
            t.addBindValue(QStringLiteral("vip"));
            t.addBindValue(QStringLiteral("VIP"));
            REQUIRE(t.exec());
        }
        if (i % 7 == 0 && owner != QStringLiteral("u-ana")) {
            s.addBindValue(id);
            REQUIRE(s.exec());
        }
    }
    REQUIRE(f.db().commit());
}

// The id at `row` of the full ordered query (the reference the model must agree with).
QString referenceId(QSqlDatabase &db, const QString &where, const QString &orderBy, qint64 row)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("SELECT c.id FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE "
                                     "c.cl % 2 = 1 ") +
                      where + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT 1 OFFSET ?")));
    q.addBindValue(row);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

qint64 referenceCount(QSqlDatabase &db, const QString &where)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customers c WHERE c.cl % 2 = 1 ") + where));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void checkRowsMatch(CustomerListModel &model, QSqlDatabase &db, const QString &where, const QString &orderBy)
{
    model.finishCountNow(); // a long list is counted on after the first rows show
    REQUIRE(model.countComplete());
    const qint64 count = referenceCount(db, where);
    REQUIRE(model.rowCount() == count);
    REQUIRE(count > 0);
    QList<qint64> rows{0, 1, 199, 200, 201, count / 2, count / 2 + 1, count - 201, count - 2, count - 1};
    QRandomGenerator rng(7);
    for (int i = 0; i < 10; ++i)
        rows << rng.bounded(count);
    for (qint64 row : rows) {
        if (row < 0 || row >= count)
            continue;
        CAPTURE(row);
        CHECK(model.data(model.index(int(row), 0), CustomerListModel::IdRole).toString() ==
              referenceId(db, where, orderBy, row));
    }
}

} // namespace

TEST_CASE("customer list rows equal ORDER BY ... OFFSET rows for every sort and filter", "[models]")
{
    SearchFixture f;
    generate(f, 20000);
    CustomerListModel model(f.db());
    CHECK(model.lastError().isEmpty());

    const QString ownerOrder = QStringLiteral("(c.owner_id IS NULL), u.name %1, c.owner_id %1, c.sort_key %1, c.docid %1");
    const QString lastOrder = QStringLiteral("(c.last_contact_at IS NULL), c.last_contact_at %1, c.docid %1");
    SECTION("by name, from start to end")
    {
        checkRowsMatch(model, f.db(), QString(), QStringLiteral("c.sort_key, c.docid"));
        model.buildAnchorsNow(); // same rows through the complete anchor table
        CHECK(model.anchorsComplete());
        checkRowsMatch(model, f.db(), QString(), QStringLiteral("c.sort_key, c.docid"));
    }
    SECTION("by name, descending")
    {
        model.sort(CustomerListModel::Name, Qt::DescendingOrder);
        checkRowsMatch(model, f.db(), QString(), QStringLiteral("c.sort_key DESC, c.docid DESC"));
    }
    SECTION("by created")
    {
        model.sort(CustomerListModel::Created, Qt::AscendingOrder);
        checkRowsMatch(model, f.db(), QString(), QStringLiteral("c.created_at, c.docid"));
        model.sort(CustomerListModel::Created, Qt::DescendingOrder);
        checkRowsMatch(model, f.db(), QString(), QStringLiteral("c.created_at DESC, c.docid DESC"));
    }
    SECTION("by last contact, never contacted last")
    {
        model.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
        checkRowsMatch(model, f.db(), QString(), lastOrder.arg(QStringLiteral("DESC")));
        model.sort(CustomerListModel::LastContact, Qt::AscendingOrder);
        checkRowsMatch(model, f.db(), QString(), lastOrder.arg(QStringLiteral("ASC")));
    }
    SECTION("by owner name, then customer name")
    {
        model.sort(CustomerListModel::Owner, Qt::AscendingOrder);
        checkRowsMatch(model, f.db(), QString(), ownerOrder.arg(QStringLiteral("ASC")));
        model.sort(CustomerListModel::Owner, Qt::DescendingOrder);
        checkRowsMatch(model, f.db(), QString(), ownerOrder.arg(QStringLiteral("DESC")));
    }
    SECTION("filtered by status, owner and tag")
    {
        model.setStatusFilter(QStringLiteral("lead"));
        checkRowsMatch(model, f.db(), QStringLiteral("AND c.status = 'lead'"), QStringLiteral("c.sort_key, c.docid"));
        model.setOwnerFilter(QStringLiteral("u-zed"));
        model.sort(CustomerListModel::Created, Qt::DescendingOrder);
        checkRowsMatch(model, f.db(), QStringLiteral("AND c.status = 'lead' AND c.owner_id = 'u-zed'"),
                       QStringLiteral("c.created_at DESC, c.docid DESC"));
        model.setStatusFilter(QString());
        model.setOwnerFilter(QString());
        model.setTagFilter(QStringLiteral("vip"));
        checkRowsMatch(model, f.db(),
                       QStringLiteral("AND c.id IN (SELECT customer_id FROM customer_tags WHERE tag_key = 'vip')"),
                       QStringLiteral("c.created_at DESC, c.docid DESC"));
    }
    SECTION("a sales rep sees own and shared customers only")
    {
        CustomerListModel sales(f.db(), QStringLiteral("u-ana"));
        sales.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
        checkRowsMatch(sales, f.db(),
                       QStringLiteral("AND (c.owner_id = 'u-ana' OR c.id IN (SELECT customer_id FROM customer_shares "
                                      "WHERE user_id = 'u-ana'))"),
                       lastOrder.arg(QStringLiteral("DESC")));
    }
}

TEST_CASE("customer list shows the row's columns and follows changes without a reset", "[models]")
{
    SearchFixture f;
    generate(f, 1000);
    CustomerListModel model(f.db());
    REQUIRE(model.rowCount() == 1000);
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT c.display_name, c.company_name, c.status, u.name, c.id FROM customers c "
                                  "LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.sort_key, c.docid LIMIT 1 OFFSET 500")));
    REQUIRE(q.next());
    CHECK(model.data(model.index(500, CustomerListModel::Name)) == q.value(0));
    CHECK(model.data(model.index(500, CustomerListModel::Company)) == q.value(1));
    CHECK(model.data(model.index(500, CustomerListModel::Status)) == q.value(2));
    CHECK(model.data(model.index(500, CustomerListModel::Owner)).toString() == q.value(3).toString());
    const QString id = q.value(4).toString();

    int resets = 0;
    QList<int> changedRows;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &from, const QModelIndex &) { changedRows << from.row(); });
    // An edit that keeps the row's place: only that row changes.
    REQUIRE(q.exec(QStringLiteral("UPDATE customers SET company_name = 'Renamed Ltd' WHERE id = '%1'").arg(id)));
    model.onChanged(QStringLiteral("customer"), {id});
    CHECK(resets == 0);
    CHECK(changedRows == QList<int>{500});
    CHECK(model.data(model.index(500, CustomerListModel::Company)).toString() == QStringLiteral("Renamed Ltd"));

    // A delete changes the count: the view is reset and the count is exact again.
    REQUIRE(q.exec(QStringLiteral("UPDATE customers SET cl = 2 WHERE id = '%1'").arg(id)));
    model.onChanged(QStringLiteral("customer"), {id});
    CHECK(resets == 1);
    CHECK(model.rowCount() == 999);
}

TEST_CASE("customer list live search shows ranked hits as rows", "[models]")
{
    SearchFixture f;
    generate(f, 2000);
    REQUIRE(SearchIndex::rebuildAll(f.db(), {}).ok());
    CustomerListModel model(f.db());
    model.setSearchText(QStringLiteral("lukasz kowal"));
    REQUIRE(model.rowCount() > 0);
    CHECK(model.rowCount() <= CustomerListModel::searchLimit);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, CustomerListModel::Name)).toString().startsWith(QString::fromUtf8("Łukasz Kowalski")));
    model.setStatusFilter(QStringLiteral("lead"));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, CustomerListModel::Status)).toString() == QStringLiteral("lead"));
    model.setSearchText(QString());
    CHECK(model.rowCount() == referenceCount(f.db(), QStringLiteral("AND c.status = 'lead'")));
}

TEST_CASE("customer list passes QAbstractItemModelTester", "[models]")
{
    SearchFixture f;
    generate(f, 600);
    g_modelTestWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countModelTestWarnings);
    {
        CustomerListModel model(f.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.sort(CustomerListModel::Owner, Qt::AscendingOrder);
        model.setStatusFilter(QStringLiteral("customer"));
        model.setSearchText(QStringLiteral("budi"));
        model.setSearchText(QString());
        model.onChanged(QStringLiteral("customer"), {});
    }
    qInstallMessageHandler(g_previousHandler);
    CHECK(g_modelTestWarnings == 0);
}

TEST_CASE("customer list shows the first rows at once and counts the rest in idle slices", "[models][perf]")
{
    SearchFixture f;
    generate(f, 2500);
    g_modelTestWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countModelTestWarnings);
    {
        CustomerListModel model(f.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        CHECK(model.rowCount() == 2500); // shorter than one counting step: exact at once
        CHECK(model.countComplete());

        qint64 inserted = 0;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted,
                         [&](const QModelIndex &, int first, int last) {
                             CHECK(first == model.rowCount() - (last - first + 1)); // always at the end
                             inserted += last - first + 1;
                         });
        model.setCountSteps(300, 0); // one step of 300 rows before the first rows show
        model.sort(CustomerListModel::Created, Qt::AscendingOrder);
        CHECK(model.rowCount() == 300);
        CHECK_FALSE(model.countComplete());
        const QString createdOrder = QStringLiteral("c.created_at, c.docid");
        for (int row : {0, 1, 150, 299})
            CHECK(model.data(model.index(row, 0), CustomerListModel::IdRole).toString() ==
                  referenceId(f.db(), QString(), createdOrder, row));

        // The idle slices finish the count; rows are inserted at the end, none moves.
        for (int i = 0; i < 1000 && !model.countComplete(); ++i)
            QCoreApplication::processEvents();
        CHECK(model.countComplete());
        CHECK(model.rowCount() == 2500);
        CHECK(inserted == 2200);
        // Far rows are read from the nearest counted position before any anchor exists, then through anchors.
        checkRowsMatch(model, f.db(), QString(), createdOrder);
        model.buildAnchorsNow();
        checkRowsMatch(model, f.db(), QString(), createdOrder);

        // Filtered, by name: the same through finishCountNow().
        model.setStatusFilter(QStringLiteral("lead"));
        CHECK(model.rowCount() <= 300);
        checkRowsMatch(model, f.db(), QStringLiteral("AND c.status = 'lead'"), createdOrder);
        model.sort(CustomerListModel::Name, Qt::DescendingOrder);
        checkRowsMatch(model, f.db(), QStringLiteral("AND c.status = 'lead'"),
                       QStringLiteral("c.sort_key DESC, c.docid DESC"));
        model.sort(CustomerListModel::LastContact, Qt::AscendingOrder);
        checkRowsMatch(model, f.db(), QStringLiteral("AND c.status = 'lead'"),
                       QStringLiteral("(c.last_contact_at IS NULL), c.last_contact_at ASC, c.docid ASC"));

        // A change while counting starts over with the first rows.
        model.setStatusFilter(QString());
        CHECK_FALSE(model.countComplete());
        model.onChanged(QStringLiteral("customer"), {});
        model.finishCountNow();
        CHECK(model.rowCount() == 2500);
    }
    qInstallMessageHandler(g_previousHandler);
    CHECK(g_modelTestWarnings == 0);
}

TEST_CASE("customer list keeps its count and anchors through a search", "[models][perf]")
{
    SearchFixture f;
    generate(f, 2500);
    REQUIRE(SearchIndex::rebuildAll(f.db(), {}).ok());
    CustomerListModel model(f.db());
    model.buildAnchorsNow();
    REQUIRE(model.anchorsComplete());
    const int loads = model.listLoads();
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });

    SECTION("entering, changing and leaving a search does not count the list again")
    {
        model.setSearchText(QStringLiteral("bu"));
        CHECK(model.isSearching());
        CHECK(model.rowCount() <= CustomerListModel::searchLimit);
        model.setSearchText(QStringLiteral("budi"));
        model.setSearchText(QStringLiteral("budi s"));
        CHECK(resets == 3);
        model.setSearchText(QString());
        CHECK(resets == 4);
        CHECK(model.listLoads() == loads);
        CHECK(model.rowCount() == 2500);
        CHECK(model.countComplete());
        CHECK(model.anchorsComplete());
        for (int row : {0, 777, 2499})
            CHECK(model.data(model.index(row, 0), CustomerListModel::IdRole).toString() ==
                  referenceId(f.db(), QString(), QStringLiteral("c.sort_key, c.docid"), row));
    }
    SECTION("blanks alone are no search and change nothing")
    {
        model.setSearchText(QStringLiteral("   "));
        CHECK_FALSE(model.isSearching());
        CHECK(resets == 0);
        CHECK(model.rowCount() == 2500);
    }
    SECTION("a change while searching shows in the search and in the list once the search ends")
    {
        model.setSearchText(QStringLiteral("budi santoso"));
        const int hits = model.rowCount();
        REQUIRE(hits > 0);
        REQUIRE(hits < CustomerListModel::searchLimit);
        const QString gone = model.data(model.index(0, 0), CustomerListModel::IdRole).toString();
        f.exec(QStringLiteral("UPDATE customers SET cl = 2 WHERE id = '%1'").arg(gone));
        f.exec(QStringLiteral("DELETE FROM customers_fts WHERE docid = (SELECT docid FROM customers WHERE id = '%1')")
                   .arg(gone));
        model.onChanged(QStringLiteral("customer"), {gone});
        CHECK(model.rowCount() == hits - 1);
        CHECK(model.listLoads() == loads); // the list waits for the search to end
        model.setSearchText(QString());
        CHECK(model.listLoads() == loads + 1);
        model.finishCountNow();
        CHECK(model.rowCount() == 2499);
    }
    SECTION("a sort or filter while searching applies to the list when the search ends")
    {
        model.setSearchText(QStringLiteral("budi"));
        model.setStatusFilter(QStringLiteral("lead"));
        model.setSearchText(QString());
        model.finishCountNow();
        CHECK(model.rowCount() == referenceCount(f.db(), QStringLiteral("AND c.status = 'lead'")));
    }
}

TEST_CASE("customer list reads a search's rows as they are shown, in ranking order", "[models]")
{
    SearchFixture f;
    generate(f, 3000);
    REQUIRE(SearchIndex::rebuildAll(f.db(), {}).ok());
    CustomerListModel model(f.db());
    const QString typed = QStringLiteral("s");
    auto hits = CustomerSearch::search(f.db(), typed, CustomerListModel::searchLimit);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() > CustomerListQuery::readSize * 2); // rows from several blocks

    model.setSearchText(typed);
    REQUIRE(model.rowCount() == hits->size());
    // From the last block back to the first: each row is the hit of that rank.
    for (int row = model.rowCount() - 1; row >= 0; row -= 7) {
        CAPTURE(row);
        CHECK(model.data(model.index(row, 0), CustomerListModel::IdRole).toString() == hits->at(row).customerId);
        CHECK(model.data(model.index(row, CustomerListModel::Name)).toString() == hits->at(row).displayName);
    }

    // Filtered: the hits that pass, still in ranking order.
    model.setStatusFilter(QStringLiteral("prospect"));
    QStringList expected;
    QSqlQuery q(f.db());
    for (const SearchHit &hit : *hits) {
        REQUIRE(q.exec(QStringLiteral("SELECT status FROM customers WHERE docid = %1").arg(hit.rowId)));
        REQUIRE(q.next());
        if (q.value(0).toString() == QLatin1String("prospect"))
            expected << hit.customerId;
    }
    REQUIRE(model.rowCount() == expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, 0), CustomerListModel::IdRole).toString() == expected.at(row));
}

TEST_CASE("customer list sorted by owner counts owner by owner, rows only ever added at the end", "[models][perf]")
{
    SearchFixture f;
    generate(f, 2500);
    CustomerListModel model(f.db());
    qint64 inserted = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&](const QModelIndex &, int first, int last) {
        CHECK(first == model.rowCount() - (last - first + 1));
        inserted += last - first + 1;
    });
    model.setCountSteps(200, 0);
    model.sort(CustomerListModel::Owner, Qt::DescendingOrder);
    CHECK(model.rowCount() == 200); // one step of the first owner's customers
    CHECK_FALSE(model.countComplete());
    for (int i = 0; i < 1000 && !model.countComplete(); ++i)
        QCoreApplication::processEvents();
    CHECK(model.countComplete());
    CHECK(inserted == 2300);
    checkRowsMatch(model, f.db(), QString(),
                   QStringLiteral("(c.owner_id IS NULL), u.name DESC, c.owner_id DESC, c.sort_key DESC, c.docid DESC"));
    model.setOwnerFilter(QStringLiteral("u-ana"));
    checkRowsMatch(model, f.db(), QStringLiteral("AND c.owner_id = 'u-ana'"),
                   QStringLiteral("c.sort_key DESC, c.docid DESC"));
}

TEST_CASE("customer list counts and skips rows in its indexes only (migration 7)", "[models][perf]")
{
    SearchFixture f;
    generate(f, 200);
    // The shapes of the list's counting / skipping statements: each must be answered from a covering index
    // (SQLite 3.15 otherwise reads the table row of every entry to check "cl % 2 = 1").
    const QStringList statements{
        QStringLiteral("SELECT c.sort_key, c.docid FROM customers c WHERE c.cl % 2 = 1 ORDER BY c.sort_key, c.docid "
                       "LIMIT 1 OFFSET 10000"),
        QStringLiteral("SELECT c.sort_key, c.docid FROM customers c WHERE c.cl % 2 = 1 AND c.sort_key >= 'm' AND "
                       "(c.sort_key > 'm' OR c.docid >= 5) ORDER BY c.sort_key DESC, c.docid DESC LIMIT 1 OFFSET 150"),
        QStringLiteral("SELECT c.created_at, c.docid FROM customers c WHERE c.cl % 2 = 1 ORDER BY c.created_at DESC, "
                       "c.docid DESC LIMIT 1 OFFSET 10000"),
        QStringLiteral("SELECT c.last_contact_at, c.docid FROM customers c WHERE c.cl % 2 = 1 AND c.last_contact_at "
                       "IS NOT NULL ORDER BY c.last_contact_at, c.docid LIMIT 1 OFFSET 10000"),
        QStringLiteral("SELECT c.sort_key, c.docid FROM customers c WHERE c.cl % 2 = 1 AND c.owner_id = 'u-ana' "
                       "ORDER BY c.sort_key, c.docid LIMIT 1 OFFSET 10000"),
        QStringLiteral("SELECT c.sort_key, c.docid FROM customers c WHERE c.cl % 2 = 1 AND c.status = 'lead' "
                       "ORDER BY c.sort_key, c.docid LIMIT 1 OFFSET 10000"),
        QStringLiteral("SELECT count(*) FROM customers c WHERE c.cl % 2 = 1"),
    };
    QSqlQuery q(f.db());
    for (const QString &sql : statements) {
        CAPTURE(sql);
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        CAPTURE(plan.join(QLatin1Char('|')).toStdString());
        CHECK(plan.size() == 1); // no sorting step either
        CHECK(plan.value(0).contains(QLatin1String("USING COVERING INDEX customers_live_")));
    }
}
