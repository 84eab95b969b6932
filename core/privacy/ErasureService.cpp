#include "privacy/ErasureService.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "privacy/ResidueCleaner.h"
#include "search/SearchIndex.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"
#include "text/TextNormalizer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace relasi {

namespace {
const QString kCustomer = QStringLiteral("customer");

QString shortId(const QString &id)
{
    QString hex = id;
    hex.remove(QLatin1Char('-'));
    return hex.right(8);
}

Result<QStringList> column(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the records to erase"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// (entity in the journal, table, ids member of Scope) for records with an id column.
struct RecordKind {
    const char *kind; // preview kind
    const char *entity;
    const char *table;
};
constexpr RecordKind kContacts{"contact_points", "contact_point", "contact_points"};
constexpr RecordKind kAddresses{"addresses", "address", "addresses"};
constexpr RecordKind kLogs{"interactions", "interaction", "interactions"};
constexpr RecordKind kTasks{"tasks", "task", "tasks"};
constexpr RecordKind kConsents{"consents", "consent", "consents"};
constexpr RecordKind kDeals{"deals", "deal", "deals"};
constexpr RecordKind kItems{"deal_items", "deal_item", "deal_items"};
constexpr RecordKind kPayments{"payments", "payment", "payments"};
} // namespace

struct ErasureService::Scope {
    QString customerId;
    QString displayName;
    bool legalHold = false;
    QStringList contacts, addresses, logs, tasks, consents, deals, items, payments;
    QStringList tagKeys, shareUsers, companyPeople;
    qint64 auditEntries = 0;
};

ErasureService::ErasureService(ServiceContext &ctx) : m_ctx(ctx) {}

QString ErasureService::anonymisedName(const QString &customerId)
{
    return QStringLiteral("Anonymised customer %1").arg(shortId(customerId));
}

QString ErasureService::anonymisedDealTitle(const QString &dealId)
{
    return QStringLiteral("Deal %1").arg(shortId(dealId));
}

QString ErasureService::maskReference(const QString &reference)
{
    const QChar dot(0x2022);
    if (reference.isEmpty())
        return reference;
    if (reference.size() < 8)
        return QString(reference.size(), dot);
    return QString(reference.size() - 4, dot) + reference.right(4);
}

Result<ErasureService::Scope> ErasureService::collect(const QString &customerId)
{
    QSqlDatabase &db = m_ctx.db();
    Scope s;
    s.customerId = customerId;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT display_name, legal_hold FROM customers WHERE id = ?"));
        q.addBindValue(customerId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading the customer"));
        if (!q.next())
            return Error(ErrorCode::NotFound, QStringLiteral("no customer with id %1").arg(customerId));
        s.displayName = q.value(0).toString();
        s.legalHold = q.value(1).toLongLong() != 0;
    }
    const QVariantList me{customerId};
    struct Read {
        QStringList *into;
        const char *sql;
    };
    const Read reads[] = {
        {&s.contacts, "SELECT id FROM contact_points WHERE customer_id = ?"},
        {&s.addresses, "SELECT id FROM addresses WHERE customer_id = ?"},
        {&s.logs, "SELECT id FROM interactions WHERE customer_id = ?"},
        {&s.consents, "SELECT id FROM consents WHERE customer_id = ?"},
        {&s.deals, "SELECT id FROM deals WHERE customer_id = ?"},
        {&s.items, "SELECT i.id FROM deal_items i JOIN deals d ON d.id = i.deal_id WHERE d.customer_id = ?"},
        {&s.payments, "SELECT p.id FROM payments p JOIN deals d ON d.id = p.deal_id WHERE d.customer_id = ?"},
        {&s.tasks, "SELECT id FROM tasks WHERE customer_id = ? OR deal_id IN (SELECT id FROM deals WHERE "
                   "customer_id = ?)"},
        {&s.tagKeys, "SELECT tag_key FROM customer_tags WHERE customer_id = ?"},
        {&s.shareUsers, "SELECT user_id FROM customer_shares WHERE customer_id = ?"},
        {&s.companyPeople, "SELECT id FROM customers WHERE company_id = ?"},
    };
    for (const Read &r : reads) {
        const QString sql = QString::fromUtf8(r.sql);
        auto ids = column(db, sql, sql.count(QLatin1Char('?')) == 2 ? QVariantList{customerId, customerId} : me);
        if (!ids)
            return ids.error();
        *r.into = std::move(ids).value();
    }
    // Audit entries naming the customer or one of its records (they hold ids and counts only, and stay).
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ? AND entity_id = ?"));
    const std::pair<const char *, const QStringList *> audited[] = {
        {"customer", nullptr},       {kContacts.entity, &s.contacts}, {kAddresses.entity, &s.addresses},
        {kLogs.entity, &s.logs},     {kTasks.entity, &s.tasks},       {kConsents.entity, &s.consents},
        {kDeals.entity, &s.deals},   {kItems.entity, &s.items},       {kPayments.entity, &s.payments}};
    for (const auto &[entity, ids] : audited) {
        const QStringList one{customerId};
        for (const QString &id : ids ? *ids : one) {
            a.bindValue(0, QString::fromUtf8(entity));
            a.bindValue(1, id);
            if (!a.exec() || !a.next())
                return Database::errorFrom(a.lastError(), QStringLiteral("counting audit entries"));
            s.auditEntries += a.value(0).toLongLong();
        }
    }
    return s;
}

ErasurePreview ErasureService::previewOf(const Scope &s, ErasurePreview::Mode mode) const
{
    using Fate = ErasurePreview::Fate;
    const bool anon = mode == ErasurePreview::Mode::Anonymize;
    ErasurePreview p;
    p.mode = mode;
    p.customerId = s.customerId;
    p.displayName = s.displayName;
    p.legalHold = s.legalHold;
    p.rows = {{QStringLiteral("customer"), 1, anon ? Fate::Anonymised : Fate::Deleted},
              {QStringLiteral("contact_points"), s.contacts.size(), Fate::Deleted},
              {QStringLiteral("addresses"), s.addresses.size(), Fate::Deleted},
              {QStringLiteral("tags"), s.tagKeys.size(), Fate::Deleted},
              {QStringLiteral("shares"), s.shareUsers.size(), Fate::Deleted},
              {QStringLiteral("interactions"), s.logs.size(), Fate::Deleted},
              {QStringLiteral("tasks"), s.tasks.size(), Fate::Deleted},
              {QStringLiteral("consents"), s.consents.size(), Fate::Deleted},
              {QStringLiteral("deals"), s.deals.size(), anon ? Fate::Anonymised : Fate::Deleted},
              {QStringLiteral("deal_items"), s.items.size(), anon ? Fate::Kept : Fate::Deleted},
              {QStringLiteral("payments"), s.payments.size(), anon ? Fate::Anonymised : Fate::Deleted},
              {QStringLiteral("company_people"), s.companyPeople.size(), Fate::Kept},
              {QStringLiteral("audit_entries"), s.auditEntries, Fate::Kept}};
    return p;
}

Result<ErasurePreview> ErasureService::preview(const QString &customerId, ErasurePreview::Mode mode)
{
    if (Status s = m_ctx.require(Permission::EraseData, kCustomer, customerId); !s)
        return s.error();
    auto scope = collect(customerId);
    if (!scope)
        return scope.error();
    return previewOf(*scope, mode);
}

Result<ErasureReport> ErasureService::erase(const QString &customerId)
{
    return run(customerId, ErasurePreview::Mode::Erase);
}

Result<ErasureReport> ErasureService::anonymize(const QString &customerId)
{
    return run(customerId, ErasurePreview::Mode::Anonymize);
}

Result<qint64> ErasureService::lastOutboxSeq()
{
    QSqlQuery q(m_ctx.db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM outbox")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the outbox"));
    return q.value(0).toLongLong();
}

