#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relasi {

class ServiceContext;

// One entry of a customer's communication log. Insert-only: a correction is a new entry.
struct Interaction {
    QString id;
    QString customerId;
    QString channel;      // call | email | meeting | whatsapp | sms | visit | note
    QString direction;    // in | out | empty (none, e.g. a note)
    qint64 occurredAt = 0; // UTC ms; 0 on add: now
    qint64 durationS = -1; // seconds; -1: not given
    QString subject;
    QString body;
    QString outcome;
    QString userId;       // who logged it (set by the service: the signed-in user)
    qint64 createdAt = 0;
};

// The communication log (docs/domain.md). add() needs CreateRecords on the customer (sales reps: own or
// shared customers), writes the row, raises the customer's last_contact_at when the entry is newer, journals
// both, appends one audit entry ("log", entity "interaction", field names only) in one transaction, and
// notifies ("interaction", id) and ("customer", customerId).
class InteractionService
{
public:
    explicit InteractionService(ServiceContext &ctx);

    static const QStringList &channels();

    // The new id. Invalid: unknown channel or direction, negative duration, or a payment card number in the
    // subject, body or outcome (CardNumberGuard; keep only the last four digits). NotFound: no live customer.
    Result<QString> add(const Interaction &entry);
    // Newest first (occurred_at, then id); limit <= 0: all. ReadRecords on the customer.
    Result<QList<Interaction>> listForCustomer(const QString &customerId, int limit = 100);

private:
    ServiceContext &m_ctx;
};

} // namespace relasi
