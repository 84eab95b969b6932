#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "services/AuditService.h"
#include "services/UserService.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace relasi;
using relasi::test::ServiceFixture;

TEST_CASE("must-change-password: the owner sets it, the user clears only their own", "[services][users]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString other = f.addUser(Role::Sales);
    UserService asOwner(f.owner());
    UserService asRep(f.as(rep));

    REQUIRE_FALSE(asOwner.get(rep)->mustChangePassword);
    REQUIRE(asOwner.setMustChangePassword(rep, true).ok());
    CHECK(asOwner.get(rep)->mustChangePassword);
    CHECK(f.scalar(QStringLiteral("SELECT must_change_password FROM users WHERE id = ?"), {rep}) == 1);

    SECTION("a rep cannot set the flag on anyone, nor clear someone else's")
    {
        REQUIRE(asOwner.setMustChangePassword(other, true).ok());
        CHECK(asRep.setMustChangePassword(other, false).code() == ErrorCode::PermissionDenied);
        CHECK(asRep.setMustChangePassword(rep, true).code() == ErrorCode::PermissionDenied);
        CHECK(asOwner.get(other)->mustChangePassword);
    }
    SECTION("the rep clears their own flag, and it is audited")
    {
        REQUIRE(asRep.setMustChangePassword(rep, false).ok());
        CHECK_FALSE(asOwner.get(rep)->mustChangePassword);
        AuditFilter filter;
        filter.action = QStringLiteral("user_password_flag");
        auto entries = AuditService(f.owner()).list(filter);
        REQUIRE(entries.ok());
        REQUIRE(entries->size() == 2);
        CHECK(entries->at(0).userId == rep);
        CHECK(entries->at(0).details.value(QStringLiteral("must_change_password")).toBool() == false);
        CHECK(entries->at(1).userId == f.ownerId());
    }
}

TEST_CASE("temporary passwords are long, unambiguous and different each time", "[services][users]")
{
    const QRegularExpression shape(QStringLiteral("^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString p = UserService::generateTemporaryPassword();
        INFO(p.toStdString());
        CHECK(shape.match(p).hasMatch());
        seen.insert(p);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("audit service lists distinct actions and exports filtered entries as CSV, audited", "[services][audit]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    f.addCustomer(f.ownerId(), QStringLiteral("Dewi Lestari"));
    AuditService audit(f.owner());

    auto actions = audit.actions();
    REQUIRE(actions.ok());
    CHECK(actions->contains(QStringLiteral("create")));
    CHECK(std::is_sorted(actions->begin(), actions->end()));

    AuditFilter filter;
    filter.action = QStringLiteral("create");
    filter.limit = 1; // ignored by the export
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto rows = audit.exportCsv(&buffer, filter);
    REQUIRE(rows.ok());
    const qint64 creates = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'"));
    CHECK(*rows == creates);
    CHECK(creates >= 2);
    buffer.close();
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == creates + 1);
    CHECK(lines.first() == QStringLiteral("seq,at_utc,user_id,user_email,action,entity,entity_id,details,hash"));
    CHECK(lines.at(1).contains(QStringLiteral(",create,customer,")));
    CHECK(lines.at(1).contains(QStringLiteral("siti")));

    // The export left its own entry, with the row count.
    AuditFilter exports;
    exports.action = QStringLiteral("export");
    auto entries = audit.list(exports);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().entity == QStringLiteral("audit_log"));
    CHECK(entries->first().details.value(QStringLiteral("rows")).toInt() == creates);
    CHECK(audit.verify()->ok);

    SECTION("a sales rep may neither list actions nor export")
    {
        AuditService asRep(f.as(rep));
        CHECK(asRep.actions().code() == ErrorCode::PermissionDenied);
        QBuffer other;
        REQUIRE(other.open(QIODevice::WriteOnly));
        CHECK(asRep.exportCsv(&other).code() == ErrorCode::PermissionDenied);
        CHECK(other.data().isEmpty());
    }
}