Result<qint64> ErasureService::scrubOutbox(const QString &entity, const QString &recordId,
                                           const QVariantMap &replacements, qint64 beforeSeq)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("SELECT seq, payload FROM outbox WHERE entity = ? AND record_id = ? AND seq <= ? AND "
                             "op <> 'erase'"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(beforeSeq);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading earlier mutations"));
    QList<std::pair<qint64, QString>> rewrites;
    while (q.next()) {
        const QString payload = q.value(1).toString();
        QString scrubbed = QStringLiteral("{}");
        if (!replacements.isEmpty()) {
            QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
            for (auto it = replacements.constBegin(); it != replacements.constEnd(); ++it) {
                if (!o.contains(it.key()))
                    continue;
                QJsonObject f = o.value(it.key()).toObject();
                f.insert(QStringLiteral("value"), QJsonValue::fromVariant(it.value()));
                o.insert(it.key(), f);
            }
            scrubbed = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        if (scrubbed != payload)
            rewrites.append({q.value(0).toLongLong(), scrubbed});
    }
    q.finish();
    QSqlQuery u(m_ctx.db());
    u.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE seq = ?"));
    for (const auto &[seq, payload] : std::as_const(rewrites)) {
        u.bindValue(0, payload);
        u.bindValue(1, seq);
        if (!u.exec())
            return Database::errorFrom(u.lastError(), QStringLiteral("scrubbing an earlier mutation"));
    }
    return qint64(rewrites.size());
}

Status ErasureService::dropConflicts(const QString &entity, const QString &recordId)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("DELETE FROM sync_conflicts WHERE entity = ? AND record_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("dropping sync conflicts"));
    return {};
}

Status ErasureService::eraseRecord(const QString &entity, const QString &table, const QString &keyColumn,
                                   const QString &recordId, const QString &scopeId, ErasureReport &report)
{
    // The marker first: it also drops the record's field stamps and unsent mutations.
    if (auto j = m_ctx.journal().erase(entity, recordId, scopeId); !j)
        return j.error();
    ++report.markers;
    auto scrubbed = scrubOutbox(entity, recordId, {}, std::numeric_limits<qint64>::max());
    if (!scrubbed)
        return scrubbed.error();
    report.outboxScrubbed += *scrubbed;
    if (Status s = dropConflicts(entity, recordId); !s)
        return s;
    QSqlQuery q(m_ctx.db());
    // Table and column names are constants of this file, never input.
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    q.addBindValue(recordId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("erasing from %1").arg(table));
    return {};
}

Status ErasureService::eraseSetMember(const QString &entity, const QString &table, const QString &keyColumn,
                                      const QString &customerId, const QString &key, ErasureReport &report)
{
    const QString recordId = customerId + QLatin1Char('/') + key;
    if (auto j = m_ctx.journal().erase(entity, recordId, customerId); !j)
        return j.error();
    ++report.markers;
    auto scrubbed = scrubOutbox(entity, recordId, {}, std::numeric_limits<qint64>::max());
    if (!scrubbed)
        return scrubbed.error();
    report.outboxScrubbed += *scrubbed;
    if (Status s = dropConflicts(entity, recordId); !s)
        return s;
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE customer_id = ? AND %2 = ?").arg(table, keyColumn));
    q.addBindValue(customerId);
    q.addBindValue(key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("erasing from %1").arg(table));
    return {};
}

Status ErasureService::dropImportItems(const QStringList &recordIds)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("DELETE FROM import_items WHERE entity_id = ?"));
    for (const QString &id : recordIds) {
        q.bindValue(0, id);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("dropping import bookkeeping"));
    }
    return {};
}

