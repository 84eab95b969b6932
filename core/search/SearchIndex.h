#pragma once

#include "common/Result.h"

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

    // The statement that creates the table (for migration 2 and test fixtures).
    static QString createTableSql();
};

} // namespace relasi
