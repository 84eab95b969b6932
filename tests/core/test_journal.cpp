#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"

#include "common/Uuid.h"
#include "services/ChangeJournal.h"
#include "privacy/ErasureService.h"
#include "services/CustomerService.h"
#include "services/CustomerStore.h"
#include "sync/Hlc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;

struct Mutation {
    QString mutationId, txId, entity, recordId, scopeId, op;
    QJsonObject payload;
    qint64 hlc = 0;
};

QList<Mutation> outbox(ServiceFixture &f, const QString &recordId = {})
{
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT mutation_id, tx_id, entity, record_id, coalesce(scope_id, ''), op, payload, hlc "
                             "FROM outbox WHERE ? = '' OR record_id = ? ORDER BY seq"));
    q.addBindValue(recordId.isNull() ? QStringLiteral("") : recordId);
    q.addBindValue(recordId.isNull() ? QStringLiteral("") : recordId);
    REQUIRE(q.exec());
    QList<Mutation> out;
    while (q.next()) {
        Mutation m;
        m.mutationId = q.value(0).toString();
        m.txId = q.value(1).toString();
        m.entity = q.value(2).toString();
        m.recordId = q.value(3).toString();
        m.scopeId = q.value(4).toString();
        m.op = q.value(5).toString();
        m.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        m.hlc = q.value(7).toLongLong();
        out << m;
    }
    return out;
}

qint64 scalar(ServiceFixture &f, const QString &sql, const QVariantList &binds = {})
{
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QSet<QString> keySet(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

Customer sample()
{
    Customer c;
    c.givenName = QStringLiteral("Dewi");
    c.familyName = QStringLiteral("Kusuma");
    c.notes = QStringLiteral("met at the fair");
    ContactPoint email;
    email.kind = ContactKind::Email;
    email.raw = QStringLiteral("Dewi.Kusuma@Example.co.id");
    ContactPoint phone;
    phone.kind = ContactKind::Phone;
    phone.raw = QStringLiteral("0812-3456-7890");
    c.contacts = {email, phone};
    c.tags = {QStringLiteral("VIP")};
    return c;
}

} // namespace

TEST_CASE("a create journals the customer and its children in one mutation by reference, one HLC", "[journal]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    auto id = customers.create(sample());
    REQUIRE(id.ok());
    const QList<Mutation> all = outbox(f);
    // One mutation for the customer, its 2 contact points and its tag.
    REQUIRE(all.size() == 1);
    const Mutation &m = all.first();
    CHECK(m.op == QLatin1String("upsert"));
    CHECK(m.entity == QLatin1String("customer"));
    CHECK(m.recordId == *id);
    CHECK(m.scopeId == *id);
    CHECK(Uuid::v7TimestampMs(m.mutationId) > 0); // a UUIDv7
    CHECK_FALSE(m.txId.isEmpty());
    // No value is copied: the payload names the stamp and the child entities, nothing else.
    CHECK(keySet(m.payload) == QSet<QString>{QStringLiteral("*"), QStringLiteral("with")});
    CHECK(m.payload.value(QStringLiteral("*")).toObject().value(QStringLiteral("hlc")).toString() ==
          QString::number(m.hlc));
    CHECK(m.payload.value(QStringLiteral("with")).toArray().toVariantList() ==
          QVariantList{QStringLiteral("contact_point"), QStringLiteral("customer_tag")});
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%Dewi%' OR payload LIKE "
                                   "'%fair%' OR payload LIKE '%0812%'")) == 0);

    // What a pusher needs is all there: every field of the customer and of each child record (the rows of
    // the "with" entities whose record-wide stamp is the mutation's) carries the mutation's stamp.
    ChangeJournal &journal = f.owner().journal();
    const QVariantMap columns = CustomerStore::columnsOf(customers.get(*id).value());
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        CHECK(journal.fieldHlc(QStringLiteral("customer"), *id, it.key()).value() == m.hlc);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM field_clock WHERE record_id = ?"), {*id}) == 1);
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, normalized FROM contact_points WHERE customer_id = ? ORDER BY kind"));
    q.addBindValue(*id);
    REQUIRE(q.exec());
    QStringList normalized;
    while (q.next()) {
        normalized << q.value(1).toString();
        CHECK(journal.fieldHlc(QStringLiteral("contact_point"), q.value(0).toString(), QStringLiteral("normalized"))
                  .value() == m.hlc);
    }
    CHECK(normalized == QStringList{QStringLiteral("dewi.kusuma@example.co.id"), QStringLiteral("+6281234567890")});
    CHECK(journal.fieldHlc(QStringLiteral("customer_tag"), *id + QStringLiteral("/vip"), QStringLiteral("tag"))
              .value() == m.hlc);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM field_clock WHERE hlc = ? AND field = '*'"), {m.hlc}) == 4);
}

