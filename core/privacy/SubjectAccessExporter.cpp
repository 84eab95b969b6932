#include "privacy/SubjectAccessExporter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "io/csv/CsvWriter.h"
#include "privacy/ErasureService.h"
#include "privacy/ZipArchive.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/ServiceContext.h"
#include "services/TaskService.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relasi {

namespace {

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject customerJson(const Customer &c)
{
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("kind"), customerKindName(c.kind)},
        {QStringLiteral("display_name"), c.displayName},
        {QStringLiteral("given_name"), c.givenName},
        {QStringLiteral("family_name"), c.familyName},
        {QStringLiteral("company_id"), textOrNull(c.companyId)},
        {QStringLiteral("company_name"), c.companyName},
        {QStringLiteral("status"), customerStatusName(c.status)},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("external_id"), c.externalId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("owner_id"), c.ownerId},
        {QStringLiteral("legal_hold"), c.legalHold},
        {QStringLiteral("deleted"), c.isDeleted()},
        {QStringLiteral("last_contact_at"), isoOrNull(c.lastContactAt)},
        {QStringLiteral("created_at"), isoOrNull(c.createdAt)},
        {QStringLiteral("updated_at"), isoOrNull(c.updatedAt)},
    };
}

QJsonObject moneyFields(QJsonObject o, const QString &prefix, const Money &m)
{
    o.insert(prefix + QStringLiteral("_minor"), double(m.minorUnits()));
    o.insert(QStringLiteral("currency"), m.currency());
    return o;
}

} // namespace

QJsonObject SubjectAccessReport::toJson() const
{
    return QJsonObject {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("path"), path},
        {QStringLiteral("bytes"), double(bytes)}, {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("counts"), counts}};
}

SubjectAccessExporter::SubjectAccessExporter(ServiceContext &ctx)
    : m_ctx(ctx)
{
}