Status ErasureService::eraseTags(const QString &customerId, const QStringList &tagKeys, ErasureReport &report)
{
    // A tag's record id is "customer/tag key": the tag itself. So no per-tag marker (it would keep the tag):
    // one id-only marker for the customer's whole tag set ("customer_tag_set", customer id) beats every tag
    // mutation of that customer stamped before it, and every journal row naming a tag goes.
    // Every journal row of any tag the customer ever had goes, including tags removed before (their rows
    // are matched by the "customer id/" prefix, not only by the keys still in customer_tags).
    Q_UNUSED(tagKeys);
    QSqlDatabase &db = m_ctx.db();
    // "<id>/" <= record_id < "<id>0" ('0' follows '/'): exactly the ids with that prefix, through the index.
    const QString from = customerId + QLatin1Char('/');
    const QString to = customerId + QLatin1Char('0');
    for (const char *sql : {"DELETE FROM outbox WHERE entity = 'customer_tag' AND record_id >= ? AND record_id < ?",
                            "DELETE FROM field_clock WHERE entity = 'customer_tag' AND record_id >= ? AND record_id < ?",
                            "DELETE FROM sync_conflicts WHERE entity = 'customer_tag' AND record_id >= ? AND record_id < ?"}) {
        QSqlQuery q(db);
        q.prepare(QString::fromUtf8(sql));
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("erasing a tag's journal"));
        if (QLatin1String(sql).startsWith(QLatin1String("DELETE FROM outbox")))
            report.outboxScrubbed += q.numRowsAffected();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("erasing tags"));
    if (auto j = m_ctx.journal().erase(tagSetEntity(), customerId, customerId); !j)
        return j.error();
    ++report.markers;
    return {};
}

