#include "services/DealService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/CardNumberGuard.h"
#include "services/CustomerAccess.h"
#include "services/RowWriter.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relasi {

namespace {

const QString kDeal = QStringLiteral("deal");
const QString kItem = QStringLiteral("deal_item");
const QString kPayment = QStringLiteral("payment");

// The columns dealFrom() reads, each prefixed with `alias.` when alias is given.
QString dealColumns(const QString &alias = {})
{
    static const char *const names[] = {"id",          "customer_id", "title",      "stage",      "amount_minor",
                                        "currency",    "expected_close", "probability", "owner_id", "lost_reason",
                                        "closed_at",   "cl",          "created_at", "updated_at"};
    QStringList out;
    for (const char *n : names)
        out << (alias.isEmpty() ? QString::fromLatin1(n) : alias + QLatin1Char('.') + QLatin1String(n));
    return out.join(QStringLiteral(", "));
}

Deal dealFrom(const QSqlQuery &q)
{
    Deal d;
    d.id = q.value(0).toString();
    d.customerId = q.value(1).toString();
    d.title = q.value(2).toString();
    d.stage = q.value(3).toString();
    d.amount = Money(q.value(4).toLongLong(), q.value(5).toString());
    d.expectedClose = q.value(6).toLongLong();
    d.probability = q.value(7).isNull() ? -1 : q.value(7).toInt();
    d.ownerId = q.value(8).toString();
    d.lostReason = q.value(9).toString();
    d.closedAt = q.value(10).toLongLong();
    d.cl = q.value(11).toLongLong();
    d.createdAt = q.value(12).toLongLong();
    d.updatedAt = q.value(13).toLongLong();
    return d;
}

// The stored columns of a deal other than the stage fields.
QVariantMap editableColumns(const Deal &d)
{
    return {{QStringLiteral("title"), d.title.trimmed()},
            {QStringLiteral("amount_minor"), d.amount.minorUnits()},
            {QStringLiteral("currency"), d.amount.currency()},
            {QStringLiteral("expected_close"), RowWriter::msOrNull(d.expectedClose)},
            {QStringLiteral("probability"), d.probability < 0 ? QVariant() : QVariant(d.probability)},
            {QStringLiteral("owner_id"), d.ownerId}};
}

Status refuseCardNumber(const QString &field, const QString &text)
{
    if (!CardNumberGuard::containsCardNumber(text))
        return {};
    return Error(ErrorCode::Invalid,
                 QStringLiteral("%1: looks like a payment card number; never store card numbers, only the last "
                                "four digits (e.g. \"card ending %2\")")
                     .arg(field, CardNumberGuard::lastFour(text)));
}

Status validateDeal(const Deal &d)
{
    if (d.title.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("title: a deal needs a title"));
    if (!DealService::stages().contains(d.stage))
        return Error(ErrorCode::Invalid, QStringLiteral("stage: unknown stage '%1'").arg(d.stage));
    if (!Money::isValidCurrency(d.amount.currency()))
        return Error(ErrorCode::Invalid, QStringLiteral("currency: not an ISO 4217 code"));
    if (d.amount.minorUnits() < 0)
        return Error(ErrorCode::Invalid, QStringLiteral("amount: must not be negative"));
    if (d.probability < -1 || d.probability > 100)
        return Error(ErrorCode::Invalid, QStringLiteral("probability: must be between 0 and 100"));
    if (d.stage == QLatin1String("lost") && d.lostReason.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("lost_reason: a lost deal needs a reason"));
    if (Status s = refuseCardNumber(QStringLiteral("title"), d.title); !s)
        return s;
    return refuseCardNumber(QStringLiteral("lost_reason"), d.lostReason);
}

QJsonObject fieldDetails(const QVariantMap &fields)
{
    QJsonObject details;
    details.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields.keys()));
    return details;
}

} // namespace