Result<QList<SubjectAccessExporter::Section>> SubjectAccessExporter::collect(const QString &customerId)
{
    if (Status s = m_ctx.require(Permission::BulkExport, QStringLiteral("customer"), customerId); !s)
        return s.error();
    CustomerService customers(m_ctx);
    auto customer = customers.get(customerId);
    if (!customer)
        return customer.error();
    QStringList ids {customer->id};

    QList<Section> out;
    Section profile {QStringLiteral("customer"), QStringLiteral("Profile"), {}, {}};
    const QJsonObject profileRow = customerJson(*customer);
    profile.columns
        = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("display_name"), QStringLiteral("given_name"),
            QStringLiteral("family_name"), QStringLiteral("company_id"), QStringLiteral("company_name"),
            QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("notes"), QStringLiteral("external_id"),
            QStringLiteral("tags"), QStringLiteral("owner_id"), QStringLiteral("legal_hold"), QStringLiteral("deleted"),
            QStringLiteral("last_contact_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    profile.rows.append(profileRow);
    out << profile;

    Section contacts {QStringLiteral("contact_points"), QStringLiteral("Contact points"),
        {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("normalized"),
            QStringLiteral("label"), QStringLiteral("primary")},
        {}};
    for (const ContactPoint &cp : customer->contacts) {
        ids << cp.id;
        contacts.rows.append(
            QJsonObject {{QStringLiteral("id"), cp.id}, {QStringLiteral("kind"), contactKindName(cp.kind)},
                {QStringLiteral("value"), cp.raw}, {QStringLiteral("normalized"), cp.normalized},
                {QStringLiteral("label"), cp.label}, {QStringLiteral("primary"), cp.primary}});
    }
    out << contacts;

    Section addresses {QStringLiteral("addresses"), QStringLiteral("Addresses"),
        {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("street"), QStringLiteral("city"),
            QStringLiteral("region"), QStringLiteral("postal_code"), QStringLiteral("country")},
        {}};
    for (const Address &a : customer->addresses) {
        ids << a.id;
        addresses.rows.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("label"), a.label},
            {QStringLiteral("street"), a.street}, {QStringLiteral("city"), a.city},
            {QStringLiteral("region"), a.region}, {QStringLiteral("postal_code"), a.postalCode},
            {QStringLiteral("country"), a.country}});
    }
    out << addresses;

    InteractionService interactions(m_ctx);
    auto logs = interactions.listForCustomer(customerId, 0);
    if (!logs)
        return logs.error();
    Section logSection {QStringLiteral("communication_logs"), QStringLiteral("Communication log"),
        {QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("channel"), QStringLiteral("direction"),
            QStringLiteral("duration_s"), QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("outcome"),
            QStringLiteral("user_id"), QStringLiteral("created_at")},
        {}};
    for (const Interaction &i : *logs) {
        ids << i.id;
        logSection.rows.append(
            QJsonObject {{QStringLiteral("id"), i.id}, {QStringLiteral("occurred_at"), isoOrNull(i.occurredAt)},
                {QStringLiteral("channel"), i.channel}, {QStringLiteral("direction"), i.direction},
                {QStringLiteral("duration_s"), i.durationS >= 0 ? QJsonValue(double(i.durationS)) : QJsonValue()},
                {QStringLiteral("subject"), i.subject}, {QStringLiteral("body"), i.body},
                {QStringLiteral("outcome"), i.outcome}, {QStringLiteral("user_id"), i.userId},
                {QStringLiteral("created_at"), isoOrNull(i.createdAt)}});
    }
    out << logSection;

    DealService dealService(m_ctx);
    DealFilter filter;
    filter.customerId = customerId;
    filter.includeDeleted = true;
    auto deals = dealService.list(filter);
    if (!deals)
        return deals.error();
    Section dealSection {QStringLiteral("deals"), QStringLiteral("Deals"),
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("stage"), QStringLiteral("amount_minor"),
            QStringLiteral("currency"), QStringLiteral("expected_close"), QStringLiteral("probability"),
            QStringLiteral("lost_reason"), QStringLiteral("owner_id"), QStringLiteral("closed_at"),
            QStringLiteral("deleted"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
        {}};
    Section itemSection {QStringLiteral("deal_items"), QStringLiteral("Deal items"),
        {QStringLiteral("id"), QStringLiteral("deal_id"), QStringLiteral("description"), QStringLiteral("quantity"),
            QStringLiteral("unit_price_minor"), QStringLiteral("currency")},
        {}};
    Section paymentSection {QStringLiteral("payments"), QStringLiteral("Payments"),
        {QStringLiteral("id"), QStringLiteral("deal_id"), QStringLiteral("paid_at"), QStringLiteral("amount_minor"),
            QStringLiteral("currency"), QStringLiteral("method"), QStringLiteral("reference_masked"),
            QStringLiteral("recorded_by")},
        {}};
    for (const Deal &d : *deals) {
        ids << d.id;
        QJsonObject o {{QStringLiteral("id"), d.id}, {QStringLiteral("title"), d.title},
            {QStringLiteral("stage"), d.stage}, {QStringLiteral("expected_close"), isoOrNull(d.expectedClose)},
            {QStringLiteral("probability"), d.probability >= 0 ? QJsonValue(d.probability) : QJsonValue()},
            {QStringLiteral("lost_reason"), d.lostReason}, {QStringLiteral("owner_id"), d.ownerId},
            {QStringLiteral("closed_at"), isoOrNull(d.closedAt)}, {QStringLiteral("deleted"), d.isDeleted()},
            {QStringLiteral("created_at"), isoOrNull(d.createdAt)},
            {QStringLiteral("updated_at"), isoOrNull(d.updatedAt)}};
        dealSection.rows.append(moneyFields(o, QStringLiteral("amount"), d.amount));
        auto items = dealService.items(d.id);
        if (!items)
            return items.error();
        for (const DealItem &it : *items) {
            ids << it.id;
            QJsonObject io {{QStringLiteral("id"), it.id}, {QStringLiteral("deal_id"), it.dealId},
                {QStringLiteral("description"), it.description}, {QStringLiteral("quantity"), double(it.quantity)}};
            itemSection.rows.append(moneyFields(io, QStringLiteral("unit_price"), it.unitPrice));
        }
        auto payments = dealService.payments(d.id);
        if (!payments)
            return payments.error();
        for (const Payment &p : *payments) {
            ids << p.id;
            QJsonObject po {{QStringLiteral("id"), p.id}, {QStringLiteral("deal_id"), p.dealId},
                {QStringLiteral("paid_at"), isoOrNull(p.paidAt)}, {QStringLiteral("method"), p.method},
                {QStringLiteral("reference_masked"), ErasureService::maskReference(p.reference)},
                {QStringLiteral("recorded_by"), p.recordedBy}};
            paymentSection.rows.append(moneyFields(po, QStringLiteral("amount"), p.amount));
        }
    }
    out << dealSection << itemSection << paymentSection;

    TaskService taskService(m_ctx);
    auto tasks = taskService.listForCustomer(customerId);
    if (!tasks)
        return tasks.error();
    Section taskSection {QStringLiteral("tasks"), QStringLiteral("Tasks"),
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("notes"), QStringLiteral("deal_id"),
            QStringLiteral("due_at"), QStringLiteral("reminder_at"), QStringLiteral("done_at"),
            QStringLiteral("assignee_id"), QStringLiteral("created_at")},
        {}};
    for (const Task &t : *tasks) {
        ids << t.id;
        taskSection.rows.append(QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title},
            {QStringLiteral("notes"), t.notes}, {QStringLiteral("deal_id"), textOrNull(t.dealId)}, {QStringLiteral("due_at"), isoOrNull(t.dueAt)},
            {QStringLiteral("reminder_at"), isoOrNull(t.reminderAt)}, {QStringLiteral("done_at"), isoOrNull(t.doneAt)},
            {QStringLiteral("assignee_id"), t.assigneeId}, {QStringLiteral("created_at"), isoOrNull(t.createdAt)}});
    }
    out << taskSection;

    ConsentService consentService(m_ctx);
    auto consents = consentService.history(customerId);
    if (!consents)
        return consents.error();
    Section consentSection {QStringLiteral("consents"), QStringLiteral("Consent history"),
        {QStringLiteral("id"), QStringLiteral("recorded_at"), QStringLiteral("purpose"), QStringLiteral("granted"),
            QStringLiteral("channel"), QStringLiteral("lawful_basis"), QStringLiteral("source"),
            QStringLiteral("recorded_by")},
        {}};
    for (const Consent &c : *consents) {
        ids << c.id;
        consentSection.rows.append(
            QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("recorded_at"), isoOrNull(c.recordedAt)},
                {QStringLiteral("purpose"), c.purpose}, {QStringLiteral("granted"), c.granted},
                {QStringLiteral("channel"), c.channel}, {QStringLiteral("lawful_basis"), c.lawfulBasis},
                {QStringLiteral("source"), c.source}, {QStringLiteral("recorded_by"), c.recordedBy}});
    }
    out << consentSection;

    auto audit = auditEntriesFor(ids);
    if (!audit)
        return audit.error();
    out << Section {QStringLiteral("audit_entries"), QStringLiteral("Audit entries about this record"),
        {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("user_id"), QStringLiteral("action"),
            QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("details")},
        *audit};
    return out;
}