TEST_CASE("a batch create is one transaction id and one mutation per customer", "[journal]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    QList<Customer> batch;
    for (int i = 0; i < 3; ++i) {
        Customer c = sample();
        c.givenName = QStringLiteral("Dewi %1").arg(i);
        batch << c;
    }
    auto ids = customers.createMany(batch);
    REQUIRE(ids.ok());
    const QList<Mutation> all = outbox(f);
    REQUIRE(all.size() == 3);
    QSet<qint64> stamps;
    for (int i = 0; i < 3; ++i) {
        CHECK(all.at(i).recordId == ids->at(i));
        CHECK(all.at(i).txId == all.first().txId);
        stamps.insert(all.at(i).hlc);
    }
    CHECK(stamps.size() == 3);
}

TEST_CASE("payloads written as JSON text round-trip any field value", "[journal]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    auto id = customers.create(sample());
    REQUIRE(id.ok());
    auto c = customers.get(*id);
    REQUIRE(c.ok());
    const QString tricky = QStringLiteral("quote \" backslash \\ slash / tab\t nl\n cr\r bell\x07 nul-free "
                                          "ümlaut 日本語 😀 \u2028 end");
    c->notes = tricky;
    REQUIRE(customers.update(*c).ok());
    const Mutation m = outbox(f, *id).last();
    CHECK(m.payload.value(QStringLiteral("notes")).toObject().value(QStringLiteral("value")).toString() == tricky);
    CHECK(m.payload.value(QStringLiteral("notes")).toObject().value(QStringLiteral("hlc")).toString() ==
          QString::number(m.hlc));
    // The same text QJsonDocument writes for the same object.
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    const QString stored = q.value(0).toString();
    CHECK(stored == QString::fromUtf8(QJsonDocument::fromJson(stored.toUtf8()).toJson(QJsonDocument::Compact)));

    // Numbers stay numbers; a delete's causal length too.
    REQUIRE(customers.remove(*id).ok());
    const Mutation del = outbox(f, *id).last();
    CHECK(del.payload.value(QStringLiteral("cl")).toObject().value(QStringLiteral("value")).isDouble());
    CHECK(del.payload.value(QStringLiteral("cl")).toObject().value(QStringLiteral("value")).toInt() == 2);
}

TEST_CASE("an update journals only the fields that changed", "[journal]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    auto id = customers.create(sample());
    REQUIRE(id.ok());
    const qint64 createdHlc = outbox(f, *id).last().hlc;
    f.clock().advanceMs(5000);

    auto c = customers.get(*id);
    REQUIRE(c.ok());
    Customer changed = *c;
    changed.notes = QStringLiteral("ordered twice");
    changed.status = CustomerStatus::Customer;
    REQUIRE(customers.update(changed).ok());

    const QList<Mutation> mine = outbox(f, *id);
    REQUIRE(mine.size() == 2);
    const Mutation &m = mine.last();
    CHECK(m.op == QLatin1String("upsert"));
    CHECK(keySet(m.payload) ==
          QSet<QString>{QStringLiteral("notes"), QStringLiteral("status")});
    CHECK(m.hlc > createdHlc);
    CHECK(Hlc::physicalMs(m.hlc) == ServiceFixture::startMs + 5000);
    ChangeJournal &journal = f.owner().journal();
    CHECK(journal.fieldHlc(QStringLiteral("customer"), *id, QStringLiteral("status")).value() == m.hlc);
    CHECK(journal.fieldHlc(QStringLiteral("customer"), *id, QStringLiteral("notes")).value() == m.hlc);
    CHECK(journal.fieldHlc(QStringLiteral("customer"), *id, QStringLiteral("given_name")).value() == createdHlc);

    // Saving the same record again writes nothing at all.
    const int before = int(outbox(f).size());
    auto again = customers.get(*id);
    REQUIRE(again.ok());
    REQUIRE(customers.update(*again).ok());
    CHECK(outbox(f).size() == before);

    // A changed phone is one contact-point mutation with only the changed fields.
    Customer phoneChanged = *again;
    for (ContactPoint &p : phoneChanged.contacts) {
        if (p.kind == ContactKind::Phone)
            p.raw = QStringLiteral("+62 813 1111 2222");
    }
    REQUIRE(customers.update(phoneChanged).ok());
    const QList<Mutation> after = outbox(f);
    REQUIRE(after.size() == before + 1);
    CHECK(after.last().entity == QLatin1String("contact_point"));
    CHECK(keySet(after.last().payload) ==
          QSet<QString>{QStringLiteral("raw"), QStringLiteral("normalized")});
}

