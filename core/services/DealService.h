#pragma once

#include "common/Result.h"
#include "domain/Money.h"
#include "services/Policy.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace relasi {

class ServiceContext;

// A sales opportunity with a customer. Money is integer minor units + ISO 4217 currency (Money).
struct Deal {
    QString id;
    QString customerId;
    QString title;
    QString stage = QStringLiteral("lead"); // lead | qualified | proposal | negotiation | won | lost
    Money amount{0, QStringLiteral("IDR")};
    qint64 expectedClose = 0; // UTC ms; 0: none
    int probability = -1;     // 0–100; -1: none
    QString ownerId;          // empty on create: the acting user
    QString lostReason;       // required for lost
    qint64 closedAt = 0;      // set by the service on won/lost; 0: open
    qint64 cl = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isDeleted() const { return cl % 2 == 0; }
    bool isClosed() const { return stage == QLatin1String("won") || stage == QLatin1String("lost"); }
};

// A line of a deal: quantity × unit price, in the item's currency.
struct DealItem {
    QString id;
    QString dealId;
    QString description;
    qint64 quantity = 1;
    Money unitPrice{0, QStringLiteral("IDR")};

    // quantity × unit price, checked: Invalid on overflow.
    Result<Money> total() const;
};

// A payment received for a deal. Insert-only. reference must never hold a card number.
struct Payment {
    QString id;
    QString dealId;
    Money amount;
    QString method;    // "transfer", "cash", "qris", "card", …
    QString reference; // bank reference, invoice number, "card ending 1111"
    qint64 paidAt = 0; // UTC ms; 0 on add: now
    QString recordedBy; // set by the service
};

struct DealFilter {
    QString stage;      // empty: any
    QString ownerId;    // empty: any
    QString customerId; // empty: any
    bool includeDeleted = false;
    int limit = 0;      // <= 0: all
};

// Per stage and currency: how many live deals and their amounts summed (integers, overflow-checked).
struct StageTotal {
    QString stage;
    int count = 0;
    Money total;
};

// Deals, their items and payments (docs/domain.md). Permissions follow the deal's customer (a sales rep:
// customers they own or that are shared with them; see CustomerAccess). Every write journals the changed
// fields (one outbox mutation per record), appends one audit entry naming the fields, commits, and notifies
// "deal" (items and payments: "deal_item" / "payment" and "deal").
class DealService
{
public:
    explicit DealService(ServiceContext &ctx);

    static const QStringList &stages(); // in pipeline order
    // Checked multiplication for line totals: Invalid on overflow or a negative quantity.
    static Result<qint64> lineTotalMinor(qint64 quantity, qint64 unitPriceMinor);

    // The new id. Invalid: no title, unknown stage, bad currency, probability outside 0–100, negative amount,
    // lost without a reason, a card number in a text. NotFound: no live customer / owner. Another owner
    // than the acting user needs ReassignOwner. A deal created won or lost gets closed_at = now.
    Result<QString> create(const Deal &deal);
    // Writes title, amount, currency, expected close, probability and owner when they differ (not the
    // stage: moveStage). NotFound for a deleted deal.
    Status update(const Deal &deal);
    // Moves to `stage`. lost needs a reason (Invalid without); won/lost set closed_at; reopening clears
    // closed_at and the lost reason. Moving to the current stage is a no-op.
    Status moveStage(const QString &dealId, const QString &stage, const QString &reason = {});
    // Causal-length delete (DeleteRecords).
    Status remove(const QString &dealId);

    Result<Deal> get(const QString &dealId);
    // Deals the session may read, newest first.
    Result<QList<Deal>> list(const DealFilter &filter = {});
    // Live deals the session may read, grouped by stage (pipeline order) then currency.
    Result<QList<StageTotal>> pipelineTotals(const DealFilter &filter = {});

    // Line items (EditRecords on the deal). Invalid: bad currency, quantity < 1, negative price, overflow.
    Result<QString> addItem(const DealItem &item);
    Result<QList<DealItem>> items(const QString &dealId);

    // Payments (EditRecords on the deal), insert-only. Invalid: amount <= 0, bad currency, and any text
    // (method, reference) containing a Luhn-valid 13–19 digit card number.
    Result<QString> addPayment(const Payment &payment);
    Result<QList<Payment>> payments(const QString &dealId);

private:
    Result<Deal> load(const QString &dealId);
    Status checkDealAccess(const Deal &deal, Permission permission);
    Status checkUser(const QString &userId);
    Status writeChange(const Deal &deal, const QVariantMap &changed, const QString &action);

    ServiceContext &m_ctx;
};

} // namespace relasi
