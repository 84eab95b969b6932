#include "services/AuditService.h"

#include "io/csv/CsvWriter.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
const QString kAuditEntity = QStringLiteral("audit_log");
constexpr int kExportPage = 1000;
} // namespace

AuditService::AuditService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<QList<AuditEntry>> AuditService::list(const AuditFilter &filter)
{
    if (Status s = m_ctx.require(Permission::ReadAudit, kAuditEntity); !s)
        return s.error();
    return m_ctx.audit().list(filter);
}

Result<AuditVerify> AuditService::verify()
{
    if (Status s = m_ctx.require(Permission::ReadAudit, kAuditEntity); !s)
        return s.error();
    return m_ctx.audit().verify();
}

Result<QStringList> AuditService::actions()
{
    if (Status s = m_ctx.require(Permission::ReadAudit, kAuditEntity); !s)
        return s.error();
    QSqlQuery q(m_ctx.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")))
        return Database::errorFrom(q.lastError(), QStringLiteral("listing audit actions"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> AuditService::exportCsv(QIODevice *device, const AuditFilter &filter)
{
    if (Status s = m_ctx.require(Permission::ReadAudit, kAuditEntity); !s)
        return s.error();
    QHash<QString, QString> emails;
    {
        QSqlQuery q(m_ctx.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, email FROM users")))
            return Database::errorFrom(q.lastError(), QStringLiteral("reading users"));
        while (q.next())
            emails.insert(q.value(0).toString(), q.value(1).toString());
    }
    CsvWriter writer(device);
    if (Status s = writer.writeRecord({QStringLiteral("seq"), QStringLiteral("at_utc"), QStringLiteral("user_id"),
                                       QStringLiteral("user_email"), QStringLiteral("action"), QStringLiteral("entity"),
                                       QStringLiteral("entity_id"), QStringLiteral("details"), QStringLiteral("hash")});
        !s)
        return s.error();
    AuditFilter page = filter;
    page.limit = kExportPage;
    page.beforeSeq = 0;
    qint64 rows = 0;
    for (;;) {
        auto entries = m_ctx.audit().list(page);
        if (!entries)
            return entries.error();
        for (const AuditEntry &e : *entries) {
            const QString at = QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs);
            const QString details = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
            if (Status s = writer.writeRecord({QString::number(e.seq), at, e.userId, emails.value(e.userId), e.action,
                                               e.entity, e.entityId, details, e.hash});
                !s)
                return s.error();
            ++rows;
        }
        if (entries->size() < kExportPage)
            break;
        page.beforeSeq = entries->constLast().seq;
    }
    if (Status s = writer.flush(); !s)
        return s.error();
    QJsonObject details;
    details.insert(QStringLiteral("format"), QStringLiteral("csv"));
    details.insert(QStringLiteral("rows"), rows);
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("export"), kAuditEntity, {}, details); !a)
        return a.error();
    return rows;
}

} // namespace relasi
