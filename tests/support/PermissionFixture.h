#pragma once

// What the permission tests share (header only; include after <catch2/catch.hpp>): the usual cast of users and
// customers for "records follow the customer's permissions", the count of audited denials, and one cell of a
// role × action matrix (allowed: succeeds, no new denial; denied: PermissionDenied and exactly one audited
// denial, DESIGN §5).
//
//   ServiceFixture f;
//   const RoleCast cast(f);                       // rep, otherRep, viewer, manager; mine, theirs, shared
//   InteractionService asRep(f.as(cast.rep));
//   checkCell(f, cast.rep, "log on another rep's customer", false, [&] { return statusOf(asRep.add(e)); });

#include "support/ServiceFixture.h"

#include "common/Result.h"
#include "services/CustomerService.h"

#include <QString>
#include <QVariantList>

namespace relasi::test {

// The result of a call as a Status (the value dropped).
template<typename T>
Status statusOf(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}
inline Status statusOf(const Status &s)
{
    return s;
}

// How many "permission_denied" entries the audit log holds: all, or those of userId.
inline qint64 deniedCount(ServiceFixture &f, const QString &userId = {})
{
    if (userId.isEmpty())
        return f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_denied'"));
    return f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_denied' AND user_id = ?"),
                    {userId});
}

// One cell of the matrix: call() (returning a Status or a Result) as actor. allowed: it succeeds and no denial
// is audited; otherwise: PermissionDenied and exactly one new audited denial by actor.
template<typename Fn>
void checkCell(ServiceFixture &f, const QString &actor, const char *what, bool allowed, Fn &&call)
{
    INFO("cell: " << what);
    const qint64 before = deniedCount(f, actor);
    const Status s = statusOf(call());
    if (allowed) {
        INFO("error: " << (s.ok() ? std::string() : s.error().message.toStdString()));
        CHECK(s.ok());
        CHECK(deniedCount(f, actor) == before);
    } else {
        CHECK(s.code() == ErrorCode::PermissionDenied);
        CHECK(deniedCount(f, actor) == before + 1);
    }
}

// The cast of the customer-record permission tests: two sales reps, a viewer and a manager (users rows), and
// three customers made by the owner: `mine` owned by rep, `theirs` owned by otherRep, and `shared` owned by
// otherRep and shared with rep.
struct RoleCast {
    explicit RoleCast(ServiceFixture &f)
        : rep(f.addUser(Role::Sales)), otherRep(f.addUser(Role::Sales)), viewer(f.addUser(Role::Viewer)),
          manager(f.addUser(Role::Manager)), mine(f.addCustomer(rep, QStringLiteral("Mine"))),
          theirs(f.addCustomer(otherRep, QStringLiteral("Theirs"))),
          shared(f.addCustomer(otherRep, QStringLiteral("Shared")))
    {
        REQUIRE(CustomerService(f.owner()).share(shared, rep).ok());
    }

    QString rep, otherRep, viewer, manager;
    QString mine, theirs, shared;
};

} // namespace relasi::test
