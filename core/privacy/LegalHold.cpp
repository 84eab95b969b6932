#include "privacy/LegalHold.h"

#include "common/Clock.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
const QString kCustomer = QStringLiteral("customer");

Result<bool> readHold(QSqlDatabase &db, const QString &customerId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT legal_hold FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the legal hold"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no customer with id %1").arg(customerId));
    return q.value(0).toLongLong() != 0;
}
} // namespace

LegalHold::LegalHold(ServiceContext &ctx) : m_ctx(ctx) {}

Result<bool> LegalHold::isHeld(const QString &customerId)
{
    if (Status s = m_ctx.require(Permission::ReadRecords, kCustomer, customerId); !s)
        return s.error();
    return readHold(m_ctx.db(), customerId);
}

Status LegalHold::set(const QString &customerId, bool held)
{
    if (Status s = m_ctx.require(Permission::EraseData, kCustomer, customerId); !s)
        return s;
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    auto now = readHold(m_ctx.db(), customerId);
    if (!now)
        return now.error();
    if (*now == held)
        return {};
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("UPDATE customers SET legal_hold = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(qint64(held ? 1 : 0));
    q.addBindValue(m_ctx.clock().nowMs());
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("writing the legal hold"));
    const QVariantMap fields{{QStringLiteral("legal_hold"), qint64(held ? 1 : 0)}};
    if (auto j = m_ctx.journal().upsert(kCustomer, customerId, customerId, fields); !j)
        return j.error();
    if (auto a = m_ctx.audit().append(m_ctx.session().userId,
                                      held ? QStringLiteral("legal_hold_set") : QStringLiteral("legal_hold_clear"),
                                      kCustomer, customerId);
        !a)
        return a.error();
    tx.touched(kCustomer, customerId);
    return tx.commit();
}

} // namespace relasi
