#include "support/ServiceFixture.h"
#include "services/CustomerService.h"

#include "crypto/SecureBytes.h"
#include "services/SessionLoader.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace relasi::test {

ServiceFixture::ServiceFixture()
{
    REQUIRE(m_tmp.isValid());
    m_directory = m_tmp.filePath(QStringLiteral("ws"));
    WorkspaceCreateParams p;
    p.directory = m_directory;
    p.ownerName = QStringLiteral("Siti Rahayu");
    p.ownerEmail = QStringLiteral("siti@tokomaju.co.id");
    p.businessName = QStringLiteral("Toko Maju");
    const SecureBytes password = SecureBytes::fromUtf8(QString::fromUtf8(ownerPassword));
    auto created = Workspace::create(p, password);
    REQUIRE(created.ok());
    auto opened = Workspace::open(m_directory, Credentials{}, password);
    REQUIRE(opened.ok());
    m_workspace = std::move(*opened);
    m_ownerId = m_workspace->signedInUserId();
    REQUIRE(!m_ownerId.isEmpty());
}

ServiceFixture::~ServiceFixture()
{
    m_contexts.clear();
    if (m_workspace)
        m_workspace->lock();
}

QSqlDatabase ServiceFixture::db() const
{
    return m_workspace->database();
}

QString ServiceFixture::addUser(Role role, const QString &name, const QString &email)
{
    ++m_users;
    const QString id = QStringLiteral("00000000-0000-7000-8000-%1").arg(m_users, 12, 10, QLatin1Char('0'));
    QSqlDatabase database = db();
    QSqlQuery q(database);
    q.prepare(QStringLiteral("INSERT INTO users (id, name, email, phone, role, active, created_at, updated_at) "
                             "VALUES (?, ?, ?, '', ?, 1, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name.isEmpty() ? QStringLiteral("User %1").arg(m_users) : name);
    q.addBindValue(email.isEmpty() ? QStringLiteral("user%1@tokomaju.co.id").arg(m_users) : email);
    q.addBindValue(roleName(role));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(m_clock.nowMs());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return id;
}

ServiceContext &ServiceFixture::as(const QString &userId)
{
    if (auto it = m_contexts.find(userId); it != m_contexts.end())
        return **it;
    QSqlDatabase database = db();
    auto session = SessionLoader::load(database, userId);
    REQUIRE(session.ok());
    auto ctx = ServiceContext::create(database, *session, m_clock);
    REQUIRE(ctx.ok());
    std::shared_ptr<ServiceContext> shared(std::move(*ctx));
    m_contexts.insert(userId, shared);
    return *shared;
}

QString ServiceFixture::addCustomer(const QString &ownerId, const QString &name)
{
    Customer c;
    c.displayName = name;
    c.ownerId = ownerId;
    auto id = CustomerService(owner()).create(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 ServiceFixture::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace relasi::test
