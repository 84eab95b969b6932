#include <catch2/catch.hpp>

#include "support/PermissionFixture.h"
#include "support/ServiceFixture.h"

#include "services/ConsentService.h"
#include "services/CustomerService.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <type_traits>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

Consent grant(const QString &customerId, const QString &purpose)
{
    Consent c;
    c.customerId = customerId;
    c.purpose = purpose;
    c.channel = QStringLiteral("web_form");
    c.source = QStringLiteral("newsletter sign-up v2");
    return c;
}

// Every stored column of every consent row, for comparing snapshots.
QStringList snapshot(ServiceFixture &f)
{
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM consents ORDER BY id")));
    QStringList rows;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        rows << cols.join(QLatin1Char('|'));
    }
    return rows;
}

// Detects member functions by name, to prove the service has no way to change or remove history.
template<typename T, typename = void> struct HasUpdate : std::false_type {};
template<typename T> struct HasUpdate<T, std::void_t<decltype(&T::update)>> : std::true_type {};
template<typename T, typename = void> struct HasRemove : std::false_type {};
template<typename T> struct HasRemove<T, std::void_t<decltype(&T::remove)>> : std::true_type {};
template<typename T, typename = void> struct HasErase : std::false_type {};
template<typename T> struct HasErase<T, std::void_t<decltype(&T::erase)>> : std::true_type {};
template<typename T, typename = void> struct HasEdit : std::false_type {};
template<typename T> struct HasEdit<T, std::void_t<decltype(&T::edit)>> : std::true_type {};

} // namespace

TEST_CASE("consents are recorded, withdrawn and read as history and current state", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    ConsentService consents(f.owner());

    const qint64 outbox0 = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    auto first = consents.record(grant(customer, QStringLiteral("marketing_email")));
    REQUIRE(first.ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outbox0 + 1);
    f.clock().advanceMs(1000);
    Consent calls = grant(customer, QStringLiteral("phone_calls"));
    calls.lawfulBasis = QStringLiteral("legitimate_interest");
    REQUIRE(consents.record(calls).ok());
    f.clock().advanceMs(1000);
    auto withdrawn = consents.withdraw(customer, QStringLiteral("marketing_email"), QStringLiteral("email"),
                                       QStringLiteral("unsubscribe link"));
    REQUIRE(withdrawn.ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outbox0 + 3);

    auto history = consents.history(customer);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).id == *first);
    CHECK(history->at(0).granted);
    CHECK(history->at(0).lawfulBasis == QLatin1String("consent"));
    CHECK(history->at(0).recordedBy == f.ownerId());
    CHECK(history->at(0).recordedAt == ServiceFixture::startMs);
    CHECK(history->at(1).lawfulBasis == QLatin1String("legitimate_interest"));
    CHECK(history->at(2).id == *withdrawn);
    CHECK_FALSE(history->at(2).granted);
    CHECK(history->at(2).source == QLatin1String("unsubscribe link"));
    CHECK(history->at(2).recordedAt == ServiceFixture::startMs + 2000);

    auto current = consents.current(customer);
    REQUIRE(current.ok());
    REQUIRE(current->size() == 2);
    CHECK(current->at(0).purpose == QLatin1String("marketing_email"));
    CHECK_FALSE(current->at(0).granted);
    CHECK(current->at(1).purpose == QLatin1String("phone_calls"));
    CHECK(current->at(1).granted);

    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'consent' AND action = "
                                   "'withdraw_consent'")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'consent' AND details LIKE "
                                   "'%unsubscribe%'")) == 0);
}

TEST_CASE("consents are validated", "[services]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    ConsentService consents(f.owner());
    Consent c = grant(customer, QStringLiteral("marketing_email"));
    SECTION("unknown purpose") { c.purpose = QStringLiteral("spam"); }
    SECTION("unknown lawful basis") { c.lawfulBasis = QStringLiteral("because"); }
    CHECK(consents.record(c).code() == ErrorCode::Invalid);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM consents")) == 0);
}

TEST_CASE("consent history cannot be changed through the services", "[services]")
{
    static_assert(!HasUpdate<ConsentService>::value, "consent history must have no update API");
    static_assert(!HasRemove<ConsentService>::value, "consent history must have no remove API");
    static_assert(!HasErase<ConsentService>::value, "consent history must have no erase API");
    static_assert(!HasEdit<ConsentService>::value, "consent history must have no edit API");
    static_assert(HasUpdate<CustomerService>::value, "the detector must see members that exist");

    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Ana"));
    ConsentService consents(f.owner());
    REQUIRE(consents.record(grant(customer, QStringLiteral("marketing_email"))).ok());
    REQUIRE(consents.record(grant(customer, QStringLiteral("profiling"))).ok());
    const QStringList before = snapshot(f);
    REQUIRE(before.size() == 2);

    // Every change of mind appends; the earlier rows stay byte for byte.
    f.clock().advanceMs(1000);
    REQUIRE(consents.withdraw(customer, QStringLiteral("marketing_email")).ok());
    f.clock().advanceMs(1000);
    REQUIRE(consents.record(grant(customer, QStringLiteral("marketing_email"))).ok());
    f.clock().advanceMs(1000);
    REQUIRE(consents.withdraw(customer, QStringLiteral("profiling")).ok());
    const QStringList after = snapshot(f);
    REQUIRE(after.size() == 5);
    for (const QString &row : before)
        CHECK(after.contains(row));
    // Deleting the customer (a causal-length delete) leaves the consent history as it was.
    REQUIRE(CustomerService(f.owner()).remove(customer).ok());
    CHECK(snapshot(f) == after);
    // Only upserts of new records were journalled for consents: no delete, no second write of any record.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'consent' AND op <> 'upsert'")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'consent'")) == 5);
    CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT record_id) FROM outbox WHERE entity = 'consent'")) == 5);
    // History is still readable for the record.
    auto history = consents.history(customer);
    REQUIRE(history.ok());
    CHECK(history->size() == 5);
    auto current = consents.current(customer);
    REQUIRE(current.ok());
    REQUIRE(current->size() == 2);
    CHECK(current->at(0).granted);        // marketing_email: granted again
    CHECK_FALSE(current->at(1).granted);  // profiling: withdrawn
}

TEST_CASE("consents follow the customer's permissions", "[services][permissions]")
{
    ServiceFixture f;
    const test::RoleCast cast(f);
    const QString &rep = cast.rep, &viewer = cast.viewer, &mine = cast.mine, &theirs = cast.theirs;
    const qint64 before = test::deniedCount(f);

    ConsentService asRep(f.as(rep));
    CHECK(asRep.record(grant(mine, QStringLiteral("marketing_email"))).ok());
    CHECK(asRep.record(grant(theirs, QStringLiteral("marketing_email"))).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.withdraw(theirs, QStringLiteral("marketing_email")).code() == ErrorCode::PermissionDenied);
    CHECK(asRep.history(theirs).code() == ErrorCode::PermissionDenied);
    ConsentService asViewer(f.as(viewer));
    CHECK(asViewer.record(grant(mine, QStringLiteral("profiling"))).code() == ErrorCode::PermissionDenied);
    CHECK(asViewer.history(mine)->size() == 1);
    CHECK(test::deniedCount(f) == before + 4);
    CHECK(test::deniedCount(f, viewer) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM consents")) == 1);
}
