#include <catch2/catch.hpp>

#include "support/PermissionFixture.h"
#include "support/ServiceFixture.h"

#include "services/AuditService.h"
#include "services/BusinessProfileService.h"
#include "privacy/ErasureService.h"
#include "services/CustomerService.h"
#include "services/Policy.h"
#include "services/UserService.h"

#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;
using relasi::test::checkCell;
using relasi::test::statusOf;

namespace {

Customer person(const QString &name, const QString &ownerId = {})
{
    Customer c;
    c.givenName = name;
    c.familyName = QStringLiteral("Wijaya");
    c.ownerId = ownerId;
    return c;
}

} // namespace

TEST_CASE("Policy answers the DESIGN §5 matrix", "[permissions]")
{
    Session owner{QStringLiteral("o"), {}, {}, Role::Owner, QStringLiteral("d")};
    Session manager{QStringLiteral("m"), {}, {}, Role::Manager, QStringLiteral("d")};
    Session sales{QStringLiteral("s"), {}, {}, Role::Sales, QStringLiteral("d")};
    Session viewer{QStringLiteral("v"), {}, {}, Role::Viewer, QStringLiteral("d")};
    const RecordScope own{QStringLiteral("s"), false};
    const RecordScope others{QStringLiteral("x"), false};
    const RecordScope shared{QStringLiteral("x"), true};

    for (Permission p : {Permission::ReadRecords, Permission::CreateRecords, Permission::EditRecords,
                         Permission::DeleteRecords, Permission::ReassignOwner, Permission::ImportCsv,
                         Permission::BulkExport, Permission::EraseData, Permission::ManageUsers, Permission::ReadAudit,
                         Permission::ConfigureSettings}) {
        INFO(permissionName(p).toStdString());
        CHECK(Policy::allows(owner, p, &others));
        const bool ownerOnly =
            p == Permission::EraseData || p == Permission::ManageUsers || p == Permission::ConfigureSettings;
        CHECK(Policy::allows(manager, p, &others) == !ownerOnly);
        CHECK(Policy::allows(viewer, p, &others) == (p == Permission::ReadRecords));
    }
    CHECK(Policy::allows(sales, Permission::ReadRecords, &own));
    CHECK(Policy::allows(sales, Permission::ReadRecords, &shared));
    CHECK_FALSE(Policy::allows(sales, Permission::ReadRecords, &others));
    for (Permission p : {Permission::CreateRecords, Permission::EditRecords, Permission::DeleteRecords,
                         Permission::ImportCsv}) {
        CHECK(Policy::allows(sales, p, &own));
        CHECK_FALSE(Policy::allows(sales, p, &others));
        CHECK_FALSE(Policy::allows(sales, p, &shared));
    }
    for (Permission p : {Permission::ReassignOwner, Permission::BulkExport, Permission::EraseData,
                         Permission::ManageUsers, Permission::ReadAudit, Permission::ConfigureSettings})
        CHECK_FALSE(Policy::allows(sales, p, &own));
    CHECK_FALSE(Policy::allows(Session{}, Permission::ReadRecords));
}

