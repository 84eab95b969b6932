#pragma once

#include "common/Result.h"
#include "domain/Customer.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace relasi {

// Keeps the FTS4 table customers_fts (docid = customers.rowid; columns name, company, phones, place, tags,
// notes; see docs/domain.md) in step with the customer rows. Text goes through TextNormalizer::indexTokens,
// phones through PhoneNormalizer::searchDigitForms (region: business_profile.country, Indonesia by
// default). E-mail addresses are deliberately not indexed here (CustomerSearch reads them through the
// ordinary index on contact_points(kind, normalized)).
class SearchIndex
{
public:
    // The FTS column values of one customer (already tokenised).
    struct Row {
        QString name, company, phones, place, tags, notes;
    };

    // The row of a customer held in memory (normalised, alive: live contact points, addresses and tags as
    // given). Pure (no database, safe on any thread): it gives the same tokens as reindexCustomer() would
    // read back from the stored rows, so the bulk create path can build it on a worker.
    static Row rowFor(const Customer &customer, const QString &region);
    // Adds the row of a customer that has none yet (created in the caller's transaction; docid =
    // customers.rowid). `insert` is a statement from prepareInsert(), reused across rows.
    static Status insertNew(QSqlQuery &insert, qint64 docid, const Row &row);
    static QString insertSql();
    // The region whose digit forms phones are indexed in (business_profile.country, else "ID").
    static QString indexRegion(QSqlDatabase &db);

    // Rebuilds the customer's row from its current rows (names, company, live phone/WhatsApp contact
    // points, addresses, tags, notes). Removes the row when the customer is deleted (cl even) or absent.
    // Runs inside the caller's transaction: never opens one itself.
    static Status reindexCustomer(QSqlDatabase &db, const QString &customerId);

    // Removes the customer's row (no-op when there is none). Call before physically deleting the
    // customers row (the docid is looked up through it). Never opens a transaction itself.
    static Status removeCustomer(QSqlDatabase &db, const QString &customerId);

    // Drops and refills the whole index from the customer rows in one transaction of its own (do not
    // call inside another transaction), then merges it into one segment ('optimize'). progress(done,
    // total) is called every few thousand customers; returning false cancels (ErrorCode::Cancelled,
    // nothing changed). For imports and demo data.
    static Status rebuildAll(QSqlDatabase &db, const std::function<bool(qint64 done, qint64 total)> &progress = {});

    // Merges the index into one segment ('optimize'; its own statement, outside any transaction). After
    // large batch writes (demo data, imports): fewer segments make prefix searches faster.
    static Status optimize(QSqlDatabase &db);

    // The statement that creates the table (for migration 2 and test fixtures).
    static QString createTableSql();
};

} // namespace relasi