Result<Money> DealItem::total() const
{
    auto minor = DealService::lineTotalMinor(quantity, unitPrice.minorUnits());
    if (!minor)
        return minor.error();
    return Money(*minor, unitPrice.currency());
}

DealService::DealService(ServiceContext &ctx) : m_ctx(ctx) {}

const QStringList &DealService::stages()
{
    static const QStringList list{QStringLiteral("lead"),        QStringLiteral("qualified"), QStringLiteral("proposal"),
                                  QStringLiteral("negotiation"), QStringLiteral("won"),       QStringLiteral("lost")};
    return list;
}

Result<qint64> DealService::lineTotalMinor(qint64 quantity, qint64 unitPriceMinor)
{
    if (quantity < 0)
        return Error(ErrorCode::Invalid, QStringLiteral("quantity: must not be negative"));
    qint64 out = 0;
    if (__builtin_mul_overflow(quantity, unitPriceMinor, &out))
        return Error(ErrorCode::Invalid, QStringLiteral("amount: quantity × unit price is too large"));
    return out;
}

Status DealService::checkUser(const QString &userId)
{
    QSqlQuery &q = m_ctx.cachedQuery(QStringLiteral("SELECT active FROM users WHERE id = ?"));
    q.bindValue(0, userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a user"));
    const bool active = q.next() && q.value(0).toBool();
    q.finish();
    if (!active)
        return Error(ErrorCode::NotFound, QStringLiteral("owner: no active user with id %1").arg(userId));
    return {};
}

Result<Deal> DealService::load(const QString &dealId)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM deals WHERE id = ?").arg(dealColumns());
    QSqlQuery &q = m_ctx.cachedQuery(sql);
    q.bindValue(0, dealId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a deal"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no deal with id %1").arg(dealId));
    Deal d = dealFrom(q);
    q.finish();
    return d;
}

Status DealService::checkDealAccess(const Deal &deal, Permission permission)
{
    auto scope = CustomerAccess::load(m_ctx, deal.customerId, false);
    if (!scope)
        return scope.error();
    return CustomerAccess::require(m_ctx, permission, *scope, kDeal, deal.id);
}

Result<QString> DealService::create(const Deal &deal)
{
    Deal d = deal;
    if (d.ownerId.isEmpty())
        d.ownerId = m_ctx.session().userId;
    auto scope = CustomerAccess::check(m_ctx, Permission::CreateRecords, d.customerId, kDeal);
    if (!scope)
        return scope.error();
    if (d.ownerId != m_ctx.session().userId) {
        if (Status s = m_ctx.require(Permission::ReassignOwner, kDeal); !s)
            return s.error();
    }
    if (Status s = validateDeal(d); !s)
        return s.error();
    if (Status s = checkUser(d.ownerId); !s)
        return s.error();

    const qint64 now = m_ctx.clock().nowMs();
    d.id = Uuid::v7(m_ctx.clock());
    QVariantMap fields = editableColumns(d);
    fields.insert(QStringLiteral("customer_id"), d.customerId);
    fields.insert(QStringLiteral("stage"), d.stage);
    fields.insert(QStringLiteral("lost_reason"), d.stage == QLatin1String("lost") ? d.lostReason.trimmed() : QString());
    fields.insert(QStringLiteral("closed_at"), d.isClosed() ? QVariant(now) : QVariant());

    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    if (Status s = RowWriter::insertNew(m_ctx, kDeal, QStringLiteral("deals"), d.id, d.customerId, fields, now); !s)
        return s.error();
    tx.touched(kDeal, d.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return d.id;
}

Status DealService::writeChange(const Deal &deal, const QVariantMap &changed, const QString &action)
{
    if (changed.isEmpty())
        return {};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    if (Status s = RowWriter::update(m_ctx, QStringLiteral("deals"), deal.id, changed, m_ctx.clock().nowMs()); !s)
        return s;
    if (auto j = m_ctx.journal().upsert(kDeal, deal.id, deal.customerId, changed); !j)
        return j.error();
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, action, kDeal, deal.id, fieldDetails(changed)); !a)
        return a.error();
    tx.touched(kDeal, deal.id);
    return tx.commit();
}

