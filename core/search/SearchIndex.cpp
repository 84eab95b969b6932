#include "search/SearchIndex.h"

#include "common/Logging.h"
#include "domain/PhoneNormalizer.h"
#include "storage/Database.h"
#include "storage/SqlCipherResult.h"
#include "text/TextNormalizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace relasi {

namespace {

// Everything one customer's index row is made of, in one statement (correlated sub-queries use the
// customer_id indexes of the child tables). %1 is the WHERE clause.
const char *const kSourceSql = R"SQL(
SELECT c.rowid, c.cl, c.display_name, c.given_name, c.family_name, c.company_name, c.notes,
  (SELECT group_concat(p.normalized, ' ') FROM contact_points p
     WHERE p.customer_id = c.id AND p.kind IN ('phone', 'whatsapp') AND p.cl % 2 = 1),
  (SELECT group_concat(ifnull(a.city, '') || ' ' || ifnull(a.region, '') || ' ' || ifnull(a.country, ''), ' ')
     FROM addresses a WHERE a.customer_id = c.id AND a.cl % 2 = 1),
  (SELECT group_concat(t.tag, ' ') FROM customer_tags t WHERE t.customer_id = c.id AND t.cl % 2 = 1)
FROM customers c %1)SQL";

const char *const kInsertSql =
    "INSERT INTO customers_fts (docid, name, company, phones, place, tags, notes) VALUES (?, ?, ?, ?, ?, ?, ?)";

QString tokens(const QString &text)
{
    return TextNormalizer::indexTokens(text).join(QLatin1Char(' '));
}

using IndexRow = SearchIndex::Row;

QString defaultRegion(QSqlDatabase &db)
{
    return SearchIndex::indexRegion(db);
}

// One definition of the row for both sources (stored rows, a customer in memory). `names` are display,
// given and family name; phones E.164; places "city region country" per address.
IndexRow makeRow(const QString &names, const QString &company, const QString &notes, const QStringList &phones,
                 const QString &places, const QString &tags, const QString &region)
{
    IndexRow row;
    row.name = tokens(names);
    row.company = tokens(company);
    row.notes = tokens(notes);
    QStringList digitForms;
    for (const QString &e164 : phones) {
        for (const QString &form : PhoneNormalizer::searchDigitForms(e164, region)) {
            if (!digitForms.contains(form))
                digitForms << form;
        }
    }
    row.phones = tokens(digitForms.join(QLatin1Char(' ')));
    row.place = tokens(places);
    row.tags = tokens(tags);
    return row;
}

IndexRow indexRowFrom(const QSqlQuery &q, const QString &region)
{
    const QStringList names{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    return makeRow(names.join(QLatin1Char(' ')), q.value(5).toString(), q.value(6).toString(),
                   q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), q.value(8).toString(),
                   q.value(9).toString(), region);
}

Status insertRow(QSqlQuery &insert, qint64 docid, const IndexRow &row)
{
    if (!SqlCipherResult::execPositional(insert,
                                         {docid, row.name, row.company, row.phones, row.place, row.tags, row.notes}))
        return Database::errorFrom(insert.lastError(), QStringLiteral("indexing a customer"));
    return {};
}

Status deleteDocid(QSqlDatabase &db, qint64 docid)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM customers_fts WHERE docid = ?"));
    del.bindValue(0, docid);
    if (!del.exec())
        return Database::errorFrom(del.lastError(), QStringLiteral("removing a customer from the index"));
    return {};
}

} // namespace

QString SearchIndex::indexRegion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT country FROM business_profile WHERE id = 1")) && q.next()) {
        const QString region = q.value(0).toString().trimmed();
        if (!region.isEmpty())
            return region;
    }
    return QStringLiteral("ID");
}

SearchIndex::Row SearchIndex::rowFor(const Customer &c, const QString &region)
{
    const QStringList names{c.displayName, c.givenName, c.familyName};
    QStringList phones;
    for (const ContactPoint &p : c.contacts) {
        if ((p.kind == ContactKind::Phone || p.kind == ContactKind::WhatsApp) && !p.normalized.isEmpty())
            phones << p.normalized;
    }
    QStringList places;
    for (const Address &a : c.addresses)
        places << a.city + QLatin1Char(' ') + a.region + QLatin1Char(' ') + a.country;
    return makeRow(names.join(QLatin1Char(' ')), c.companyName, c.notes, phones, places.join(QLatin1Char(' ')),
                   c.tags.join(QLatin1Char(' ')), region);
}

