#include "privacy/ErasureMarkers.h"

#include "privacy/ErasureService.h"
#include "storage/Database.h"
#include "sync/Hlc.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {

struct Marker {
    bool found = false;
    qint64 hlc = 0;
    QString deviceId;
};

Result<Marker> marker(QSqlDatabase &db, const QString &entity, const QString &recordId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hlc, device_id FROM erasures WHERE entity = ? AND record_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading an erasure marker"));
    Marker m;
    if (q.next()) {
        m.found = true;
        m.hlc = q.value(0).toLongLong();
        m.deviceId = q.value(1).toString();
    }
    return m;
}

} // namespace

Result<bool> ErasureMarkers::refuses(QSqlDatabase &db, const QString &entity, const QString &recordId)
{
    auto m = marker(db, entity, recordId);
    if (!m)
        return m.error();
    return m->found;
}

Result<bool> ErasureMarkers::refusesTag(QSqlDatabase &db, const QString &customerId, qint64 hlc,
                                        const QString &deviceId)
{
    auto customer = marker(db, QStringLiteral("customer"), customerId);
    if (!customer)
        return customer.error();
    if (customer->found)
        return true;
    auto set = marker(db, ErasureService::tagSetEntity(), customerId);
    if (!set)
        return set.error();
    return set->found && !Hlc::wins(hlc, deviceId, set->hlc, set->deviceId);
}

QString ErasureMarkers::tagCustomerId(const QString &tagRecordId)
{
    const qsizetype slash = tagRecordId.indexOf(QLatin1Char('/'));
    return slash > 0 ? tagRecordId.left(slash) : QString();
}

} // namespace relasi