Status DealService::update(const Deal &deal)
{
    auto old = load(deal.id);
    if (!old)
        return old.error();
    if (Status s = checkDealAccess(*old, Permission::EditRecords); !s)
        return s;
    if (old->isDeleted())
        return Error(ErrorCode::NotFound, QStringLiteral("deal %1 is deleted").arg(deal.id));
    Deal d = deal;
    d.customerId = old->customerId;
    d.stage = old->stage;
    d.lostReason = old->lostReason;
    if (d.ownerId.isEmpty())
        d.ownerId = old->ownerId;
    if (d.ownerId != old->ownerId) {
        if (Status s = m_ctx.require(Permission::ReassignOwner, kDeal, d.id); !s)
            return s;
        if (Status s = checkUser(d.ownerId); !s)
            return s;
    }
    if (Status s = validateDeal(d); !s)
        return s;
    return writeChange(*old, RowWriter::diff(editableColumns(*old), editableColumns(d)), QStringLiteral("update"));
}

Status DealService::moveStage(const QString &dealId, const QString &stage, const QString &reason)
{
    auto old = load(dealId);
    if (!old)
        return old.error();
    if (Status s = checkDealAccess(*old, Permission::EditRecords); !s)
        return s;
    if (old->isDeleted())
        return Error(ErrorCode::NotFound, QStringLiteral("deal %1 is deleted").arg(dealId));
    if (!stages().contains(stage))
        return Error(ErrorCode::Invalid, QStringLiteral("stage: unknown stage '%1'").arg(stage));
    if (stage == old->stage)
        return {};
    const bool lost = stage == QLatin1String("lost");
    if (lost && reason.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("lost_reason: a lost deal needs a reason"));
    if (Status s = refuseCardNumber(QStringLiteral("lost_reason"), reason); !s)
        return s;
    const bool closed = lost || stage == QLatin1String("won");
    QVariantMap changed{{QStringLiteral("stage"), stage}};
    const QString newReason = lost ? reason.trimmed() : QString();
    if (newReason != old->lostReason)
        changed.insert(QStringLiteral("lost_reason"), newReason);
    if (closed)
        changed.insert(QStringLiteral("closed_at"), m_ctx.clock().nowMs());
    else if (old->closedAt != 0)
        changed.insert(QStringLiteral("closed_at"), QVariant());
    return writeChange(*old, changed, QStringLiteral("move_stage"));
}

Status DealService::remove(const QString &dealId)
{
    auto old = load(dealId);
    if (!old)
        return old.error();
    if (Status s = checkDealAccess(*old, Permission::DeleteRecords); !s)
        return s;
    if (old->isDeleted())
        return {};
    const qint64 cl = ChangeJournal::deletedCl(old->cl);
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    if (Status s = RowWriter::update(m_ctx, QStringLiteral("deals"), dealId, {{QStringLiteral("cl"), cl}},
                                     m_ctx.clock().nowMs());
        !s)
        return s;
    if (auto j = m_ctx.journal().setCausalLength(kDeal, dealId, old->customerId, cl); !j)
        return j.error();
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("delete"), kDeal, dealId); !a)
        return a.error();
    tx.touched(kDeal, dealId);
    return tx.commit();
}

Result<Deal> DealService::get(const QString &dealId)
{
    auto d = load(dealId);
    if (!d)
        return d.error();
    if (Status s = checkDealAccess(*d, Permission::ReadRecords); !s)
        return s.error();
    return d;
}

