#include <catch2/catch.hpp>

#include "search/CustomerSearch.h"
#include "test_search_fixture.h"

using namespace relasi;
using relasi::test::CustomerSpec;
using relasi::test::SearchFixture;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

CustomerSpec person(const char *name, const char *company = "")
{
    CustomerSpec spec;
    spec.displayName = u8(name);
    spec.companyName = u8(company);
    return spec;
}

QStringList namesFound(SearchFixture &f, const QString &typed, const QString &user = QString(), int limit = 20)
{
    auto hits = CustomerSearch::search(f.db(), typed, limit, user);
    REQUIRE(hits.ok());
    QStringList names;
    for (const SearchHit &hit : *hits)
        names << hit.displayName;
    return names;
}

// A small customer base covering the cases of the correctness table.
struct Base {
    SearchFixture f;
    Base()
    {
        f.addCustomer(person("José Álvarez", "Ibérica SL"));
        f.addCustomer(person("Łukasz Kowalski"));
        f.addCustomer(person("Søren Østergaard"));
        f.addCustomer(person("Đặng Văn Minh"));
        f.addCustomer(person("田中 太郎", "株式会社田中"));
        f.addCustomer(person("김민준", "삼성전자"));
        CustomerSpec budi = person("Budi Santoso", "PT Maju Jaya");
        budi.phones = {QStringLiteral("+6281234567890")};
        budi.emails = {QStringLiteral("budi.santoso@majujaya.co.id")};
        budi.city = QStringLiteral("Surabaya");
        budi.tags = {QStringLiteral("Grosir")};
        f.addCustomer(budi);
        CustomerSpec foreign = person("Alice Walker");
        foreign.phones = {QStringLiteral("+16502530000")};
        foreign.emails = {QStringLiteral("alice@example.com")};
        f.addCustomer(foreign);
        f.addCustomer(person("Siti Rahayu", "Toko Sinar"));
    }
};

} // namespace

TEST_CASE("search finds customers whatever the case, diacritics, script or phone format", "[search]")
{
    Base base;
    const auto [typed, expected] = GENERATE(table<const char *, const char *>({
        {"jose", "José Álvarez"},
        {"JOSÉ", "José Álvarez"},
        {"alva", "José Álvarez"},
        {"iberica", "José Álvarez"},
        {"lukasz", "Łukasz Kowalski"},
        {"Łuk", "Łukasz Kowalski"},
        {"soren oster", "Søren Østergaard"},
        {"dang van", "Đặng Văn Minh"},
        {"田中", "田中 太郎"},
        {"株式会社", "田中 太郎"},
        {"会社田中", "田中 太郎"},
        {"太郎", "田中 太郎"},
        {"민준", "김민준"},
        {"삼성", "김민준"},
        {"budi san", "Budi Santoso"},
        {"budi s", "Budi Santoso"},
        {"maju", "Budi Santoso"},
        {"surabaya", "Budi Santoso"},
        {"grosir", "Budi Santoso"},
        {"0812 3", "Budi Santoso"},
        {"+62812-3", "Budi Santoso"},
        {"(0812) 3456-7890", "Budi Santoso"},
        {"62 812 345", "Budi Santoso"},
        {"812345", "Budi Santoso"},
        {"budi.sant", "Budi Santoso"},
        {"budi.santoso@maju", "Budi Santoso"},
        {"BUDI.SANTOSO@", "Budi Santoso"},
        {"+1 650 253", "Alice Walker"},
        {"001650253", "Alice Walker"},
        {"alice@ex", "Alice Walker"},
        {"s", "Siti Rahayu"},
    }));
    CAPTURE(typed);
    const QStringList found = namesFound(base.f, u8(typed));
    CHECK(found.contains(u8(expected)));
}

TEST_CASE("search finds nothing for empty, unrelated or too short phone input", "[search]")
{
    Base base;
    const char *typed = GENERATE("", "   ", "zzzz", "08", "+6", "nobody@", "田村");
    CAPTURE(typed);
    CHECK(namesFound(base.f, u8(typed)).isEmpty());
}

