#include "io/import/ImportProfileStore.h"

#include "common/Clock.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relasi {

namespace {
const QString kPrefix = QStringLiteral("import.profile.");
} // namespace

ImportProfileStore::ImportProfileStore(ServiceContext &ctx)
    : m_ctx(ctx)
{
}

Result<QStringList> ImportProfileStore::names()
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT key FROM settings WHERE substr(key, 1, ?) = ?"));
    q.addBindValue(kPrefix.size());
    q.addBindValue(kPrefix);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("listing import profiles"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString().mid(kPrefix.size());
    std::sort(out.begin(), out.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

Result<ImportProfile> ImportProfileStore::load(const QString &name)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kPrefix + name);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading import profile"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no import profile named %1").arg(name));
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!doc.isObject())
        return Error(ErrorCode::Invalid, QStringLiteral("import profile %1 is not a JSON object").arg(name));
    auto profile = ImportProfile::fromJson(doc.object());
    if (!profile.ok())
        return profile.error();
    ImportProfile p = profile.value();
    p.name = name;
    return p;
}

Status ImportProfileStore::save(const ImportProfile &profile)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("an import profile needs a name"));
    if (Status allowed = m_ctx.require(Permission::ImportCsv); !allowed.ok())
        return allowed;
    ImportProfile stored = profile;
    stored.name = name;
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(kPrefix + name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_ctx.clock().nowMs());
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("saving import profile"));
    return {};
}

Status ImportProfileStore::remove(const QString &name)
{
    if (Status allowed = m_ctx.require(Permission::ImportCsv); !allowed.ok())
        return allowed;
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(kPrefix + name);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("removing import profile"));
    return {};
}

} // namespace relasi