Result<QList<Deal>> DealService::list(const DealFilter &filter)
{
    if (Status s = m_ctx.require(Permission::ReadRecords, kDeal); !s)
        return s.error();
    const Session &me = m_ctx.session();
    QString sql = QStringLiteral("SELECT %1 FROM deals d WHERE 1").arg(dealColumns(QStringLiteral("d")));
    QVariantMap binds;
    if (!filter.includeDeleted)
        sql += QStringLiteral(" AND d.cl % 2 = 1");
    if (!filter.stage.isEmpty()) {
        sql += QStringLiteral(" AND d.stage = :stage");
        binds.insert(QStringLiteral(":stage"), filter.stage);
    }
    if (!filter.ownerId.isEmpty()) {
        sql += QStringLiteral(" AND d.owner_id = :owner");
        binds.insert(QStringLiteral(":owner"), filter.ownerId);
    }
    if (!filter.customerId.isEmpty()) {
        sql += QStringLiteral(" AND d.customer_id = :customer");
        binds.insert(QStringLiteral(":customer"), filter.customerId);
    }
    if (me.role == Role::Sales) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM customers c WHERE c.id = d.customer_id AND %1)")
                   .arg(Policy::customerVisibilitySql(me, QStringLiteral("c")));
        binds.insert(QStringLiteral(":scope_user"), me.userId);
    }
    sql += QStringLiteral(" ORDER BY d.created_at DESC, d.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_ctx.db());
    q.prepare(sql);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("listing deals"));
    QList<Deal> out;
    while (q.next())
        out << dealFrom(q);
    return out;
}

Result<QList<StageTotal>> DealService::pipelineTotals(const DealFilter &filter)
{
    DealFilter f = filter;
    f.includeDeleted = false;
    f.limit = 0;
    auto deals = list(f);
    if (!deals)
        return deals.error();
    QList<StageTotal> out;
    for (const QString &stage : stages()) {
        QList<StageTotal> perCurrency;
        for (const Deal &d : std::as_const(*deals)) {
            if (d.stage != stage)
                continue;
            auto it = std::find_if(perCurrency.begin(), perCurrency.end(),
                                   [&](const StageTotal &t) { return t.total.currency() == d.amount.currency(); });
            if (it == perCurrency.end()) {
                perCurrency.append(StageTotal{stage, 0, Money(0, d.amount.currency())});
                it = perCurrency.end() - 1;
            }
            auto sum = it->total.plus(d.amount);
            if (!sum)
                return sum.error();
            it->total = *sum;
            ++it->count;
        }
        std::sort(perCurrency.begin(), perCurrency.end(),
                  [](const StageTotal &a, const StageTotal &b) { return a.total.currency() < b.total.currency(); });
        out << perCurrency;
    }
    return out;
}

