#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace relasi {

// Small SQL helpers for the services of synced records keyed by a text id (interactions, deals, deal
// items, payments, tasks, consents). Column names come from the services' own field maps, never from
// user input. created_at/updated_at/cl are handled here.
class RowWriter
{
public:
    // How a field value is bound: a null QString as '' (text is never NULL), an invalid QVariant as NULL.
    static QVariant bindable(const QVariant &value);

    // INSERT (id, fields…, cl = 1, created_at = updated_at = now).
    static Status insert(QSqlDatabase &db, const QString &table, const QString &id, const QVariantMap &fields,
                         qint64 now);
    // UPDATE fields and updated_at = now of the row with id; NotFound when there is none.
    static Status update(QSqlDatabase &db, const QString &table, const QString &id, const QVariantMap &fields,
                         qint64 now);
    // The fields of `after` whose value differs from `before` (missing keys count as different).
    static QVariantMap diff(const QVariantMap &before, const QVariantMap &after);
};

} // namespace relasi