QString SearchIndex::insertSql()
{
    return QString::fromLatin1(kInsertSql);
}

Status SearchIndex::insertNew(QSqlQuery &insert, qint64 docid, const Row &row)
{
    return insertRow(insert, docid, row);
}

Status SearchIndex::optimize(QSqlDatabase &db)
{
    return Database::exec(db, QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')"));
}

QString SearchIndex::createTableSql()
{
    return QStringLiteral("CREATE VIRTUAL TABLE customers_fts USING fts4("
                          "name, company, phones, place, tags, notes, tokenize=unicode61, prefix=\"2,3\")");
}

Status SearchIndex::reindexCustomer(QSqlDatabase &db, const QString &customerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromUtf8(kSourceSql).arg(QStringLiteral("WHERE c.id = ?")));
    q.bindValue(0, customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a customer to index"));
    if (!q.next())
        return {}; // no such customer: nothing to index (removeCustomer handles deletes before the row goes)
    const qint64 docid = q.value(0).toLongLong();
    const bool alive = q.value(1).toLongLong() % 2 == 1;
    const IndexRow row = alive ? indexRowFrom(q, defaultRegion(db)) : IndexRow{};
    q.finish();

    Status removed = deleteDocid(db, docid);
    if (!removed || !alive)
        return removed;
    QSqlQuery insert(db);
    insert.prepare(QString::fromLatin1(kInsertSql));
    return insertRow(insert, docid, row);
}

Status SearchIndex::removeCustomer(QSqlDatabase &db, const QString &customerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM customers WHERE id = ?"));
    q.bindValue(0, customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("looking up a customer to unindex"));
    if (!q.next())
        return {};
    const qint64 docid = q.value(0).toLongLong();
    q.finish();
    return deleteDocid(db, docid);
}

Status SearchIndex::rebuildAll(QSqlDatabase &db, const std::function<bool(qint64, qint64)> &progress)
{
    QString ddl;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'customers_fts'")) &&
            q.next())
            ddl = q.value(0).toString();
    }
    if (ddl.isEmpty())
        ddl = createTableSql();

    if (!db.transaction())
        return Database::errorFrom(db.lastError(), QStringLiteral("starting the index rebuild"));
    auto fail = [&db](const Error &e) -> Status {
        db.rollback();
        return e;
    };

    qint64 total = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE cl % 2 = 1")) || !q.next())
            return fail(Database::errorFrom(q.lastError(), QStringLiteral("counting customers")));
        total = q.value(0).toLongLong();
    }
    for (const QString &sql : {QStringLiteral("DROP TABLE IF EXISTS customers_fts"), ddl}) {
        Status s = Database::exec(db, sql);
        if (!s)
            return fail(s.error());
    }

    const QString region = defaultRegion(db);
    QSqlQuery source(db);
    source.setForwardOnly(true);
    if (!source.exec(QString::fromUtf8(kSourceSql).arg(QStringLiteral("WHERE c.cl % 2 = 1 ORDER BY c.rowid"))))
        return fail(Database::errorFrom(source.lastError(), QStringLiteral("reading customers to index")));
    QSqlQuery insert(db);
    insert.prepare(QString::fromLatin1(kInsertSql));
    qint64 done = 0;
    while (source.next()) {
        Status s = insertRow(insert, source.value(0).toLongLong(), indexRowFrom(source, region));
        if (!s)
            return fail(s.error());
        ++done;
        if (progress && done % 4096 == 0 && !progress(done, total))
            return fail(Error(ErrorCode::Cancelled, QStringLiteral("index rebuild cancelled")));
    }
    if (source.lastError().isValid())
        return fail(Database::errorFrom(source.lastError(), QStringLiteral("reading customers to index")));
    source.finish();

    if (!db.commit())
        return fail(Database::errorFrom(db.lastError(), QStringLiteral("committing the index rebuild")));
    // Merge the segments into one, after the commit: SQLite 3.15's FTS4 'optimize' run in the same
    // transaction as the table's re-creation loses the freshly written segments.
    Status optimized = Database::exec(db, QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')"));
    if (!optimized)
        return optimized;
    if (progress)
        progress(done, total);
    qCInfo(lcSearch) << "rebuilt the search index:" << done << "customers";
    return {};
}

} // namespace relasi