Status ErasureService::rewriteRecord(const QString &entity, const QString &table, const QString &recordId,
                                     const QString &scopeId, const QVariantMap &fields, qint64 beforeSeq,
                                     ErasureReport &report)
{
    QVariantMap columns = fields;
    if (table == QLatin1String("customers") && fields.contains(QStringLiteral("display_name")))
        columns.insert(QStringLiteral("sort_key"), TextNormalizer::fold(fields.value(QStringLiteral("display_name")).toString()));
    QStringList sets;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        sets << it.key() + QStringLiteral(" = ?");
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(columns))
        q.addBindValue(v);
    q.addBindValue(m_ctx.clock().nowMs());
    q.addBindValue(recordId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("anonymising %1").arg(table));
    if (auto j = m_ctx.journal().upsert(entity, recordId, scopeId, fields); !j)
        return j.error();
    auto scrubbed = scrubOutbox(entity, recordId, fields, beforeSeq);
    if (!scrubbed)
        return scrubbed.error();
    report.outboxScrubbed += *scrubbed;
    return dropConflicts(entity, recordId);
}

Result<ErasureReport> ErasureService::run(const QString &customerId, ErasurePreview::Mode mode)
{
    if (Status s = m_ctx.require(Permission::EraseData, kCustomer, customerId); !s)
        return s.error();
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    auto report = apply(customerId, mode, tx, true);
    if (!report)
        return report.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    qCInfo(lcPrivacy) << ErasurePreview::modeName(mode) << "done:" << report->markers << "markers,"
                      << report->outboxScrubbed << "earlier mutations scrubbed";
    if (Status st = finish(*report); !st)
        return st.error();
    return report;
}

Status ErasureService::finish(ErasureReport &report)
{
    // Outside the transaction: rebuild the file when much is free; write the WAL back and truncate it.
    auto vacuumed = ResidueCleaner::vacuumIfDue(m_ctx.db());
    if (!vacuumed)
        qCWarning(lcPrivacy) << "vacuum failed:" << vacuumed.error().message;
    else
        report.vacuumed = *vacuumed;
    auto truncated = ResidueCleaner::checkpointTruncate(m_ctx.db());
    if (!truncated)
        return truncated.error();
    report.walTruncated = *truncated;
    return {};
}

Result<ErasureReport> ErasureService::anonymizeInTransaction(const QString &customerId, WriteTransaction &tx)
{
    return apply(customerId, ErasurePreview::Mode::Anonymize, tx, false);
}

Status ErasureService::eraseRowInTransaction(const QString &entity, const QString &table, const QString &recordId,
                                             const QString &scopeId, ErasureReport &report)
{
    return eraseRecord(entity, table, QStringLiteral("id"), recordId, scopeId, report);
}