TEST_CASE("every cell of the role matrix is enforced by the services, denials audited", "[permissions][services]")
{
    const Role role = GENERATE(Role::Owner, Role::Manager, Role::Sales, Role::Viewer);
    INFO("role: " << roleName(role).toStdString());
    ServiceFixture f;
    const QString actor = role == Role::Owner ? f.ownerId() : f.addUser(role);
    const QString otherRep = f.addUser(Role::Sales);
    CustomerService admin(f.owner());
    auto mk = [&](const QString &name, const QString &owner) {
        auto id = admin.create(person(name, owner));
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    };
    const QString mine = mk(QStringLiteral("Mine"), actor);
    const QString mineToDelete = mk(QStringLiteral("Mine2"), actor);
    const QString mineToReassign = mk(QStringLiteral("Mine3"), actor);
    const QString others = mk(QStringLiteral("Others"), otherRep);
    const QString othersToDelete = mk(QStringLiteral("Others2"), otherRep);
    const QString shared = mk(QStringLiteral("Shared"), otherRep);
    REQUIRE(admin.share(shared, actor).ok());

    const bool all = role == Role::Owner || role == Role::Manager;
    const bool sales = role == Role::Sales;
    const bool owner = role == Role::Owner;
    CustomerService svc(f.as(actor));

    checkCell(f, actor, "read own", true, [&] { return statusOf(svc.get(mine)); });
    checkCell(f, actor, "read another rep's", role != Role::Sales, [&] { return statusOf(svc.get(others)); });
    checkCell(f, actor, "read shared", true, [&] { return statusOf(svc.get(shared)); });

    checkCell(f, actor, "create own", all || sales, [&] { return statusOf(svc.create(person(QStringLiteral("New")))); });
    checkCell(f, actor, "create for another", all,
              [&] { return statusOf(svc.create(person(QStringLiteral("New2"), otherRep))); });

    auto edit = [&](const QString &id) {
        auto c = admin.get(id);
        REQUIRE(c.ok());
        Customer changed = *c;
        changed.notes = QStringLiteral("edited by ") + roleName(role);
        return svc.update(changed);
    };
    checkCell(f, actor, "edit own", all || sales, [&] { return edit(mine); });
    checkCell(f, actor, "edit another rep's", all, [&] { return edit(others); });
    checkCell(f, actor, "edit shared (not own)", all, [&] { return edit(shared); });

    checkCell(f, actor, "delete own", all || sales, [&] { return svc.remove(mineToDelete); });
    checkCell(f, actor, "delete another rep's", all, [&] { return svc.remove(othersToDelete); });
    REQUIRE(admin.remove(mineToDelete).ok() == !(all || sales)); // now deleted either way
    checkCell(f, actor, "restore own", all || sales, [&] { return svc.restore(mineToDelete); });

    checkCell(f, actor, "reassign owner", all, [&] { return svc.reassign(mineToReassign, otherRep); });

    auto import = [&](const QString &owner) {
        return statusOf(svc.createMany({person(QStringLiteral("Imported"), owner)}, {}, CustomerService::Origin::Import));
    };
    checkCell(f, actor, "import into own", all || sales, [&] { return import(actor); });
    checkCell(f, actor, "import for another", all, [&] { return import(otherRep); });

    checkCell(f, actor, "bulk export", all, [&] { return svc.exportAll([](const Customer &) { return true; }); });
    checkCell(f, actor, "erase", owner, [&] { return statusOf(ErasureService(f.as(actor)).erase(others)); });

    UserService users(f.as(actor));
    checkCell(f, actor, "manage users", owner, [&] {
        return statusOf(users.addUser(QStringLiteral("Budi"), QStringLiteral("budi@tokomaju.co.id"), {}, Role::Sales));
    });
    checkCell(f, actor, "change a role", owner, [&] { return users.changeRole(otherRep, Role::Manager); });

    AuditService audit(f.as(actor));
    checkCell(f, actor, "read audit", all, [&] { return statusOf(audit.list()); });
    checkCell(f, actor, "verify audit", all, [&] { return statusOf(audit.verify()); });

    BusinessProfileService profile(f.as(actor));
    checkCell(f, actor, "configure settings", owner, [&] {
        auto p = profile.get();
        REQUIRE(p.ok());
        BusinessProfile changed = *p;
        changed.name = QStringLiteral("Toko Maju Jaya");
        return profile.update(changed);
    });

    // The denied calls changed nothing and the chain still holds.
    auto verified = f.owner().audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);
}

TEST_CASE("a sales rep lists only their own customers and those shared with them", "[permissions][services]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString otherRep = f.addUser(Role::Sales);
    CustomerService admin(f.owner());
    REQUIRE(admin.create(person(QStringLiteral("Ani"), rep)).ok());
    const QString hidden = *admin.create(person(QStringLiteral("Bayu"), otherRep));
    const QString shared = *admin.create(person(QStringLiteral("Citra"), otherRep));
    REQUIRE(admin.share(shared, rep).ok());

    CustomerService svc(f.as(rep));
    auto names = [&] {
        auto list = svc.list();
        REQUIRE(list.ok());
        QStringList out;
        for (const Customer &c : *list)
            out << c.givenName;
        return out;
    };
    CHECK(names() == QStringList{QStringLiteral("Ani"), QStringLiteral("Citra")});
    CHECK(svc.get(hidden).code() == ErrorCode::PermissionDenied);

    // Unsharing takes it away again; sharing again brings it back (a causal-length set).
    REQUIRE(admin.unshare(shared, rep).ok());
    CHECK(names() == QStringList{QStringLiteral("Ani")});
    CHECK(svc.get(shared).code() == ErrorCode::PermissionDenied);
    REQUIRE(admin.share(shared, rep).ok());
    CHECK(names() == QStringList{QStringLiteral("Ani"), QStringLiteral("Citra")});

    auto all = CustomerService(f.owner()).list();
    REQUIRE(all.ok());
    CHECK(all->size() == 3);
}