Result<QJsonArray> SubjectAccessExporter::auditEntriesFor(const QStringList &ids)
{
    // Entries naming any of the ids, oldest first. Bound in chunks (SQLite 3.15 allows 999 variables).
    QList<QJsonObject> found;
    QList<qint64> seqs;
    constexpr int chunk = 400;
    for (int from = 0; from < ids.size(); from += chunk) {
        const QStringList part = ids.mid(from, chunk);
        QStringList marks;
        for (int i = 0; i < part.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_ctx.db());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT seq, at, user_id, action, entity, entity_id, details FROM audit_log "
                                      "WHERE entity_id IN (%1)")
                           .arg(marks.join(QLatin1Char(',')))))
            return Database::errorFrom(q.lastError(), QStringLiteral("reading the audit entries"));
        for (const QString &id : part)
            q.addBindValue(id);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading the audit entries"));
        while (q.next()) {
            const QJsonObject details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            seqs << q.value(0).toLongLong();
            found << QJsonObject {{QStringLiteral("seq"), double(q.value(0).toLongLong())},
                {QStringLiteral("at"), isoOrNull(q.value(1).toLongLong())},
                {QStringLiteral("user_id"), q.value(2).toString()}, {QStringLiteral("action"), q.value(3).toString()},
                {QStringLiteral("entity"), q.value(4).toString()}, {QStringLiteral("entity_id"), q.value(5).toString()},
                {QStringLiteral("details"), details}};
        }
    }
    std::sort(found.begin(), found.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("seq")).toDouble() < b.value(QStringLiteral("seq")).toDouble();
    });
    QJsonArray out;
    for (const QJsonObject &o : found)
        out.append(o);
    return out;
}

