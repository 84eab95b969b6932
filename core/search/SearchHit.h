#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace relasi {

// One customer found by CustomerSearch, best first.
struct SearchHit {
    // Where the typed text matched, in ranking order.
    enum class Field { Name, Company, Phone, Email, Other };

    QString customerId;
    qint64 rowId = 0; // customers.rowid = customers_fts docid
    QString displayName;
    QString companyName;
    Field field = Field::Other;
};

} // namespace relasi

Q_DECLARE_METATYPE(relasi::SearchHit)
