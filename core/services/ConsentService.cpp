#include "services/ConsentService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "services/CustomerAccess.h"
#include "services/RowWriter.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

const QString kConsent = QStringLiteral("consent");

} // namespace

ConsentService::ConsentService(ServiceContext &ctx) : m_ctx(ctx) {}

const QStringList &ConsentService::purposes()
{
    static const QStringList list{QStringLiteral("marketing_email"), QStringLiteral("marketing_whatsapp_sms"),
                                  QStringLiteral("phone_calls"), QStringLiteral("profiling")};
    return list;
}

const QStringList &ConsentService::lawfulBases()
{
    static const QStringList list{QStringLiteral("consent"),             QStringLiteral("contract"),
                                  QStringLiteral("legal_obligation"),    QStringLiteral("legitimate_interest"),
                                  QStringLiteral("vital_interest"),      QStringLiteral("public_task")};
    return list;
}

Result<QString> ConsentService::record(const Consent &consent)
{
    auto scope = CustomerAccess::check(m_ctx, Permission::CreateRecords, consent.customerId, kConsent);
    if (!scope)
        return scope.error();
    if (!purposes().contains(consent.purpose))
        return Error(ErrorCode::Invalid, QStringLiteral("purpose: unknown purpose '%1'").arg(consent.purpose));
    if (!lawfulBases().contains(consent.lawfulBasis))
        return Error(ErrorCode::Invalid, QStringLiteral("lawful_basis: unknown basis '%1'").arg(consent.lawfulBasis));

    const qint64 now = m_ctx.clock().nowMs();
    const QString id = Uuid::v7(m_ctx.clock());
    const QVariantMap fields{{QStringLiteral("customer_id"), consent.customerId},
                             {QStringLiteral("purpose"), consent.purpose},
                             {QStringLiteral("channel"), consent.channel.trimmed()},
                             {QStringLiteral("lawful_basis"), consent.lawfulBasis},
                             {QStringLiteral("granted"), consent.granted ? 1 : 0},
                             {QStringLiteral("source"), consent.source.trimmed()},
                             {QStringLiteral("recorded_by"), m_ctx.session().userId},
                             {QStringLiteral("recorded_at"), now}};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    const QString action = consent.granted ? QStringLiteral("record_consent") : QStringLiteral("withdraw_consent");
    if (Status s = RowWriter::insertNew(m_ctx, kConsent, QStringLiteral("consents"), id, consent.customerId, fields, now,
                                        action);
        !s)
        return s.error();
    tx.touched(kConsent, id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QString> ConsentService::withdraw(const QString &customerId, const QString &purpose, const QString &channel,
                                         const QString &source)
{
    Consent c;
    c.customerId = customerId;
    c.purpose = purpose;
    c.channel = channel;
    c.source = source;
    c.granted = false;
    return record(c);
}

Result<QList<Consent>> ConsentService::history(const QString &customerId)
{
    auto scope = CustomerAccess::check(m_ctx, Permission::ReadRecords, customerId, kConsent, {}, false);
    if (!scope)
        return scope.error();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT id, customer_id, purpose, channel, lawful_basis, granted, source, recorded_by, "
                             "recorded_at FROM consents WHERE customer_id = ? AND cl % 2 = 1 "
                             "ORDER BY recorded_at, id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading consents"));
    QList<Consent> out;
    while (q.next()) {
        Consent c;
        c.id = q.value(0).toString();
        c.customerId = q.value(1).toString();
        c.purpose = q.value(2).toString();
        c.channel = q.value(3).toString();
        c.lawfulBasis = q.value(4).toString();
        c.granted = q.value(5).toInt() == 1;
        c.source = q.value(6).toString();
        c.recordedBy = q.value(7).toString();
        c.recordedAt = q.value(8).toLongLong();
        out << c;
    }
    return out;
}

Result<QList<Consent>> ConsentService::current(const QString &customerId)
{
    auto all = history(customerId);
    if (!all)
        return all.error();
    QHash<QString, Consent> latest; // history is oldest first: the last one seen wins
    for (const Consent &c : std::as_const(*all))
        latest.insert(c.purpose, c);
    QList<Consent> out;
    for (const QString &p : purposes()) {
        if (latest.contains(p))
            out << latest.value(p);
    }
    return out;
}

} // namespace relasi