TEST_CASE("HLC stamps stay monotonic when the wall clock jumps backwards", "[journal]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    auto id = customers.create(sample());
    REQUIRE(id.ok());
    qint64 previous = outbox(f).last().hlc;
    for (int i = 0; i < 5; ++i) {
        f.clock().advanceMs(i % 2 == 0 ? -3 * kHour : 10); // backwards by hours, then a little forward
        auto c = customers.get(*id);
        REQUIRE(c.ok());
        Customer changed = *c;
        changed.notes = QStringLiteral("note %1").arg(i);
        REQUIRE(customers.update(changed).ok());
        const qint64 stamp = outbox(f).last().hlc;
        CHECK(stamp > previous);
        CHECK(Hlc::physicalMs(stamp) == ServiceFixture::startMs); // held at the highest time seen
        previous = stamp;
    }
    // The last stamp is persisted, so a new context (a restart) continues above it.
    CHECK(scalar(f, QStringLiteral("SELECT CAST(value AS INTEGER) FROM workspace_meta WHERE key = 'hlc_last'")) ==
          previous);
    QSqlDatabase db = f.db();
    auto last = ChangeJournal::loadLastHlc(db);
    REQUIRE(last.ok());
    CHECK(*last == previous);
}

TEST_CASE("causal length: delete makes it even, edits do not resurrect, only restore does", "[journal]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    auto id = customers.create(sample());
    REQUIRE(id.ok());
    auto before = customers.get(*id);
    REQUIRE(before.ok());

    REQUIRE(customers.remove(*id).ok());
    CHECK(scalar(f, QStringLiteral("SELECT cl FROM customers WHERE id = ?"), {*id}) == 2);
    Mutation del = outbox(f, *id).last();
    CHECK(del.op == QLatin1String("delete"));
    CHECK(del.payload.value(QStringLiteral("cl")).toObject().value(QStringLiteral("value")).toInt() == 2);

    // An edit made later (here: from the stale copy read before the delete, with the clock set back so its
    // stamp would be older) does not bring the record back.
    f.clock().advanceMs(-kHour);
    Customer stale = *before;
    stale.notes = QStringLiteral("edited offline");
    CHECK(customers.update(stale).code() == ErrorCode::NotFound);
    CHECK(scalar(f, QStringLiteral("SELECT cl FROM customers WHERE id = ?"), {*id}) == 2);
    CHECK(customers.list().value().isEmpty());
    // The merge rule for causal lengths: the larger wins over any field edit.
    CHECK(ChangeJournal::mergeCl(2, 1) == 2);
    CHECK_FALSE(ChangeJournal::isAlive(ChangeJournal::mergeCl(1, 2)));

    REQUIRE(customers.restore(*id).ok());
    CHECK(scalar(f, QStringLiteral("SELECT cl FROM customers WHERE id = ?"), {*id}) == 3);
    CHECK(outbox(f, *id).last().op == QLatin1String("restore"));
    CHECK(customers.list().value().size() == 1);
    // Delete again: 4, and a restore is 5 — always the next number.
    REQUIRE(customers.remove(*id).ok());
    CHECK(scalar(f, QStringLiteral("SELECT cl FROM customers WHERE id = ?"), {*id}) == 4);
}

TEST_CASE("erasure leaves only id markers and no personal value in the outbox", "[journal]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    auto id = customers.create(sample());
    REQUIRE(id.ok());
    REQUIRE(ErasureService(f.owner()).erase(*id).ok());

    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {*id}) == 0);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM contact_points WHERE customer_id = ?"), {*id}) == 0);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM field_clock")) == 0);
    QSqlDatabase db = f.db();
    CHECK(ChangeJournal::isErased(db, QStringLiteral("customer"), *id));
    // The customer and both contact points have markers (tags are covered by one tag-set marker).
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM erasures")) >= 3);
    // Every mutation left in the outbox is an erasure or carries no payload: the earlier upserts held the
    // erased values.
    const QList<Mutation> all = outbox(f);
    REQUIRE_FALSE(all.isEmpty());
    int erases = 0;
    for (const Mutation &m : all) {
        if (m.op == QLatin1String("erase"))
            ++erases;
        CHECK(m.payload.isEmpty());
    }
    CHECK(erases >= 3);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%Dewi%' OR payload LIKE '%0812%'")) == 0);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM customers_fts")) == 0);
    CHECK(customers.get(*id).code() == ErrorCode::NotFound);
}
