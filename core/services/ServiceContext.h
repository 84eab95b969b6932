#pragma once

#include "common/Result.h"
#include "services/AuditLog.h"
#include "services/ChangeJournal.h"
#include "services/ChangeNotifier.h"
#include "services/CustomerAccess.h"
#include "services/Policy.h"
#include "services/Session.h"
#include "sync/Hlc.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace relasi {

class Clock;

// Everything a service needs, for one connection and one signed-in user: the database, the session,
// the clock, the HLC, the audit log, the change journal and the notifier. Services hold a reference to
// it; it must outlive them. Use from the thread that owns the connection.
class ServiceContext
{
public:
    // Loads the HLC's last stamp and the business's default region. session.deviceId must be set
    // (SessionLoader::load does).
    static Result<std::unique_ptr<ServiceContext>> create(QSqlDatabase db, const Session &session,
                                                          const Clock &clock);

    QSqlDatabase &db() { return m_db; }
    const Session &session() const { return m_session; }
    const Clock &clock() const { return m_clock; }
    Hlc &hlc() { return m_hlc; }
    AuditLog &audit() { return m_audit; }
    ChangeJournal &journal() { return m_journal; }
    ChangeNotifier &notifier() { return m_notifier; }

    // business_profile.country: the region for phone numbers without a country prefix.
    const QString &defaultRegion() const { return m_defaultRegion; }
    void setDefaultRegion(const QString &region) { m_defaultRegion = region; }

    // Policy::check for the session; a denial is audited ("permission_denied", committed on its own, with
    // the permission, the entity and the record id) and returned as PermissionDenied.
    Status require(Permission permission, const QString &entity = {}, const QString &entityId = {},
                   const RecordScope *scope = nullptr);

    // A statement prepared once on this connection and kept for every later call with the same text (the
    // services' hot writes and reads, so no call prepares again). sql is the services' own fixed text, never
    // user input. Bind every placeholder before each exec(); finish() a SELECT once read, so the connection
    // holds no read of it between calls. Forward-only (next() only). If preparing fails, the query's lastError() says why (exec() fails)
    // and the next call prepares again.
    QSqlQuery &cachedQuery(const QString &sql);

    // CustomerAccess::load's memo of customer scopes while a CustomerAccess::Memo is open (nullptr if none).
    QHash<QString, CustomerAccess::Scope> *accessMemo() { return m_accessMemo; }
    void setAccessMemo(QHash<QString, CustomerAccess::Scope> *memo) { m_accessMemo = memo; }

private:
    ServiceContext(QSqlDatabase db, const Session &session, const Clock &clock, qint64 lastHlc);

    QSqlDatabase m_db;
    Session m_session;
    const Clock &m_clock;
    Hlc m_hlc;
    AuditLog m_audit;
    ChangeJournal m_journal;
    ChangeNotifier m_notifier;
    QString m_defaultRegion = QStringLiteral("ID");
    struct CachedQuery {
        std::unique_ptr<QSqlQuery> query;
        bool prepared = false;
    };
    std::unordered_map<QString, CachedQuery> m_queries;
    QHash<QString, CustomerAccess::Scope> *m_accessMemo = nullptr;
};

} // namespace relasi
