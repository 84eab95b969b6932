#include "privacy/MailingListExporter.h"

#include "io/csv/CsvWriter.h"
#include "privacy/ErasureService.h"
#include "services/ConsentService.h"
#include "services/Policy.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

struct LatestConsent {
    bool granted = false;
    qint64 at = 0;
    QString source;
};

// The contact-point kinds that reach a customer for a purpose, in order of preference.
QStringList kindsFor(const QString &purpose)
{
    if (purpose == QLatin1String("marketing_email"))
        return {QStringLiteral("email")};
    if (purpose == QLatin1String("marketing_whatsapp_sms"))
        return {QStringLiteral("whatsapp"), QStringLiteral("phone")};
    if (purpose == QLatin1String("phone_calls"))
        return {QStringLiteral("phone")};
    return {};
}

} // namespace

QJsonObject MailingListReport::toJson() const
{
    QJsonObject o {{QStringLiteral("purpose"), purpose}, {QStringLiteral("included"), double(included)},
        {QStringLiteral("left_out"),
            QJsonObject {{QStringLiteral("no_consent"), double(noConsent)},
                {QStringLiteral("withdrawn"), double(withdrawn)}, {QStringLiteral("no_address"), double(noAddress)},
                {QStringLiteral("erased"), double(erased)}, {QStringLiteral("deleted"), double(deleted)},
                {QStringLiteral("total"), double(leftOut())}}}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    return o;
}

MailingListExporter::MailingListExporter(ServiceContext &ctx)
    : m_ctx(ctx)
{
}

bool MailingListExporter::isContactPurpose(const QString &purpose)
{
    return !kindsFor(purpose).isEmpty();
}

Result<MailingListReport> MailingListExporter::build(const QString &purpose, QList<MailingListEntry> *entries)
{
    if (!isContactPurpose(purpose))
        return Error(ErrorCode::Invalid,
            QStringLiteral("'%1' is not a purpose to contact people for (marketing_email, "
                           "marketing_whatsapp_sms, phone_calls)")
                .arg(purpose));
    if (Status s = m_ctx.require(Permission::BulkExport, QStringLiteral("mailing_list")); !s)
        return s.error();
    QSqlDatabase &db = m_ctx.db();

    // The latest consent entry per customer for the purpose (oldest first: the last one seen wins).
    QHash<QString, LatestConsent> latest;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT customer_id, granted, recorded_at, source FROM consents "
                                 "WHERE purpose = ? AND cl % 2 = 1 ORDER BY customer_id, recorded_at, id"));
        q.addBindValue(purpose);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading consents"));
        while (q.next())
            latest.insert(q.value(0).toString(),
                LatestConsent {q.value(1).toInt() == 1, q.value(2).toLongLong(), q.value(3).toString()});
    }
    // The best address per customer: preferred kind first, then primary, then oldest.
    const QStringList kinds = kindsFor(purpose);
    QHash<QString, QString> address;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT customer_id, kind, normalized FROM contact_points "
                                 "WHERE kind IN (?, ?) AND cl % 2 = 1 AND normalized <> '' "
                                 "ORDER BY customer_id, is_primary DESC, created_at, id"));
        q.addBindValue(kinds.value(0));
        q.addBindValue(kinds.value(kinds.size() - 1));
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("reading contact points"));
        QHash<QString, int> rank; // index in kinds of the address kept
        while (q.next()) {
            const QString id = q.value(0).toString();
            const int r = int(kinds.indexOf(q.value(1).toString()));
            if (!rank.contains(id) || r < rank.value(id)) {
                rank.insert(id, r);
                address.insert(id, q.value(2).toString());
            }
        }
    }

    MailingListReport report;
    report.purpose = purpose;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.display_name, c.cl, c.source FROM customers c WHERE %1 "
                             "ORDER BY c.sort_key, c.id")
                  .arg(Policy::customerVisibilitySql(m_ctx.session())));
    if (m_ctx.session().role == Role::Sales)
        q.bindValue(QStringLiteral(":scope_user"), m_ctx.session().userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading customers"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (q.value(3).toString() == ErasureService::anonymisedSource()) {
            ++report.erased;
            continue;
        }
        if (q.value(2).toLongLong() % 2 == 0) {
            ++report.deleted;
            continue;
        }
        auto c = latest.constFind(id);
        if (c == latest.constEnd()) {
            ++report.noConsent;
            continue;
        }
        if (!c->granted) {
            ++report.withdrawn;
            continue;
        }
        const QString to = address.value(id);
        if (to.isEmpty()) {
            ++report.noAddress;
            continue;
        }
        ++report.included;
        if (entries)
            entries->append(MailingListEntry {id, q.value(1).toString(), to, c->at, c->source});
    }
    return report;
}

Result<MailingListReport> MailingListExporter::exportCsv(const QString &purpose, const QString &path)
{
    QList<MailingListEntry> entries;
    auto report = build(purpose, &entries);
    if (!report)
        return report;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("writing %1: %2").arg(path, file.errorString()));
    {
        CsvWriter writer(&file);
        Status s = writer.writeRecord({QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("address"),
            QStringLiteral("consent_at"), QStringLiteral("consent_source")});
        for (const MailingListEntry &e : std::as_const(entries)) {
            if (!s)
                break;
            s = writer.writeRecord({e.customerId, e.name, e.address,
                QDateTime::fromMSecsSinceEpoch(e.consentAt, Qt::UTC).toString(Qt::ISODateWithMs), e.consentSource});
        }
        if (s)
            s = writer.flush();
        if (!s) {
            file.cancelWriting();
            return s.error();
        }
    }
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("writing %1: %2").arg(path, file.errorString()));
    QJsonObject details = report->toJson();
    details.remove(QStringLiteral("path"));
    if (auto a = m_ctx.audit().append(
            m_ctx.session().userId, QStringLiteral("export"), QStringLiteral("mailing_list"), QString(), details);
        !a)
        return a.error();
    report->path = path;
    return report;
}

} // namespace relasi