Status SubjectAccessExporter::writeBundle(const QString &zipPath, QJsonObject top, const QString &singleKey,
    const QString &heading, const QList<Section> &sections, SubjectAccessReport &report)
{
    QJsonObject counts;
    QStringList files {QStringLiteral("person.json")};
    for (const Section &s : sections) {
        if (s.key == singleKey) {
            top.insert(s.key, s.rows.isEmpty() ? QJsonValue() : s.rows.first());
        } else {
            top.insert(s.key, s.rows);
            counts.insert(s.key, s.rows.size());
        }
        files << s.key + QStringLiteral(".csv");
    }
    top.insert(QStringLiteral("counts"), counts);
    files << QStringLiteral("summary.html");

    ZipArchive zip;
    zip.add(QStringLiteral("person.json"), QJsonDocument(top).toJson(QJsonDocument::Indented));
    for (const Section &s : sections)
        zip.add(s.key + QStringLiteral(".csv"), csvOf(s));
    zip.add(QStringLiteral("summary.html"), summaryHtml(heading, sections, m_ctx.clock().nowMs()));
    auto bytes = zip.build();
    if (!bytes)
        return bytes.error();
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("writing %1: %2").arg(zipPath, file.errorString()));
    qCInfo(lcPrivacy) << "personal-data bundle written:" << bytes->size() << "bytes";
    report.path = zipPath;
    report.bytes = bytes->size();
    report.files = files;
    report.counts = counts;
    return {};
}

Result<SubjectAccessReport> SubjectAccessExporter::exportCustomer(const QString &customerId, const QString &zipPath)
{
    auto sections = collect(customerId);
    if (!sections)
        return sections.error();
    const QJsonObject top {{QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), formatVersion()},
        {QStringLiteral("generated_at"), isoOrNull(m_ctx.clock().nowMs())},
        {QStringLiteral("generated_by"), m_ctx.session().userId},
        {QStringLiteral("masking"),
            QStringLiteral("payment references: every character but the last four replaced by \u2022")}};
    const QString heading = sections->first().rows.first().toObject().value(QStringLiteral("display_name")).toString();
    SubjectAccessReport report;
    report.customerId = customerId;
    if (Status s = writeBundle(zipPath, top, QStringLiteral("customer"), heading, *sections, report); !s)
        return s.error();
    QJsonObject details = report.counts;
    details.insert(QStringLiteral("files"), report.files.size());
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("subject_access_export"),
            QStringLiteral("customer"), customerId, details);
        !a)
        return a.error();
    return report;
}

QString SubjectAccessExporter::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(qint64(value.toDouble()));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << cellText(v);
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QByteArray SubjectAccessExporter::csvOf(const Section &section)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        (void)writer.writeRecord(section.columns);
        for (const QJsonValue &row : section.rows) {
            const QJsonObject o = row.toObject();
            QStringList fields;
            for (const QString &c : section.columns)
                fields << cellText(o.value(c));
            (void)writer.writeRecord(fields);
        }
        (void)writer.flush();
    }
    return buffer.data();
}

} // namespace relasi
