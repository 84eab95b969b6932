#include "services/RowWriter.h"

#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace relasi {

// Text is never stored as NULL: a null QString (an unset field) binds as '' so the NOT NULL DEFAULT ''
// text columns accept it; an untyped QVariant() is the way to write SQL NULL (dates, numbers not set).
QVariant RowWriter::bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

Status RowWriter::insert(ServiceContext &ctx, const QString &table, const QString &id, const QVariantMap &fields,
                         qint64 now)
{
    QStringList columns{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
    }
    columns << QStringLiteral("cl") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    marks << QStringLiteral("1") << QStringLiteral("?") << QStringLiteral("?");
    QSqlQuery &q = ctx.cachedQuery(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    int i = 0;
    q.bindValue(i++, id);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        q.bindValue(i++, bindable(it.value()));
    q.bindValue(i++, now);
    q.bindValue(i++, now);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("inserting into %1").arg(table));
    return {};
}

Status RowWriter::insertNew(ServiceContext &ctx, const QString &entity, const QString &table, const QString &id,
                            const QString &scopeId, const QVariantMap &fields, qint64 now, const QString &action,
                            QJsonObject details)
{
    if (Status s = insert(ctx, table, id, fields, now); !s)
        return s;
    if (auto j = ctx.journal().upsert(entity, id, scopeId, fields, true); !j)
        return j.error();
    details.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields.keys()));
    if (auto a = ctx.audit().append(ctx.session().userId, action, entity, id, details); !a)
        return a.error();
    return {};
}

Status RowWriter::update(ServiceContext &ctx, const QString &table, const QString &id, const QVariantMap &fields,
                         qint64 now)
{
    QStringList sets;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        sets << QStringLiteral("%1 = ?").arg(it.key());
    sets << QStringLiteral("updated_at = ?");
    QSqlQuery &q = ctx.cachedQuery(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))));
    int i = 0;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        q.bindValue(i++, bindable(it.value()));
    q.bindValue(i++, now);
    q.bindValue(i++, id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("updating %1").arg(table));
    if (q.numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("no row %1 in %2").arg(id, table));
    return {};
}

QVariantMap RowWriter::diff(const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd() || old->isNull() != it->isNull() || old.value() != it.value())
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace relasi
