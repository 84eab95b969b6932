#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace relasi {

class ServiceContext;

// Small SQL helpers for the services of synced records keyed by a text id (interactions, deals, deal
// items, payments, tasks, consents). Column names come from the services' own field maps, never from
// user input. created_at/updated_at/cl are handled here. Statements are prepared once per connection
// (ServiceContext::cachedQuery) and reused.
class RowWriter
{
public:
    // How a field value is bound: a null QString as '' (text is never NULL), an invalid QVariant as NULL.
    static QVariant bindable(const QVariant &value);
    // A time (UTC ms) as a field value: NULL when not set (0 or less).
    static QVariant msOrNull(qint64 ms) { return ms > 0 ? QVariant(ms) : QVariant(); }
    // Optional text (a reference such as a task's deal) as a field value: NULL when empty.
    static QVariant orNull(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

    // INSERT (id, fields…, cl = 1, created_at = updated_at = now).
    static Status insert(ServiceContext &ctx, const QString &table, const QString &id, const QVariantMap &fields,
                         qint64 now);
    // A new record of `entity` in `table`, inside the caller's open WriteTransaction: the row (insert()), its
    // journal entry (one upsert mutation, the fields sharing one record-wide stamp: ChangeJournal::upsert with
    // newRecord) under scopeId, and one audit entry `action` by the acting user naming the fields (details
    // adds to {"fields": […]}; never values). The caller notes tx.touched() and commits.
    static Status insertNew(ServiceContext &ctx, const QString &entity, const QString &table, const QString &id,
                            const QString &scopeId, const QVariantMap &fields, qint64 now,
                            const QString &action = QStringLiteral("create"), QJsonObject details = {});
    // UPDATE fields and updated_at = now of the row with id; NotFound when there is none.
    static Status update(ServiceContext &ctx, const QString &table, const QString &id, const QVariantMap &fields,
                         qint64 now);
    // The fields of `after` whose value differs from `before` (missing keys count as different).
    static QVariantMap diff(const QVariantMap &before, const QVariantMap &after);
};

} // namespace relasi
