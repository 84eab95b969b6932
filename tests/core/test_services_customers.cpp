#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "privacy/LegalHold.h"
#include "services/BusinessProfileService.h"
#include "services/CustomerService.h"
#include "services/SessionLoader.h"
#include "services/UserService.h"
#include "common/Uuid.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

ContactPoint contact(ContactKind kind, const QString &raw, bool primary = false)
{
    ContactPoint p;
    p.kind = kind;
    p.raw = raw;
    p.primary = primary;
    return p;
}

Customer budi()
{
    Customer c;
    c.givenName = QStringLiteral("Budi");
    c.familyName = QStringLiteral("Santoso");
    c.status = CustomerStatus::Prospect;
    c.source = QStringLiteral("referral");
    c.notes = QStringLiteral("Wants a quote for 20 units");
    c.contacts = {contact(ContactKind::Email, QStringLiteral(" Budi.Santoso@Gmail.COM "), true),
                  contact(ContactKind::Phone, QStringLiteral("0812-3456-7890")),
                  contact(ContactKind::WhatsApp, QStringLiteral("+62 813 9999 0000"))};
    Address a;
    a.label = QStringLiteral("office");
    a.street = QStringLiteral("Jl. Merdeka 1");
    a.city = QStringLiteral("Bandung");
    a.country = QStringLiteral("id");
    c.addresses = {a};
    c.tags = {QStringLiteral("VIP"), QStringLiteral("vip"), QStringLiteral("Grosir")};
    return c;
}

} // namespace

