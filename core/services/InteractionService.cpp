#include "services/InteractionService.h"

#include "services/RowWriter.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/CardNumberGuard.h"
#include "services/CustomerAccess.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace relasi {

namespace {

const QString kInteraction = QStringLiteral("interaction");
const QString kCustomer = QStringLiteral("customer");

} // namespace

InteractionService::InteractionService(ServiceContext &ctx) : m_ctx(ctx) {}

const QStringList &InteractionService::channels()
{
    static const QStringList list{QStringLiteral("call"),     QStringLiteral("email"), QStringLiteral("meeting"),
                                  QStringLiteral("whatsapp"), QStringLiteral("sms"),   QStringLiteral("visit"),
                                  QStringLiteral("note")};
    return list;
}

Result<QString> InteractionService::add(const Interaction &entry)
{
    auto scope = CustomerAccess::check(m_ctx, Permission::CreateRecords, entry.customerId, kInteraction);
    if (!scope)
        return scope.error();
    if (!channels().contains(entry.channel))
        return Error(ErrorCode::Invalid, QStringLiteral("channel: unknown channel '%1'").arg(entry.channel));
    if (!entry.direction.isEmpty() && entry.direction != QLatin1String("in") && entry.direction != QLatin1String("out"))
        return Error(ErrorCode::Invalid, QStringLiteral("direction: must be in or out"));
    if (entry.durationS < -1)
        return Error(ErrorCode::Invalid, QStringLiteral("duration: must not be negative"));
    const std::pair<const char *, const QString *> texts[] = {
        {"subject", &entry.subject}, {"body", &entry.body}, {"outcome", &entry.outcome}};
    for (const auto &t : texts) {
        if (CardNumberGuard::containsCardNumber(*t.second))
            return Error(ErrorCode::Invalid,
                         QStringLiteral("%1: contains a payment card number; store only its last four digits")
                             .arg(QLatin1String(t.first)));
    }

    const qint64 now = m_ctx.clock().nowMs();
    const qint64 occurredAt = entry.occurredAt > 0 ? entry.occurredAt : now;
    const QString id = Uuid::v7(m_ctx.clock());
    QVariantMap fields;
    fields.insert(QStringLiteral("customer_id"), entry.customerId);
    fields.insert(QStringLiteral("channel"), entry.channel);
    fields.insert(QStringLiteral("direction"), entry.direction.isEmpty() ? QVariant() : QVariant(entry.direction));
    fields.insert(QStringLiteral("occurred_at"), occurredAt);
    fields.insert(QStringLiteral("duration_s"), entry.durationS < 0 ? QVariant() : QVariant(entry.durationS));
    fields.insert(QStringLiteral("subject"), entry.subject.trimmed());
    fields.insert(QStringLiteral("body"), entry.body);
    fields.insert(QStringLiteral("outcome"), entry.outcome.trimmed());
    fields.insert(QStringLiteral("user_id"), m_ctx.session().userId);

    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    if (Status s = RowWriter::insertNew(m_ctx, kInteraction, QStringLiteral("interactions"), id, entry.customerId,
                                        fields, now, QStringLiteral("create"),
                                        QJsonObject{{QStringLiteral("customer_id"), entry.customerId}});
        !s)
        return s.error();

    // The customer's last contact moves forward only (an entry logged late for an old call leaves it).
    QSqlQuery &c = m_ctx.cachedQuery(QStringLiteral("UPDATE customers SET last_contact_at = ?, updated_at = ? WHERE "
                                                    "id = ? AND (last_contact_at IS NULL OR last_contact_at < ?)"));
    c.bindValue(0, occurredAt);
    c.bindValue(1, now);
    c.bindValue(2, entry.customerId);
    c.bindValue(3, occurredAt);
    if (!c.exec())
        return Database::errorFrom(c.lastError(), QStringLiteral("updating the last contact"));
    if (c.numRowsAffected() > 0) {
        const QVariantMap f{{QStringLiteral("last_contact_at"), occurredAt}};
        if (auto j = m_ctx.journal().upsert(kCustomer, entry.customerId, entry.customerId, f); !j)
            return j.error();
        tx.touched(kCustomer, entry.customerId);
    }

    tx.touched(kInteraction, id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Interaction>> InteractionService::listForCustomer(const QString &customerId, int limit)
{
    auto scope = CustomerAccess::check(m_ctx, Permission::ReadRecords, customerId, kInteraction, {}, false);
    if (!scope)
        return scope.error();
    QSqlQuery q(m_ctx.db());
    QString sql = QStringLiteral("SELECT id, customer_id, channel, direction, occurred_at, duration_s, subject, body, "
                                 "outcome, user_id, created_at FROM interactions WHERE customer_id = ? AND cl % 2 = 1 "
                                 "ORDER BY occurred_at DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the communication log"));
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toString();
        i.customerId = q.value(1).toString();
        i.channel = q.value(2).toString();
        i.direction = q.value(3).toString();
        i.occurredAt = q.value(4).toLongLong();
        i.durationS = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        i.subject = q.value(6).toString();
        i.body = q.value(7).toString();
        i.outcome = q.value(8).toString();
        i.userId = q.value(9).toString();
        i.createdAt = q.value(10).toLongLong();
        out << i;
    }
    return out;
}

} // namespace relasi