Result<ErasureReport> ErasureService::apply(const QString &customerId, ErasurePreview::Mode mode,
                                            WriteTransaction &tx, bool optimizeIndex)
{
    const bool anon = mode == ErasurePreview::Mode::Anonymize;
    const QString action = anon ? QStringLiteral("anonymize") : QStringLiteral("erase");
    auto found = collect(customerId);
    if (!found)
        return found.error();
    const Scope &s = *found;
    if (s.legalHold) {
        return Error(ErrorCode::Conflict,
                     QStringLiteral("customer %1 is under legal hold: nothing was %2. The owner must clear the hold "
                                    "(privacy hold --clear) once the legal reason to keep the data has ended.")
                         .arg(customerId, anon ? QStringLiteral("anonymised") : QStringLiteral("erased")));
    }
    auto before = lastOutboxSeq();
    if (!before)
        return before.error();
    ErasureReport report;
    report.done = previewOf(s, mode);

    auto eraseAll = [&](const RecordKind &k, const QStringList &ids) -> Status {
        for (const QString &id : ids) {
            if (Status st = eraseRecord(QString::fromUtf8(k.entity), QString::fromUtf8(k.table), QStringLiteral("id"), id,
                                        customerId, report);
                !st)
                return st;
        }
        return {};
    };
    for (const auto &[kind, ids] : {std::pair{kContacts, &s.contacts}, std::pair{kAddresses, &s.addresses},
                                    std::pair{kLogs, &s.logs}, std::pair{kTasks, &s.tasks},
                                    std::pair{kConsents, &s.consents}}) {
        if (Status st = eraseAll(kind, *ids); !st)
            return st.error();
    }
    // Always, even without tags now: the marker also refuses a tag added on another device before this.
    if (Status st = eraseTags(customerId, s.tagKeys, report); !st)
        return st.error();
    for (const QString &user : s.shareUsers) {
        if (Status st = eraseSetMember(QStringLiteral("customer_share"), QStringLiteral("customer_shares"),
                                       QStringLiteral("user_id"), customerId, user, report);
            !st)
            return st.error();
    }

    // An import's bookkeeping of these records (import_items; its "before" column keeps the values an
    // import overwrote, so that undo can restore them) goes: undoing that import can no longer touch them.
    if (Status st = dropImportItems(QStringList{customerId} + s.contacts + s.addresses); !st)
        return st.error();

    QString companyNameNow = QStringLiteral(""); // what linked people's company_name becomes
    if (!anon) {
        for (const auto &[kind, ids] :
             {std::pair{kPayments, &s.payments}, std::pair{kItems, &s.items}, std::pair{kDeals, &s.deals}}) {
            if (Status st = eraseAll(kind, *ids); !st)
                return st.error();
        }
        if (Status st = SearchIndex::removeCustomer(m_ctx.db(), customerId); !st)
            return st.error();
        if (Status st = eraseRecord(kCustomer, QStringLiteral("customers"), QStringLiteral("id"), customerId, customerId,
                                    report);
            !st)
            return st.error();
    } else {
        companyNameNow = anonymisedName(customerId);
        const QVariantMap person{{QStringLiteral("display_name"), companyNameNow},
                                 {QStringLiteral("given_name"), QStringLiteral("")},
                                 {QStringLiteral("family_name"), QStringLiteral("")},
                                 {QStringLiteral("company_id"), QVariant()},
                                 {QStringLiteral("company_name"), QStringLiteral("")},
                                 {QStringLiteral("source"), anonymisedSource()},
                                 {QStringLiteral("notes"), QStringLiteral("")},
                                 {QStringLiteral("external_id"), QVariant()}};
        if (Status st = rewriteRecord(kCustomer, QStringLiteral("customers"), customerId, customerId, person, *before,
                                      report);
            !st)
            return st.error();
        if (Status st = SearchIndex::reindexCustomer(m_ctx.db(), customerId); !st)
            return st.error();
        for (const QString &id : s.deals) {
            const QVariantMap deal{{QStringLiteral("title"), anonymisedDealTitle(id)},
                                   {QStringLiteral("lost_reason"), QStringLiteral("")}};
            if (Status st = rewriteRecord(QString::fromUtf8(kDeals.entity), QStringLiteral("deals"), id, customerId, deal,
                                          *before, report);
                !st)
                return st.error();
        }
        QSqlQuery ref(m_ctx.db());
        ref.prepare(QStringLiteral("SELECT reference FROM payments WHERE id = ?"));
        for (const QString &id : s.payments) {
            ref.bindValue(0, id);
            if (!ref.exec() || !ref.next())
                return Database::errorFrom(ref.lastError(), QStringLiteral("reading a payment"));
            const QString masked = maskReference(ref.value(0).toString());
            ref.finish();
            const QVariantMap payment{{QStringLiteral("reference"), masked}};
            if (Status st = rewriteRecord(QString::fromUtf8(kPayments.entity), QStringLiteral("payments"), id,
                                          customerId, payment, *before, report);
                !st)
                return st.error();
        }
    }
    // People of the company keep their record: erased company -> link and copied name gone; anonymised
    // company -> they show its new name. Their earlier mutations lose the old name too.
    for (const QString &person : s.companyPeople) {
        QVariantMap fields{{QStringLiteral("company_name"), companyNameNow}};
        if (!anon)
            fields.insert(QStringLiteral("company_id"), QVariant());
        if (Status st = rewriteRecord(kCustomer, QStringLiteral("customers"), person, person, fields, *before, report);
            !st)
            return st.error();
        if (Status st = SearchIndex::reindexCustomer(m_ctx.db(), person); !st)
            return st.error();
        tx.touched(kCustomer, person);
    }
    if (optimizeIndex) {
        if (Status st = ResidueCleaner::optimizeSearchIndex(m_ctx.db()); !st)
            return st.error();
    }

    QJsonObject details;
    for (const ErasurePreview::Row &r : report.done.rows) {
        if (r.count > 0 && r.kind != QLatin1String("audit_entries"))
            details.insert(r.kind, r.count);
    }
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, action, kCustomer, customerId, details); !a)
        return a.error();
    tx.touched(kCustomer, customerId);
    if (!s.deals.isEmpty())
        tx.touched(QString::fromUtf8(kDeals.entity), s.deals.first());
    return report;
}

} // namespace relasi