TEST_CASE("a customer round-trips with contact points, address and tags", "[services]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    auto id = customers.create(budi());
    REQUIRE(id.ok());
    auto c = customers.get(*id);
    REQUIRE(c.ok());
    CHECK(c->id == *id);
    CHECK(c->displayName == QLatin1String("Budi Santoso"));
    CHECK(c->ownerId == f.ownerId());
    CHECK(c->status == CustomerStatus::Prospect);
    CHECK(c->source == QLatin1String("referral"));
    CHECK(c->createdAt == ServiceFixture::startMs);
    CHECK(c->emails() == QStringList{QStringLiteral("budi.santoso@gmail.com")});
    CHECK(c->phones() == QStringList{QStringLiteral("+6281234567890")});
    REQUIRE(c->contacts.size() == 3);
    CHECK(c->contacts.first().primary);
    CHECK(c->contacts.first().raw == QLatin1String("Budi.Santoso@Gmail.COM"));
    CHECK(c->contacts.at(2).normalized == QLatin1String("+6281399990000"));
    REQUIRE(c->addresses.size() == 1);
    CHECK(c->addresses.first().city == QLatin1String("Bandung"));
    CHECK(c->addresses.first().country == QLatin1String("ID"));
    CHECK(c->tags == QStringList{QStringLiteral("Grosir"), QStringLiteral("VIP")}); // "vip" folded into "VIP"
    CHECK(c->docid > 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers_fts WHERE docid = ?"), {c->docid}) == 1);

    // Edit: drop the WhatsApp, change the phone, add an e-mail, rename, swap a tag.
    f.clock().advanceMs(60'000);
    Customer edited = *c;
    edited.givenName = QStringLiteral("Budiman");
    edited.displayName.clear(); // rebuilt from the names
    edited.contacts.removeAt(2);
    edited.contacts[1].raw = QStringLiteral("+62 812 0000 1111");
    edited.contacts << contact(ContactKind::Email, QStringLiteral("budi@tokobudi.id"));
    edited.tags = {QStringLiteral("vip"), QStringLiteral("Reseller")};
    REQUIRE(customers.update(edited).ok());

    auto after = customers.get(*id);
    REQUIRE(after.ok());
    CHECK(after->displayName == QLatin1String("Budiman Santoso"));
    CHECK(after->updatedAt == ServiceFixture::startMs + 60'000);
    CHECK(after->emails() == QStringList{QStringLiteral("budi.santoso@gmail.com"), QStringLiteral("budi@tokobudi.id")});
    CHECK(after->phones() == QStringList{QStringLiteral("+6281200001111")});
    CHECK(after->contacts.size() == 3);
    CHECK(after->contacts.at(1).id == c->contacts.at(1).id); // same contact point, edited in place
    CHECK(after->tags == QStringList{QStringLiteral("Reseller"), QStringLiteral("vip")});
    // The removed WhatsApp number and tag stay as deleted rows (causal length even) for sync.
    CHECK(f.scalar(QStringLiteral("SELECT cl FROM contact_points WHERE id = ?"), {c->contacts.at(2).id}) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT cl FROM customer_tags WHERE customer_id = ? AND tag_key = 'grosir'"), {*id}) ==
          2);

    // Tag filter and listing.
    CustomerFilter filter;
    filter.tag = QStringLiteral("RESELLER");
    auto listed = customers.list(filter);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().emails().size() == 2);
}

TEST_CASE("invalid e-mail addresses and phone numbers are refused naming the field", "[services]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    Customer c = budi();

    SECTION("e-mail")
    {
        c.contacts = {contact(ContactKind::Email, QStringLiteral("budi at gmail"))};
        auto r = customers.create(c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.startsWith(QLatin1String("email:")));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    }
    SECTION("phone")
    {
        c.contacts = {contact(ContactKind::Phone, QStringLiteral("12"))};
        auto r = customers.create(c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.startsWith(QLatin1String("phone:")));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    }
    SECTION("no name")
    {
        Customer empty;
        auto r = customers.create(empty);
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.startsWith(QLatin1String("name:")));
    }
    SECTION("an invalid value in an update changes nothing")
    {
        auto id = customers.create(c);
        REQUIRE(id.ok());
        auto stored = customers.get(*id);
        REQUIRE(stored.ok());
        Customer edited = *stored;
        edited.contacts[0].raw = QStringLiteral("not-an-address");
        auto r = customers.update(edited);
        CHECK(r.code() == ErrorCode::Invalid);
        CHECK(r.error().message.startsWith(QLatin1String("email:")));
        CHECK(customers.get(*id)->emails() == QStringList{QStringLiteral("budi.santoso@gmail.com")});
    }
}

TEST_CASE("phone numbers are read in the business's country", "[services]")
{
    ServiceFixture f;
    BusinessProfileService profile(f.owner());
    auto p = profile.get();
    REQUIRE(p.ok());
    CHECK(p->country == QLatin1String("ID"));
    BusinessProfile sg = *p;
    sg.country = QStringLiteral("sg");
    REQUIRE(profile.update(sg).ok());
    CHECK(f.owner().defaultRegion() == QLatin1String("SG"));

    CustomerService customers(f.owner());
    Customer c;
    c.displayName = QStringLiteral("Tan Ah Kow");
    c.contacts = {contact(ContactKind::Phone, QStringLiteral("6123 4567"))};
    auto id = customers.create(c);
    REQUIRE(id.ok());
    CHECK(customers.get(*id)->phones() == QStringList{QStringLiteral("+6561234567")});
}

TEST_CASE("notes holding a payment card number are refused", "[services]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    Customer c = budi();
    c.notes = QStringLiteral("paid with 4111-1111-1111-1111 last time");
    auto r = customers.create(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Invalid);
    CHECK(r.error().message.startsWith(QLatin1String("notes:")));
    CHECK(r.error().message.contains(QLatin1String("1111")));
    CHECK_FALSE(r.error().message.contains(QLatin1String("4111")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    // A phone number in the notes is fine.
    c.notes = QStringLiteral("call +62 812 3456 7890 after 5");
    CHECK(customers.create(c).ok());
}

TEST_CASE("a person belongs to a company and follows its renames", "[services]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    Customer company;
    company.kind = CustomerKind::Company;
    company.displayName = QStringLiteral("PT Maju Bersama");
    auto companyId = customers.create(company);
    REQUIRE(companyId.ok());
    Customer person = budi();
    person.companyId = *companyId;
    auto personId = customers.create(person);
    REQUIRE(personId.ok());
    CHECK(customers.get(*personId)->companyName == QLatin1String("PT Maju Bersama"));

    Customer renamed = *customers.get(*companyId);
    renamed.displayName = QStringLiteral("PT Maju Bersama Tbk");
    REQUIRE(customers.update(renamed).ok());
    CHECK(customers.get(*personId)->companyName == QLatin1String("PT Maju Bersama Tbk"));

    Customer bad = budi();
    bad.companyId = *personId; // a person is not a company
    CHECK(customers.create(bad).code() == ErrorCode::NotFound);
}

TEST_CASE("owner changes need ReassignOwner and a real user", "[services]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString manager = f.addUser(Role::Manager);
    CustomerService customers(f.owner());
    auto id = customers.create(budi());
    REQUIRE(id.ok());
    CHECK(customers.reassign(*id, QStringLiteral("no-such-user")).code() == ErrorCode::NotFound);
    REQUIRE(CustomerService(f.as(manager)).reassign(*id, rep).ok());
    auto c = customers.get(*id);
    CHECK(c->ownerId == rep);
    // The rep may now edit it but not hand it on.
    CustomerService asRep(f.as(rep));
    Customer handOn = *c;
    handOn.ownerId = manager;
    CHECK(asRep.update(handOn).code() == ErrorCode::PermissionDenied);
    Customer edit = *c;
    edit.status = CustomerStatus::Customer;
    CHECK(asRep.update(edit).ok());
}

TEST_CASE("listeners hear about committed changes only", "[services]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    QSignalSpy spy(&f.owner().notifier(), &ChangeNotifier::changed);
    auto id = customers.create(budi());
    REQUIRE(id.ok());
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QLatin1String("customer"));
    CHECK(spy.at(0).at(1).toStringList() == QStringList{*id});
    Customer bad = budi();
    bad.contacts = {contact(ContactKind::Email, QStringLiteral("nope"))};
    CHECK_FALSE(customers.create(bad).ok());
    CHECK(spy.count() == 1);
}

TEST_CASE("createMany writes a batch in one transaction and can be cancelled", "[services]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    QList<NewCustomer> batch;
    for (int i = 0; i < 600; ++i) {
        Customer c;
        c.givenName = QStringLiteral("Pelanggan");
        c.familyName = QString::number(i);
        c.contacts = {contact(ContactKind::Phone, QStringLiteral("0812%1").arg(10000000 + i))};
        batch << c;
    }
    SECTION("all of it")
    {
        QList<int> seen;
        auto ids = customers.createMany(batch, [&](int done, int total) {
            seen << done;
            CHECK(total == 600);
            return true;
        });
        REQUIRE(ids.ok());
        CHECK(ids->size() == 600);
        CHECK(seen == QList<int>{256, 512, 600});
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 600);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers_fts")) == 600);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")) == 600);
        CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT tx_id) FROM outbox")) == 1);
        CHECK(f.owner().audit().verify()->ok);
    }
    SECTION("cancelled: nothing written")
    {
        auto ids = customers.createMany(batch, [](int done, int) { return done < 512; });
        CHECK(ids.code() == ErrorCode::Cancelled);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 0);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    }
    SECTION("one invalid record: nothing written, the record named")
    {
        batch[300].contacts = {contact(ContactKind::Email, QStringLiteral("x@"))};
        auto ids = customers.createMany(batch);
        CHECK(ids.code() == ErrorCode::Invalid);
        CHECK(ids.error().message.startsWith(QLatin1String("record 301: email:")));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    }
}

