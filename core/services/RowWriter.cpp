#include "services/RowWriter.h"

#include "storage/Database.h"

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

Status RowWriter::insert(QSqlDatabase &db, const QString &table, const QString &id, const QVariantMap &fields,
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
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    q.addBindValue(id);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        q.addBindValue(bindable(it.value()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("inserting into %1").arg(table));
    return {};
}

Status RowWriter::update(QSqlDatabase &db, const QString &table, const QString &id, const QVariantMap &fields,
                         qint64 now)
{
    QStringList sets;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        sets << QStringLiteral("%1 = ?").arg(it.key());
    sets << QStringLiteral("updated_at = ?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        q.addBindValue(bindable(it.value()));
    q.addBindValue(now);
    q.addBindValue(id);
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
