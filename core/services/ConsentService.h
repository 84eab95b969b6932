#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relasi {

class ServiceContext;

// One entry of a customer's consent history: a grant or a withdrawal for a purpose.
struct Consent {
    QString id;
    QString customerId;
    QString purpose;     // marketing_email | marketing_whatsapp_sms | phone_calls | profiling
    QString channel;     // how it was given or withdrawn: "web_form", "email", "whatsapp", "in_person", … (free)
    QString lawfulBasis = QStringLiteral("consent"); // consent | contract | legal_obligation | legitimate_interest
                                                     // | vital_interest | public_task
    bool granted = true;
    QString source;      // where it was captured: "checkout form v3", "call 2024-05-01", …
    QString recordedBy;  // set by the service: the signed-in user
    qint64 recordedAt = 0; // UTC ms; set by the service: now
};

// Consents as an append-only history per customer and purpose (docs/domain.md). There is deliberately no
// update or delete: a change of mind is a new entry (withdraw), and current() reads the latest entry of
// each purpose. Recording needs CreateRecords on the customer (sales reps: own or shared customers),
// reading ReadRecords. Each entry journals one outbox mutation, one audit entry ("record_consent" /
// "withdraw_consent", field names only) and notifies ("consent", id).
class ConsentService
{
public:
    explicit ConsentService(ServiceContext &ctx);

    static const QStringList &purposes();
    static const QStringList &lawfulBases();

    // The new entry's id. Invalid: unknown purpose or lawful basis; NotFound: no live customer.
    Result<QString> record(const Consent &consent);
    // Records a withdrawal (granted = false) for purpose; lawful basis "consent".
    Result<QString> withdraw(const QString &customerId, const QString &purpose, const QString &channel = {},
                             const QString &source = {});
    // Every entry, oldest first (recorded_at, then id).
    Result<QList<Consent>> history(const QString &customerId);
    // The latest entry of each purpose that has one, in purposes() order.
    Result<QList<Consent>> current(const QString &customerId);

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