TEST_CASE("users: add, change role, disable; the last owner is protected", "[services]")
{
    ServiceFixture f;
    UserService users(f.owner());
    auto id = users.addUser(QStringLiteral("Rina"), QStringLiteral("Rina@TokoMaju.co.id"), {}, Role::Sales);
    REQUIRE(id.ok());
    CHECK(users.get(*id)->email == QLatin1String("rina@tokomaju.co.id"));
    CHECK(users.addUser(QStringLiteral("Rina 2"), QStringLiteral("rina@tokomaju.co.id"), {}, Role::Sales).code() ==
          ErrorCode::Conflict);
    CHECK(users.addUser(QStringLiteral("X"), QStringLiteral("x@"), {}, Role::Sales).code() == ErrorCode::Invalid);
    REQUIRE(users.changeRole(*id, Role::Manager).ok());
    CHECK(users.get(*id)->role == Role::Manager);
    CHECK(users.changeRole(f.ownerId(), Role::Manager).code() == ErrorCode::Conflict);
    CHECK(users.disable(f.ownerId()).code() == ErrorCode::Conflict);
    REQUIRE(users.disable(*id).ok());
    CHECK_FALSE(users.get(*id)->active);
    QSqlDatabase db = f.db();
    CHECK(SessionLoader::load(db, *id).code() == ErrorCode::PermissionDenied);
    auto listed = users.list(false);
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);
}

TEST_CASE("the session comes from the users table and the device id is minted once", "[services]")
{
    ServiceFixture f;
    QSqlDatabase db = f.db();
    auto s = SessionLoader::load(db, f.ownerId());
    REQUIRE(s.ok());
    CHECK(s->role == Role::Owner);
    CHECK(s->email == QLatin1String("siti@tokomaju.co.id"));
    CHECK(Uuid::isCanonical(s->deviceId));
    CHECK(SessionLoader::load(db, f.ownerId())->deviceId == s->deviceId);
    CHECK(SessionLoader::load(db, QStringLiteral("nobody")).code() == ErrorCode::NotFound);
}

TEST_CASE("update() cannot set or clear a legal hold; only LegalHold can", "[services][customers][privacy]")
{
    ServiceFixture f;
    const QString rep = f.addUser(Role::Sales);
    const QString id = f.addCustomer(rep, QStringLiteral("Rudi Hartono"));
    REQUIRE(LegalHold(f.owner()).set(id, true).ok());

    CustomerService asRep(f.as(rep));
    auto c = asRep.get(id);
    REQUIRE(c.ok());
    CHECK(c->legalHold);
    Customer edited = *c;
    edited.legalHold = false;
    edited.notes = QStringLiteral("called back");
    REQUIRE(asRep.update(edited).ok()); // the edit itself is allowed (own customer) …
    CHECK(f.scalar(QStringLiteral("SELECT legal_hold FROM customers WHERE id = ?"), {id}) == 1); // … the hold stays
    CHECK(LegalHold(f.owner()).isHeld(id).value());
}
