#pragma once

#include "common/Clock.h"
#include "domain/Customer.h"
#include "services/ServiceContext.h"
#include "services/Session.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace relasi {
class Workspace;
}

namespace relasi::test {

// A fresh encrypted workspace in a temporary folder, opened as its owner, with a ManualClock and service
// contexts for any user. For tests of the services and everything built on them (CLI, models, sync).
//
//   ServiceFixture f;                                  // owner "Siti Rahayu", business in Indonesia
//   const QString rep = f.addUser(Role::Sales);        // a users row (no key slot)
//   CustomerService customers(f.as(rep));              // services acting as that user
//   f.clock().advanceMs(1000);
//
// Every context shares the workspace's one connection (f.db()) and the clock. Not copyable.
class ServiceFixture
{
public:
    static constexpr qint64 startMs = 1'700'000'000'000; // 2023-11-14 UTC
    static constexpr const char *ownerPassword = "correct horse battery staple 42";

    ServiceFixture();
    ~ServiceFixture();
    ServiceFixture(const ServiceFixture &) = delete;
    ServiceFixture &operator=(const ServiceFixture &) = delete;

    Workspace &workspace() { return *m_workspace; }
    QString directory() const { return m_directory; }
    QSqlDatabase db() const;
    ManualClock &clock() { return m_clock; }
    QString ownerId() const { return m_ownerId; }

    // Adds an active user with `role` straight into the users table (no key slot, no audit entry) and
    // returns the id. Name and e-mail are made up when empty.
    QString addUser(Role role, const QString &name = {}, const QString &email = {});

    // A person customer named `name`, owned by ownerId, created through CustomerService as the owner.
    QString addCustomer(const QString &ownerId, const QString &name);
    // The first column of the first row of `sql` as an integer (REQUIREs a row).
    qint64 scalar(const QString &sql, const QVariantList &binds = {});

    // The services' context acting as userId (Session loaded from the users table; created on first use,
    // then reused). REQUIREs that the user can sign in.
    ServiceContext &as(const QString &userId);
    ServiceContext &owner() { return as(m_ownerId); }

private:
    QTemporaryDir m_tmp;
    QString m_directory;
    ManualClock m_clock{startMs};
    std::unique_ptr<Workspace> m_workspace;
    QString m_ownerId;
    QHash<QString, std::shared_ptr<ServiceContext>> m_contexts;
    int m_users = 0;
};

// Parts of a customer for tests that build one (NewCustomer / Customer).
inline ContactPoint contactPoint(ContactKind kind, const QString &raw, bool primary = false)
{
    ContactPoint p;
    p.kind = kind;
    p.raw = raw;
    p.primary = primary;
    return p;
}

inline Address address(const QString &street, const QString &city, const QString &postalCode = {},
                       const QString &country = {}, const QString &label = {})
{
    Address a;
    a.label = label;
    a.street = street;
    a.city = city;
    a.postalCode = postalCode;
    a.country = country;
    return a;
}

} // namespace relasi::test
