#include <catch2/catch.hpp>

#include "support/PermissionFixture.h"
#include "support/ServiceFixture.h"

#include "services/CustomerService.h"
#include "services/InteractionService.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;
using relasi::test::deniedCount;
using relasi::test::RoleCast;

namespace {

Interaction call(const QString &customerId, qint64 at)
{
    Interaction i;
    i.customerId = customerId;
    i.channel = QStringLiteral("call");
    i.direction = QStringLiteral("out");
    i.occurredAt = at;
    i.durationS = 300;
    i.subject = QStringLiteral("Quote follow-up");
    i.body = QStringLiteral("Asked about delivery to Bandung");
    i.outcome = QStringLiteral("send revised quote");
    return i;
}

} // namespace

TEST_CASE("a communication log entry is stored, journalled, audited and moves last contact", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    InteractionService logs(f.owner());
    QSignalSpy spy(&f.owner().notifier(), &ChangeNotifier::changed);
    const qint64 outboxBefore = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 auditBefore = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    const qint64 at = ServiceFixture::startMs - 3'600'000;
    auto id = logs.add(call(customer, at));
    REQUIRE(id.ok());

    auto listed = logs.listForCustomer(customer);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const Interaction &e = listed->first();
    CHECK(e.id == *id);
    CHECK(e.channel == QLatin1String("call"));
    CHECK(e.direction == QLatin1String("out"));
    CHECK(e.occurredAt == at);
    CHECK(e.durationS == 300);
    CHECK(e.subject == QLatin1String("Quote follow-up"));
    CHECK(e.outcome == QLatin1String("send revised quote"));
    CHECK(e.userId == f.ownerId());
    CHECK(f.scalar(QStringLiteral("SELECT last_contact_at FROM customers WHERE id = ?"), {customer}) == at);

    // One mutation for the entry and one for the customer's last_contact_at, in one transaction.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outboxBefore + 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'interaction' AND record_id = ?"),
                 {*id}) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT tx_id) FROM outbox WHERE seq > ?"), {outboxBefore}) == 1);
    // A new entry's fields share one stamp: one record-wide row ('*') stands for all nine.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM field_clock WHERE entity = 'interaction' AND record_id = ?"),
                 {*id}) == 1);
    for (const QString &field : {QStringLiteral("subject"), QStringLiteral("occurred_at"), QStringLiteral("user_id")}) {
        auto stamp = f.owner().journal().fieldHlc(QStringLiteral("interaction"), *id, field);
        REQUIRE(stamp.ok());
        CHECK(*stamp > 0);
    }
    // One audit entry naming fields, never values.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 1);
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT action, entity, details FROM audit_log ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("create"));
    CHECK(q.value(1).toString() == QLatin1String("interaction"));
    const QString details = q.value(2).toString();
    CHECK(details.contains(QLatin1String("\"body\"")));
    CHECK_FALSE(details.contains(QLatin1String("Bandung")));
    CHECK_FALSE(details.contains(QLatin1String("revised")));

    REQUIRE(spy.count() == 2); // customer (last contact) and interaction
    QStringList entities{spy.at(0).at(0).toString(), spy.at(1).at(0).toString()};
    entities.sort();
    CHECK(entities == QStringList{QStringLiteral("customer"), QStringLiteral("interaction")});
}

TEST_CASE("the communication log lists newest first, and an older entry leaves last contact alone", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    InteractionService logs(f.owner());
    const qint64 t0 = ServiceFixture::startMs - 10 * 86'400'000LL;
    REQUIRE(logs.add(call(customer, t0 + 2000)).ok());
    Interaction note;
    note.customerId = customer;
    note.channel = QStringLiteral("note");
    note.occurredAt = t0;
    note.body = QStringLiteral("Correction: the call was about invoice 17, not 16");
    REQUIRE(logs.add(note).ok());
    REQUIRE(logs.add(call(customer, t0 + 5000)).ok());

    auto all = logs.listForCustomer(customer, 0);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).occurredAt == t0 + 5000);
    CHECK(all->at(1).occurredAt == t0 + 2000);
    CHECK(all->at(2).occurredAt == t0);
    CHECK(all->at(2).direction.isEmpty());
    CHECK(all->at(2).durationS == -1);
    auto two = logs.listForCustomer(customer, 2);
    REQUIRE(two.ok());
    CHECK(two->size() == 2);
    CHECK(f.scalar(QStringLiteral("SELECT last_contact_at FROM customers WHERE id = ?"), {customer}) == t0 + 5000);
}

TEST_CASE("log entries are validated", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    InteractionService logs(f.owner());
    Interaction e = call(customer, ServiceFixture::startMs);
    SECTION("unknown channel")
    {
        e.channel = QStringLiteral("fax");
        CHECK(logs.add(e).code() == ErrorCode::Invalid);
    }
    SECTION("unknown direction")
    {
        e.direction = QStringLiteral("sideways");
        CHECK(logs.add(e).code() == ErrorCode::Invalid);
    }
    SECTION("unknown customer")
    {
        e.customerId = QStringLiteral("01900000-0000-7000-8000-000000000000");
        CHECK(logs.add(e).code() == ErrorCode::NotFound);
    }
    SECTION("a card number in the body")
    {
        e.body = QStringLiteral("paid with 4111 1111 1111 1111 exp 12/27");
        auto r = logs.add(e);
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.startsWith(QLatin1String("body:")));
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == 0);
}

TEST_CASE("a log body with a non-Luhn 16-digit number is accepted", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    InteractionService logs(f.owner());
    Interaction e = call(customer, ServiceFixture::startMs);
    e.body = QStringLiteral("order 4111 1111 1111 1112 shipped");
    CHECK(logs.add(e).ok());
}

TEST_CASE("communication logs follow the customer's permissions", "[services][permissions]")
{
    ServiceFixture f;
    const RoleCast cast(f);
    const QString &rep = cast.rep, &viewer = cast.viewer, &mine = cast.mine, &theirs = cast.theirs,
                  &shared = cast.shared;
    InteractionService asRep(f.as(rep));

    CHECK(asRep.add(call(mine, ServiceFixture::startMs)).ok());
    CHECK(asRep.add(call(shared, ServiceFixture::startMs)).ok());
    CHECK(asRep.listForCustomer(shared).ok());

    const qint64 denials = deniedCount(f);
    CHECK(asRep.add(call(theirs, ServiceFixture::startMs)).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.listForCustomer(theirs).code() == ErrorCode::PermissionDenied);
    InteractionService asViewer(f.as(viewer));
    CHECK(asViewer.add(call(mine, ServiceFixture::startMs)).code() == ErrorCode::PermissionDenied);
    CHECK(asViewer.listForCustomer(mine).ok());
    CHECK(deniedCount(f) == denials + 3);
    CHECK(deniedCount(f, viewer) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = ?"), {theirs}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")) == 2);
}
