#include "services/BusinessProfileService.h"

#include "common/Clock.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
const QString kEntity = QStringLiteral("business_profile");
const QString kRecord = QStringLiteral("1");

bool isLetters(const QString &s, int n)
{
    if (s.size() != n)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}
} // namespace

BusinessProfileService::BusinessProfileService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<BusinessProfile> BusinessProfileService::get()
{
    QSqlQuery q(m_ctx.db());
    if (!q.exec(QStringLiteral("SELECT name, address, tax_id, currency, country, locale, updated_at "
                               "FROM business_profile WHERE id = 1")))
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the business profile"));
    BusinessProfile p;
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no business profile"));
    p.name = q.value(0).toString();
    p.address = q.value(1).toString();
    p.taxId = q.value(2).toString();
    p.currency = q.value(3).toString();
    p.country = q.value(4).toString();
    p.locale = q.value(5).toString();
    p.updatedAt = q.value(6).toLongLong();
    return p;
}

Status BusinessProfileService::update(const BusinessProfile &in)
{
    if (Status s = m_ctx.require(Permission::ConfigureSettings, kEntity, kRecord); !s)
        return s;
    BusinessProfile p = in;
    p.name = p.name.trimmed();
    p.address = p.address.trimmed();
    p.taxId = p.taxId.trimmed();
    p.currency = p.currency.trimmed().toUpper();
    p.country = p.country.trimmed().toUpper();
    p.locale = p.locale.trimmed();
    if (!isLetters(p.currency, 3))
        return Error(ErrorCode::Invalid, QStringLiteral("currency: not an ISO 4217 code"));
    if (!isLetters(p.country, 2))
        return Error(ErrorCode::Invalid, QStringLiteral("country: not an ISO 3166-1 alpha-2 code"));

    auto old = get();
    if (!old)
        return old.error();
    QVariantMap changed;
    auto diff = [&changed](const char *field, const QString &before, const QString &after) {
        if (before != after)
            changed.insert(QString::fromLatin1(field), after);
    };
    diff("name", old->name, p.name);
    diff("address", old->address, p.address);
    diff("tax_id", old->taxId, p.taxId);
    diff("currency", old->currency, p.currency);
    diff("country", old->country, p.country);
    diff("locale", old->locale, p.locale);
    if (changed.isEmpty())
        return {};

    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("UPDATE business_profile SET name = ?, address = ?, tax_id = ?, currency = ?, "
                             "country = ?, locale = ?, updated_at = ? WHERE id = 1"));
    q.addBindValue(p.name);
    q.addBindValue(p.address);
    q.addBindValue(p.taxId);
    q.addBindValue(p.currency);
    q.addBindValue(p.country);
    q.addBindValue(p.locale);
    q.addBindValue(m_ctx.clock().nowMs());
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("updating the business profile"));
    if (auto j = m_ctx.journal().upsert(kEntity, kRecord, {}, changed); !j)
        return j.error();
    QJsonObject details;
    details.insert(QStringLiteral("fields"), QJsonArray::fromStringList(changed.keys()));
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("update"), kEntity, kRecord, details); !a)
        return a.error();
    tx.touched(kEntity, kRecord);
    // Set before the commit: the commit tells listeners (ChangeNotifier, "business_profile"), and they read the
    // new region from the context.
    const QString previousRegion = m_ctx.defaultRegion();
    m_ctx.setDefaultRegion(p.country);
    if (Status s = tx.commit(); !s) {
        m_ctx.setDefaultRegion(previousRegion);
        return s;
    }
    return {};
}

} // namespace relasi
