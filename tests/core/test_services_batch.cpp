#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "services/CustomerService.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <ctime>
#include <iostream>

using namespace relasi;
using relasi::test::ServiceFixture;

// Hidden (run with "[.bench]"): prints the batch create rate through the services, with journal, audit and
// FTS. A figure, not an assertion (no timed assertions in unit tests).
TEST_CASE("createMany throughput", "[.bench][services]")
{
    const int n = qEnvironmentVariableIntValue("RELASI_BENCH_CUSTOMERS") > 0
                      ? qEnvironmentVariableIntValue("RELASI_BENCH_CUSTOMERS")
                      : 20000;
    ServiceFixture f;
    CustomerService customers(f.owner());
    QList<NewCustomer> batch;
    batch.reserve(n);
    for (int i = 0; i < n; ++i) {
        Customer c;
        c.givenName = QStringLiteral("Pelanggan %1").arg(i);
        c.familyName = i % 2 ? QStringLiteral("Santoso") : QStringLiteral("Łukasiewicz");
        c.notes = QStringLiteral("Bertemu di pameran %1").arg(i % 97);
        ContactPoint phone;
        phone.kind = ContactKind::Phone;
        phone.raw = QStringLiteral("0812%1").arg(10000000 + i);
        ContactPoint email;
        email.kind = ContactKind::Email;
        email.raw = QStringLiteral("pelanggan%1@example.co.id").arg(i);
        c.contacts = {phone, email};
        Address a;
        a.city = QStringLiteral("Bandung");
        c.addresses = {a};
        c.tags = {QStringLiteral("grosir")};
        batch << c;
    }
    QSqlDatabase db = f.db();
    QSqlQuery pragma(db);
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        std::cout << "cache_size " << pragma.value(0).toLongLong() << std::endl;
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu0 = std::clock();
    auto ids = customers.createMany(batch);
    const qint64 ms = t.elapsed();
    std::cout << "cpu " << (std::clock() - cpu0) * 1000 / CLOCKS_PER_SEC << " ms" << std::endl;
    REQUIRE(ids.ok());
    std::cout << "createMany: " << n << " customers in " << ms << " ms = " << (n * 1000.0 / qMax<qint64>(ms, 1))
              << " customers/s (journal, audit, FTS)" << std::endl;
}
