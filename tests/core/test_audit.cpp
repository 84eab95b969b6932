#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "services/AuditLog.h"
#include "services/CustomerService.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// Six entries: seq 1..6.
void fillLog(ServiceFixture &f)
{
    AuditLog &log = f.owner().audit();
    for (int i = 0; i < 6; ++i) {
        f.clock().advanceMs(1000);
        QJsonObject details;
        details.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("notes")});
        auto seq = log.append(f.ownerId(), QStringLiteral("update"), QStringLiteral("customer"),
                              QStringLiteral("c%1").arg(i), details);
        REQUIRE(seq.ok());
        REQUIRE(*seq == i + 1);
    }
}

void sql(ServiceFixture &f, const QString &statement)
{
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    REQUIRE(q.exec(statement));
}

AuditVerify verify(ServiceFixture &f)
{
    auto v = f.owner().audit().verify();
    REQUIRE(v.ok());
    return *v;
}

} // namespace

TEST_CASE("an untouched audit chain verifies and links each entry to the previous", "[audit]")
{
    ServiceFixture f;
    fillLog(f);
    const AuditVerify v = verify(f);
    CHECK(v.ok);
    CHECK(v.entries == 6);
    auto entries = f.owner().audit().list();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 6);
    CHECK(entries->first().seq == 6); // newest first
    CHECK(entries->last().prevHash == AuditLog::genesisHash());
    for (int i = 0; i + 1 < entries->size(); ++i)
        CHECK(entries->at(i).prevHash == entries->at(i + 1).hash);
    CHECK(entries->at(0).hash ==
          AuditLog::computeHash(entries->at(0).prevHash, 6, entries->at(0).at, f.ownerId(), QStringLiteral("update"),
                                QStringLiteral("customer"), QStringLiteral("c5"),
                                AuditLog::canonicalJson(entries->at(0).details)));
}

TEST_CASE("tampering with the audit log is detected at the right entry", "[audit]")
{
    ServiceFixture f;
    fillLog(f);

    SECTION("a field edited")
    {
        sql(f, QStringLiteral("UPDATE audit_log SET details = '{\"fields\":[\"name\"]}' WHERE seq = 3"));
        const AuditVerify v = verify(f);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenSeq == 3);
        CHECK(v.problem == AuditVerify::Problem::Edited);
    }
    SECTION("a field edited and its hash recomputed")
    {
        auto e = f.owner().audit().list();
        REQUIRE(e.ok());
        const AuditEntry third = e->at(3); // seq 3
        REQUIRE(third.seq == 3);
        const QString forged = AuditLog::computeHash(third.prevHash, 3, third.at, QStringLiteral("someone-else"),
                                                     third.action, third.entity, third.entityId,
                                                     AuditLog::canonicalJson(third.details));
        sql(f, QStringLiteral("UPDATE audit_log SET user_id = 'someone-else', hash = '%1' WHERE seq = 3").arg(forged));
        const AuditVerify v = verify(f);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenSeq == 3);
        CHECK(v.problem == AuditVerify::Problem::Edited);
    }
    SECTION("an entry removed")
    {
        sql(f, QStringLiteral("DELETE FROM audit_log WHERE seq = 4"));
        const AuditVerify v = verify(f);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenSeq == 4);
        CHECK(v.problem == AuditVerify::Problem::Removed);
    }
    SECTION("the newest entries cut off")
    {
        sql(f, QStringLiteral("DELETE FROM audit_log WHERE seq >= 5"));
        const AuditVerify v = verify(f);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenSeq == 5);
        CHECK(v.problem == AuditVerify::Problem::Removed);
    }
    SECTION("two entries swapped")
    {
        sql(f, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 2"));
        sql(f, QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3"));
        sql(f, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = -1"));
        const AuditVerify v = verify(f);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenSeq == 2);
        CHECK(v.problem == AuditVerify::Problem::Reordered);
    }
    SECTION("the first entry edited")
    {
        sql(f, QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = 1"));
        const AuditVerify v = verify(f);
        CHECK_FALSE(v.ok);
        CHECK(v.brokenSeq == 1);
        CHECK(v.problem == AuditVerify::Problem::Edited);
    }
}

TEST_CASE("service writes append audit entries in their transaction, with field names but no values", "[audit]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    Customer c;
    c.givenName = QStringLiteral("Putri");
    c.familyName = QStringLiteral("Lestari");
    c.notes = QStringLiteral("likes batik");
    auto id = customers.create(c);
    REQUIRE(id.ok());
    auto stored = customers.get(*id);
    REQUIRE(stored.ok());
    Customer changed = *stored;
    changed.notes = QStringLiteral("prefers WhatsApp");
    REQUIRE(customers.update(changed).ok());

    AuditFilter filter;
    filter.entityId = *id;
    auto entries = f.owner().audit().list(filter);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(1).action == QLatin1String("create"));
    CHECK(entries->at(0).action == QLatin1String("update"));
    CHECK(entries->at(0).details.value(QStringLiteral("fields")).toArray() == QJsonArray{QStringLiteral("notes")});
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%batik%' OR details LIKE "
                                  "'%WhatsApp%' OR details LIKE '%Putri%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // A refused write leaves no audit entry (it rolled back with the change).
    changed.notes = QStringLiteral("card 4111 1111 1111 1111");
    CHECK(customers.update(changed).code() == ErrorCode::Invalid);
    auto after = f.owner().audit().list(filter);
    REQUIRE(after.ok());
    CHECK(after->size() == 2);
    CHECK(verify(f).ok);
}
