#pragma once

#include "common/Result.h"
#include "search/SearchHit.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace relasi {

// Search-as-you-type over customers (DESIGN §4): FTS4 prefix terms over the customers_fts columns,
// phones by digits, e-mail addresses by a range scan of the index on contact_points(kind, normalized).
// Ranked: name matches, then company, then phone/e-mail, then the other columns (place, tags, notes).
// Every step is limited, so no query reads the whole table. Deleted customers are never returned.
class CustomerSearch
{
public:
    enum class QueryKind { Empty, Text, Phone, Email };

    // What kind of search `typed` asks for: Phone when it is mostly digits (and + - . ( ) spaces),
    // Email when it contains '@', Text otherwise (single words also look at e-mail addresses).
    static QueryKind classify(const QString &typed);

    // At most `limit` customers matching `typed`, best first. visibleToUserId: empty = every customer;
    // otherwise only customers that user owns or that are shared with them (sales reps).
    // `region` is the business's default region for reading typed phone numbers ("ID").
    static Result<QList<SearchHit>> search(QSqlDatabase &db, const QString &typed, int limit,
                                           const QString &visibleToUserId = QString(),
                                           const QString &region = QStringLiteral("ID"));
};

} // namespace relasi