TEST_CASE("0812 3 and +62812-3 find the same customers", "[search]")
{
    Base base;
    CHECK(namesFound(base.f, QStringLiteral("0812 3")) == namesFound(base.f, QStringLiteral("+62812-3")));
    CHECK(namesFound(base.f, QStringLiteral("0812 3")) == QStringList{QStringLiteral("Budi Santoso")});
}

TEST_CASE("search ranks name matches before company and notes matches", "[search]")
{
    SearchFixture f;
    CustomerSpec inNotes = person("Ani Wijaya");
    inNotes.notes = QStringLiteral("Referred by Hartono");
    f.addCustomer(inNotes);
    f.addCustomer(person("Rudi Setiawan", "CV Hartono Abadi"));
    f.addCustomer(person("Hartono Gunawan"));

    auto hits = CustomerSearch::search(f.db(), QStringLiteral("harto"), 10, QString());
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 3);
    CHECK(hits->at(0).displayName == QStringLiteral("Hartono Gunawan"));
    CHECK(hits->at(0).field == SearchHit::Field::Name);
    CHECK(hits->at(1).displayName == QStringLiteral("Rudi Setiawan"));
    CHECK(hits->at(1).field == SearchHit::Field::Company);
    CHECK(hits->at(2).displayName == QStringLiteral("Ani Wijaya"));
    CHECK(hits->at(2).field == SearchHit::Field::Other);
}

TEST_CASE("search respects the limit", "[search]")
{
    SearchFixture f;
    for (int i = 0; i < 30; ++i)
        f.addCustomer(person("Budi Prakoso"));
    CHECK(namesFound(f, QStringLiteral("budi"), QString(), 7).size() == 7);
    CHECK(namesFound(f, QStringLiteral("b"), QString(), 7).size() == 7);
}

TEST_CASE("search never returns deleted customers", "[search]")
{
    SearchFixture f;
    CustomerSpec spec = person("Dewi Lestari");
    spec.phones = {QStringLiteral("+6281399998888")};
    spec.emails = {QStringLiteral("dewi@lestari.id")};
    const QString id = f.addCustomer(spec);
    REQUIRE(namesFound(f, QStringLiteral("dewi")).size() == 1);
    f.markDeleted(id);
    const char *typed = GENERATE("dewi", "d", "lestari", "0813999", "0813 9999 8888", "dewi@les");
    CAPTURE(typed);
    CHECK(namesFound(f, u8(typed)).isEmpty());
}

TEST_CASE("a sales rep finds only own and shared customers", "[search]")
{
    SearchFixture f;
    f.addUser(QStringLiteral("u-sales"), QStringLiteral("Sam Sales"), QStringLiteral("sales"));
    CustomerSpec own = person("Rina Own");
    own.ownerId = QStringLiteral("u-sales");
    own.emails = {QStringLiteral("rina.own@example.id")};
    f.addCustomer(own);
    CustomerSpec shared = person("Rina Shared");
    shared.emails = {QStringLiteral("rina.shared@example.id")};
    f.share(f.addCustomer(shared), QStringLiteral("u-sales"));
    CustomerSpec other = person("Rina Other");
    other.emails = {QStringLiteral("rina.other@example.id")};
    f.addCustomer(other);

    const char *typed = GENERATE("rina", "r", "rina.", "rina.o");
    CAPTURE(typed);
    QStringList asSales = namesFound(f, u8(typed), QStringLiteral("u-sales"));
    CHECK_FALSE(asSales.contains(QStringLiteral("Rina Other")));
    QStringList all = namesFound(f, u8(typed));
    if (QString::fromUtf8(typed) != QStringLiteral("rina.o"))
        CHECK(all.contains(QStringLiteral("Rina Other")));
    if (QString::fromUtf8(typed) == QStringLiteral("rina")) {
        asSales.sort();
        CHECK(asSales == QStringList{QStringLiteral("Rina Own"), QStringLiteral("Rina Shared")});
    }
}
