#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/ErasureService.h"
#include "privacy/MailingListExporter.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"

#include <QFile>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

QString addWithEmail(ServiceFixture &f, const QString &name, const QString &email)
{
    Customer c;
    c.displayName = name;
    if (!email.isEmpty()) {
        ContactPoint e;
        e.kind = ContactKind::Email;
        e.raw = email;
        c.contacts = {e};
    }
    CustomerService customers(f.owner());
    auto id = customers.create(c);
    REQUIRE(id.ok());
    return *id;
}

Status grant(ServiceFixture &f, const QString &customerId, const QString &purpose)
{
    Consent c;
    c.customerId = customerId;
    c.purpose = purpose;
    c.channel = QStringLiteral("web_form");
    f.clock().advanceMs(1000);
    auto r = ConsentService(f.owner()).record(c);
    return r ? Status() : Status(r.error());
}

} // namespace

TEST_CASE("mailing list holds only customers with consent in force and counts the others by reason",
          "[privacy][consent]")
{
    ServiceFixture f;
    const QString ana = addWithEmail(f, QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    const QString budi = addWithEmail(f, QStringLiteral("Budi"), QStringLiteral("budi@example.org"));
    const QString citra = addWithEmail(f, QStringLiteral("Citra"), QStringLiteral("citra@example.org"));
    const QString dian = addWithEmail(f, QStringLiteral("Dian"), QString());
    const QString eko = addWithEmail(f, QStringLiteral("Eko"), QStringLiteral("eko@example.org"));
    const QString fajar = addWithEmail(f, QStringLiteral("Fajar"), QStringLiteral("fajar@example.org"));
    REQUIRE(grant(f, ana, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, budi, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, dian, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, eko, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, fajar, QStringLiteral("marketing_email")).ok());
    REQUIRE(grant(f, citra, QStringLiteral("phone_calls")).ok()); // another purpose does not count
    f.clock().advanceMs(1000);
    ConsentService consents(f.owner());
    REQUIRE(consents.withdraw(budi, QStringLiteral("marketing_email"), QStringLiteral("email")).ok());
    REQUIRE(ErasureService(f.owner()).anonymize(eko).ok());
    REQUIRE(CustomerService(f.owner()).remove(fajar).ok());

    MailingListExporter lists(f.owner());
    QList<MailingListEntry> entries;
    auto report = lists.build(QStringLiteral("marketing_email"), &entries);
    REQUIRE(report.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().customerId == ana);
    CHECK(entries.first().address == QLatin1String("ana@example.org"));
    CHECK(report->included == 1);
    CHECK(report->withdrawn == 1); // Budi
    CHECK(report->noConsent == 1); // Citra
    CHECK(report->noAddress == 1); // Dian
    CHECK(report->erased == 1);    // Eko (anonymised)
    CHECK(report->deleted == 1);   // Fajar
    CHECK(report->leftOut() == 5);

    SECTION("granting again after a withdrawal puts the customer back")
    {
        REQUIRE(grant(f, budi, QStringLiteral("marketing_email")).ok());
        auto again = lists.build(QStringLiteral("marketing_email"), nullptr);
        REQUIRE(again.ok());
        CHECK(again->included == 2);
        CHECK(again->withdrawn == 0);
    }

    SECTION("the CSV holds only the included customers and the export is audited with counts")
    {
        const QString path = f.directory() + QStringLiteral("/list.csv");
        auto written = lists.exportCsv(QStringLiteral("marketing_email"), path);
        REQUIRE(written.ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        CHECK(csv.contains("ana@example.org"));
        CHECK(!csv.contains("budi@example.org"));
        CHECK(csv.count("\r\n") == 2);
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = "
                                      "'mailing_list'")) == 1);
    }

    SECTION("profiling is not a purpose to contact people for; sales reps may not export lists")
    {
        CHECK(lists.build(QStringLiteral("profiling"), nullptr).code() == ErrorCode::Invalid);
        MailingListExporter byRep(f.as(f.addUser(Role::Sales)));
        CHECK(byRep.build(QStringLiteral("marketing_email"), nullptr).code() == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("consent history shows the grant and the withdrawal, the latest in force", "[privacy][consent]")
{
    ServiceFixture f;
    const QString ana = addWithEmail(f, QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    REQUIRE(grant(f, ana, QStringLiteral("marketing_email")).ok());
    f.clock().advanceMs(1000);
    ConsentService consents(f.owner());
    REQUIRE(consents.withdraw(ana, QStringLiteral("marketing_email")).ok());
    auto history = consents.history(ana);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).granted);
    CHECK(!history->at(1).granted);
    auto current = consents.current(ana);
    REQUIRE(current.ok());
    REQUIRE(current->size() == 1);
    CHECK(!current->first().granted);
}