Result<QString> DealService::addItem(const DealItem &item)
{
    auto deal = load(item.dealId);
    if (!deal)
        return deal.error();
    if (Status s = checkDealAccess(*deal, Permission::EditRecords); !s)
        return s.error();
    if (deal->isDeleted())
        return Error(ErrorCode::NotFound, QStringLiteral("deal %1 is deleted").arg(item.dealId));
    if (item.quantity < 1)
        return Error(ErrorCode::Invalid, QStringLiteral("quantity: must be at least 1"));
    if (item.unitPrice.minorUnits() < 0)
        return Error(ErrorCode::Invalid, QStringLiteral("unit_price: must not be negative"));
    if (!Money::isValidCurrency(item.unitPrice.currency()))
        return Error(ErrorCode::Invalid, QStringLiteral("currency: not an ISO 4217 code"));
    if (auto total = item.total(); !total)
        return total.error();
    if (Status s = refuseCardNumber(QStringLiteral("description"), item.description); !s)
        return s.error();

    const QString id = Uuid::v7(m_ctx.clock());
    const QVariantMap fields{{QStringLiteral("deal_id"), item.dealId},
                             {QStringLiteral("description"), item.description.trimmed()},
                             {QStringLiteral("quantity"), item.quantity},
                             {QStringLiteral("unit_price_minor"), item.unitPrice.minorUnits()},
                             {QStringLiteral("currency"), item.unitPrice.currency()}};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    if (Status s = RowWriter::insertNew(m_ctx, kItem, QStringLiteral("deal_items"), id, deal->customerId, fields,
                                        m_ctx.clock().nowMs(), QStringLiteral("create"),
                                        QJsonObject{{QStringLiteral("deal_id"), item.dealId}});
        !s)
        return s.error();
    tx.touched(kItem, id);
    tx.touched(kDeal, item.dealId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<DealItem>> DealService::items(const QString &dealId)
{
    auto deal = get(dealId);
    if (!deal)
        return deal.error();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT id, deal_id, description, quantity, unit_price_minor, currency FROM deal_items "
                             "WHERE deal_id = ? AND cl % 2 = 1 ORDER BY created_at, id"));
    q.addBindValue(dealId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading deal items"));
    QList<DealItem> out;
    while (q.next()) {
        DealItem i;
        i.id = q.value(0).toString();
        i.dealId = q.value(1).toString();
        i.description = q.value(2).toString();
        i.quantity = q.value(3).toLongLong();
        i.unitPrice = Money(q.value(4).toLongLong(), q.value(5).toString());
        out << i;
    }
    return out;
}

Result<QString> DealService::addPayment(const Payment &payment)
{
    auto deal = load(payment.dealId);
    if (!deal)
        return deal.error();
    if (Status s = checkDealAccess(*deal, Permission::EditRecords); !s)
        return s.error();
    if (deal->isDeleted())
        return Error(ErrorCode::NotFound, QStringLiteral("deal %1 is deleted").arg(payment.dealId));
    if (payment.amount.minorUnits() <= 0)
        return Error(ErrorCode::Invalid, QStringLiteral("amount: a payment must be more than zero"));
    if (!Money::isValidCurrency(payment.amount.currency()))
        return Error(ErrorCode::Invalid, QStringLiteral("currency: not an ISO 4217 code"));
    if (Status s = refuseCardNumber(QStringLiteral("reference"), payment.reference); !s)
        return s.error();
    if (Status s = refuseCardNumber(QStringLiteral("method"), payment.method); !s)
        return s.error();

    const qint64 now = m_ctx.clock().nowMs();
    const QString id = Uuid::v7(m_ctx.clock());
    const QVariantMap fields{{QStringLiteral("deal_id"), payment.dealId},
                             {QStringLiteral("amount_minor"), payment.amount.minorUnits()},
                             {QStringLiteral("currency"), payment.amount.currency()},
                             {QStringLiteral("method"), payment.method.trimmed()},
                             {QStringLiteral("reference"), payment.reference.trimmed()},
                             {QStringLiteral("paid_at"), payment.paidAt > 0 ? payment.paidAt : now},
                             {QStringLiteral("recorded_by"), m_ctx.session().userId}};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    if (Status s = RowWriter::insertNew(m_ctx, kPayment, QStringLiteral("payments"), id, deal->customerId, fields, now,
                                        QStringLiteral("create"),
                                        QJsonObject{{QStringLiteral("deal_id"), payment.dealId}});
        !s)
        return s.error();
    tx.touched(kPayment, id);
    tx.touched(kDeal, payment.dealId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Payment>> DealService::payments(const QString &dealId)
{
    auto deal = get(dealId);
    if (!deal)
        return deal.error();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT id, deal_id, amount_minor, currency, method, reference, paid_at, recorded_by "
                             "FROM payments WHERE deal_id = ? AND cl % 2 = 1 ORDER BY paid_at, id"));
    q.addBindValue(dealId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading payments"));
    QList<Payment> out;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toString();
        p.dealId = q.value(1).toString();
        p.amount = Money(q.value(2).toLongLong(), q.value(3).toString());
        p.method = q.value(4).toString();
        p.reference = q.value(5).toString();
        p.paidAt = q.value(6).toLongLong();
        p.recordedBy = q.value(7).toString();
        out << p;
    }
    return out;
}

} // namespace relasi
