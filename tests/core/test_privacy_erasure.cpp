#include <catch2/catch.hpp>

#include "support/ServiceFixture.h"
#include "support/TestSupport.h"

#include "crypto/SecureBytes.h"
#include "privacy/ErasureService.h"
#include "privacy/LegalHold.h"
#include "privacy/ResidueCleaner.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/TaskService.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QSqlQuery>

using namespace relasi;
using relasi::test::ServiceFixture;

namespace {

// The error's message, for INFO() before a REQUIRE on a result.
template<typename R>
std::string why(const R &r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

// Decrypts SQLCipher 3 pages (the format Relasi writes: cipher_compatibility 3, raw 256-bit key, 4096-byte
// pages, AES-256-CBC, 48 reserved bytes per page: 16-byte IV then HMAC-SHA1) with the libcrypto that
// SQLCipher itself loaded, so that every byte of every page — free pages and freed cell space included — can
// be scanned in plaintext. (sqlcipher_export would copy only live rows.)
class PageDecryptor
{
public:
    static constexpr int kPage = 4096;
    static constexpr int kReserve = 48;
    static constexpr int kSaltSize = 16;

    explicit PageDecryptor(const QByteArray &key) : m_key(key), m_lib(QStringLiteral("crypto"), 3)
    {
        if (!m_lib.load())
            return;
        m_new = reinterpret_cast<CtxNew>(m_lib.resolve("EVP_CIPHER_CTX_new"));
        m_free = reinterpret_cast<CtxFree>(m_lib.resolve("EVP_CIPHER_CTX_free"));
        m_cbc = reinterpret_cast<Cipher>(m_lib.resolve("EVP_aes_256_cbc"));
        m_init = reinterpret_cast<Init>(m_lib.resolve("EVP_DecryptInit_ex"));
        m_padding = reinterpret_cast<Padding>(m_lib.resolve("EVP_CIPHER_CTX_set_padding"));
        m_update = reinterpret_cast<Update>(m_lib.resolve("EVP_DecryptUpdate"));
    }
    bool isReady() const { return m_new && m_free && m_cbc && m_init && m_padding && m_update && m_key.size() == 32; }

    // One page as stored (kPage bytes) -> its plaintext (page 1: the SQLite header string, then the rest).
    QByteArray decrypt(const QByteArray &page, quint32 pgno) const
    {
        const int offset = pgno == 1 ? kSaltSize : 0;
        const int size = kPage - offset - kReserve;
        const auto *in = reinterpret_cast<const unsigned char *>(page.constData()) + offset;
        const unsigned char *iv = in + size;
        QByteArray out(kPage, '\0');
        if (pgno == 1)
            out.replace(0, kSaltSize, QByteArray("SQLite format 3", 16));
        void *ctx = m_new();
        int len = 0;
        const bool ok = m_init(ctx, m_cbc(), nullptr, reinterpret_cast<const unsigned char *>(m_key.constData()), iv) == 1 &&
                        m_padding(ctx, 0) == 1 &&
                        m_update(ctx, reinterpret_cast<unsigned char *>(out.data()) + offset, &len, in, size) == 1;
        m_free(ctx);
        return ok ? out : QByteArray();
    }

    // Every page of the database file, decrypted and concatenated.
    QByteArray database(const QString &path) const
    {
        const QByteArray raw = relasi::test::readAll(path);
        QByteArray plain;
        for (int i = 0; i + kPage <= raw.size(); i += kPage)
            plain += decrypt(raw.mid(i, kPage), quint32(i / kPage + 1));
        return plain;
    }

    // Every frame of a WAL file (32-byte header; frames of a 24-byte header + one page), decrypted.
    QByteArray wal(const QString &path) const
    {
        const QByteArray raw = relasi::test::readAll(path);
        QByteArray plain;
        for (int i = 32; i + 24 + kPage <= raw.size(); i += 24 + kPage) {
            const auto *h = reinterpret_cast<const unsigned char *>(raw.constData()) + i;
            const quint32 pgno = quint32(h[0]) << 24 | quint32(h[1]) << 16 | quint32(h[2]) << 8 | quint32(h[3]);
            plain += decrypt(raw.mid(i + 24, kPage), pgno);
        }
        return plain;
    }

private:
    using CtxNew = void *(*)();
    using CtxFree = void (*)(void *);
    using Cipher = const void *(*)();
    using Init = int (*)(void *, const void *, void *, const unsigned char *, const unsigned char *);
    using Padding = int (*)(void *, int);
    using Update = int (*)(void *, unsigned char *, int *, const unsigned char *, int);
    QByteArray m_key;
    QLibrary m_lib;
    CtxNew m_new = nullptr;
    CtxFree m_free = nullptr;
    Cipher m_cbc = nullptr;
    Init m_init = nullptr;
    Padding m_padding = nullptr;
    Update m_update = nullptr;
};

// Strings written into one customer's record; none may survive an erasure anywhere in the files.
// FTS4 leaves store terms prefix-compressed, so each marker's tail (its last 9 characters, unique too) is
// scanned for as well.
struct Markers {
    QString given = QStringLiteral("qhzgivenmarkalpha");
    QString family = QStringLiteral("qhzfamilymarkbravo");
    QString email = QStringLiteral("qhzmailmarkcharlie@example.org");
    QString phoneRaw = QStringLiteral("0812-9753-1864");
    QString phoneDigits = QStringLiteral("81297531864");
    QString notes = QStringLiteral("qhznotesmarkdelta");
    QString notes2 = QStringLiteral("qhznotesmarkecho");
    QString city = QStringLiteral("qhzcitymarkfoxtrot");
    QString tag = QStringLiteral("qhztagmarkgolf");
    QString logBody = QStringLiteral("qhzlogbodymarkhotel");
    QString logSubject = QStringLiteral("qhzlogsubjmarkindia");
    QString task = QStringLiteral("qhztaskmarkjuliett");
    QString consentSource = QStringLiteral("qhzconsentmarkkilo");
    QString dealTitle = QStringLiteral("qhzdealmarklima");
    QString paymentRef = QStringLiteral("qhzpaymarkmike");
    QString importBefore = QStringLiteral("qhzimportmarknovember"); // only where import_items.before exists

    QStringList all() const
    {
        return {given, family, email, phoneDigits, notes, notes2, city, tag, logBody, logSubject, task,
                consentSource, dealTitle, paymentRef};
    }
};

struct Seeded {
    QString customer;
    QString deal;
    QString payment;
    QString control; // another customer, who must stay
};

ContactPoint contact(ContactKind kind, const QString &raw)
{
    ContactPoint p;
    p.kind = kind;
    p.raw = raw;
    return p;
}

Seeded seed(ServiceFixture &f, const Markers &m)
{
    Seeded s;
    CustomerService customers(f.owner());
    Customer c;
    c.givenName = m.given;
    c.familyName = m.family;
    c.notes = m.notes;
    c.tags = {m.tag};
    c.contacts = {contact(ContactKind::Email, m.email), contact(ContactKind::Phone, m.phoneRaw)};
    Address a;
    a.city = m.city;
    a.country = QStringLiteral("ID");
    c.addresses = {a};
    auto id = customers.create(c);
    INFO(why(id));
    REQUIRE(id.ok());
    s.customer = *id;
    s.control = f.addCustomer(f.ownerId(), QStringLiteral("qhzcontrolkeepsierra"));

    // The first mutations count as already pushed: erasure must scrub sent mutations too.
    QSqlQuery sent(f.db());
    REQUIRE(sent.exec(QStringLiteral("UPDATE outbox SET sent_at = 1, ack_status = 'applied'")));

    // An import's bookkeeping of the record, with what it overwrote when the workspace keeps that.
    REQUIRE(sent.exec(QStringLiteral("INSERT INTO import_items (import_id, entity, entity_id, action) VALUES "
                                     "('import-1', 'customer', '%1', 'updated')").arg(s.customer)));
    REQUIRE(sent.exec(QStringLiteral("PRAGMA table_info(import_items)")));
    bool hasBefore = false;
    while (sent.next())
        hasBefore = hasBefore || sent.value(1).toString() == QLatin1String("before");
    if (hasBefore) {
        sent.prepare(QStringLiteral("UPDATE import_items SET before = ? WHERE entity_id = ?"));
        sent.addBindValue(QStringLiteral("{\"fields\":{\"notes\":[\"%1\",\"x\"]}}").arg(m.importBefore));
        sent.addBindValue(s.customer);
        REQUIRE(sent.exec());
    }

    f.clock().advanceMs(1000);
    auto loaded = customers.get(s.customer);
    INFO(why(loaded));
    REQUIRE(loaded.ok());
    Customer edited = *loaded;
    edited.notes = m.notes2;
    REQUIRE(customers.update(edited).ok());

    Interaction log;
    log.customerId = s.customer;
    log.channel = QStringLiteral("call");
    log.direction = QStringLiteral("out");
    log.subject = m.logSubject;
    log.body = m.logBody;
    REQUIRE(InteractionService(f.owner()).add(log).ok());

    Task t;
    t.customerId = s.customer;
    t.title = m.task;
    REQUIRE(TaskService(f.owner()).add(t).ok());

    Consent consent;
    consent.customerId = s.customer;
    consent.purpose = QStringLiteral("marketing_email");
    consent.channel = QStringLiteral("web_form");
    consent.source = m.consentSource;
    REQUIRE(ConsentService(f.owner()).record(consent).ok());

    DealService deals(f.owner());
    Deal d;
    d.customerId = s.customer;
    d.title = m.dealTitle;
    d.amount = Money(987654321, QStringLiteral("IDR"));
    auto dealId = deals.create(d);
    INFO(why(dealId));
    REQUIRE(dealId.ok());
    s.deal = *dealId;
    Payment p;
    p.dealId = s.deal;
    p.amount = Money(123456789, QStringLiteral("IDR"));
    p.method = QStringLiteral("transfer");
    p.reference = m.paymentRef;
    auto paymentId = deals.addPayment(p);
    INFO(why(paymentId));
    REQUIRE(paymentId.ok());
    s.payment = *paymentId;
    return s;
}

qint64 occurrences(const QByteArray &haystack, const QString &needle)
{
    const QByteArray n = needle.toUtf8();
    qint64 count = 0;
    for (qsizetype at = haystack.indexOf(n); at >= 0; at = haystack.indexOf(n, at + 1))
        ++count;
    return count;
}

// Printable bytes around the first trace of a marker (diagnostics for a failure).
std::string around(const QByteArray &haystack, const QString &marker)
{
    qsizetype at = haystack.indexOf(marker.right(9).toUtf8());
    if (at < 0)
        return std::string();
    QByteArray context = haystack.mid(qMax<qsizetype>(0, at - 80), 160);
    for (char &c : context) {
        if (c < 32 || c > 126)
            c = '.';
    }
    return "page " + std::to_string(at / 4096 + 1) + ": " + context.toStdString();
}

// Occurrences of the marker or its tail.
qint64 traces(const QByteArray &haystack, const QString &marker)
{
    return occurrences(haystack, marker) + occurrences(haystack, marker.right(9));
}

// Everything on disk beside the workspace's database, decrypted where it is encrypted.
struct Files {
    QByteArray database;  // every page decrypted
    QByteArray wal;       // every frame decrypted
    QByteArray rawOthers; // -journal, -shm as they are
    qint64 walBytes = 0;
};

Files readFiles(const PageDecryptor &dec, const QString &directory)
{
    const QString db = Workspace::databasePath(directory);
    Files files;
    files.database = dec.database(db);
    files.walBytes = QFileInfo(db + QStringLiteral("-wal")).size();
    files.wal = dec.wal(db + QStringLiteral("-wal"));
    files.rawOthers = relasi::test::readAll(db + QStringLiteral("-journal")) + relasi::test::readAll(db + QStringLiteral("-shm"));
    return files;
}

QByteArray dataKey(ServiceFixture &f)
{
    auto hex = f.workspace().exportDataKeyHex(SecureBytes::fromUtf8(QString::fromUtf8(ServiceFixture::ownerPassword)));
    INFO(why(hex));
    REQUIRE(hex.ok());
    return QByteArray::fromHex(*hex);
}

} // namespace

TEST_CASE("the page decryptor reads SQLCipher pages (positive control)", "[privacy][erasure]")
{
    ServiceFixture f;
    const Markers m;
    seed(f, m);
    const PageDecryptor dec(dataKey(f));
    if (!dec.isReady())
        RELASI_SKIP("libcrypto (OpenSSL 3) not loadable: cannot decrypt pages");
    const QString path = Workspace::databasePath(f.directory());
    // Before any checkpoint the seeded rows sit in the WAL; after one, in the main file.
    const QByteArray walPlain = dec.wal(path + QStringLiteral("-wal"));
    REQUIRE(ResidueCleaner::checkpointTruncate(f.owner().db()).ok());
    const QByteArray plain = dec.database(path);
    REQUIRE(plain.size() >= PageDecryptor::kPage);
    // SQLite header of page 1: page size 4096 (big-endian at 16), 48 reserved bytes (at 20).
    CHECK(quint8(plain.at(16)) == 0x10);
    CHECK(quint8(plain.at(17)) == 0x00);
    CHECK(quint8(plain.at(20)) == PageDecryptor::kReserve);
    CHECK(occurrences(plain, QStringLiteral("CREATE TABLE customers")) > 0);
    for (const QString &marker : m.all()) {
        INFO(marker.toStdString());
        CHECK(traces(plain, marker) > 0);
        CHECK(traces(walPlain, marker) > 0);
    }
}

TEST_CASE("secure_delete is on for the workspace's connection", "[privacy][erasure]")
{
    ServiceFixture f;
    auto on = ResidueCleaner::secureDeleteOn(f.owner().db());
    INFO(why(on));
    REQUIRE(on.ok());
    CHECK(*on);
}

TEST_CASE("after an erasure no personal value remains in the database, WAL or journal", "[privacy][erasure]")
{
    ServiceFixture f;
    const Markers m;
    const Seeded s = seed(f, m);
    const PageDecryptor dec(dataKey(f));

    ErasureService erasure(f.owner());
    auto report = erasure.erase(s.customer);
    INFO(why(report));
    REQUIRE(report.ok());
    CHECK(report->walTruncated);
    CHECK(report->markers >= 10);
    CHECK(report->outboxScrubbed > 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {s.customer}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE id = ?"), {s.deal}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE id = ?"), {s.payment}) == 0);
    // Id-only markers that sync can never override.
    for (const auto &[entity, id] : {std::pair{QStringLiteral("customer"), s.customer},
                                     std::pair{QStringLiteral("deal"), s.deal},
                                     std::pair{QStringLiteral("payment"), s.payment}}) {
        CHECK(ChangeJournal::isErased(f.owner().db(), entity, id));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND record_id = ? AND op = 'erase'"),
                       {entity, id}) == 1);
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase' AND entity_id = ?"),
                   {s.customer}) == 1);
    auto verified = f.owner().audit().verify();
    INFO(why(verified));
    REQUIRE(verified.ok());
    CHECK(verified->ok);

    f.workspace().lock();
    if (!dec.isReady())
        RELASI_SKIP("libcrypto (OpenSSL 3) not loadable: cannot decrypt pages");
    const Files files = readFiles(dec, f.directory());
    CHECK(files.walBytes == 0);
    REQUIRE(occurrences(files.database, QStringLiteral("qhzcontrolkeepsierra")) > 0); // the scan sees live data
    for (const QString &marker : m.all() + QStringList{m.importBefore}) {
        INFO(marker.toStdString());
        INFO(around(files.database, marker));
        CHECK(traces(files.database, marker) == 0);
        CHECK(traces(files.wal, marker) == 0);
        CHECK(traces(files.rawOthers, marker) == 0);
    }
}

TEST_CASE("after an anonymisation the books stay and no personal value remains", "[privacy][erasure]")
{
    ServiceFixture f;
    const Markers m;
    const Seeded s = seed(f, m);
    const PageDecryptor dec(dataKey(f));

    auto report = ErasureService(f.owner()).anonymize(s.customer);
    INFO(why(report));
    REQUIRE(report.ok());
    CHECK(report->walTruncated);
    // Kept: the customer id, its deal (amount, stage) and payment (amount), masked reference.
    auto customer = CustomerService(f.owner()).get(s.customer);
    INFO(why(customer));
    REQUIRE(customer.ok());
    CHECK(customer->displayName == ErasureService::anonymisedName(s.customer));
    CHECK(customer->contacts.isEmpty());
    CHECK(customer->addresses.isEmpty());
    CHECK(customer->tags.isEmpty());
    CHECK(customer->notes.isEmpty());
    auto deal = DealService(f.owner()).get(s.deal);
    INFO(why(deal));
    REQUIRE(deal.ok());
    CHECK(deal->amount.minorUnits() == 987654321);
    CHECK(deal->stage == QLatin1String("lead"));
    CHECK(deal->title == ErasureService::anonymisedDealTitle(s.deal));
    auto payments = DealService(f.owner()).payments(s.deal);
    INFO(why(payments));
    REQUIRE(payments.ok());
    REQUIRE(payments->size() == 1);
    CHECK(payments->first().amount.minorUnits() == 123456789);
    CHECK(payments->first().reference == ErasureService::maskReference(m.paymentRef));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = ?"), {s.customer}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM consents WHERE customer_id = ?"), {s.customer}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'anonymize' AND entity_id = ?"),
                   {s.customer}) == 1);

    f.workspace().lock();
    if (!dec.isReady())
        RELASI_SKIP("libcrypto (OpenSSL 3) not loadable: cannot decrypt pages");
    const Files files = readFiles(dec, f.directory());
    CHECK(files.walBytes == 0);
    REQUIRE(occurrences(files.database, ErasureService::anonymisedName(s.customer)) > 0);
    for (const QString &marker : m.all() + QStringList{m.importBefore}) {
        INFO(marker.toStdString());
        INFO(around(files.database, marker));
        CHECK(traces(files.database, marker) == 0);
        CHECK(traces(files.wal, marker) == 0);
        CHECK(traces(files.rawOthers, marker) == 0);
    }
}

TEST_CASE("the preview counts what an erasure removes and an anonymisation keeps", "[privacy][erasure]")
{
    ServiceFixture f;
    const Markers m;
    const Seeded s = seed(f, m);
    ErasureService erasure(f.owner());
    auto erase = erasure.preview(s.customer, ErasurePreview::Mode::Erase);
    INFO(why(erase));
    REQUIRE(erase.ok());
    CHECK(erase->displayName == m.given + QLatin1Char(' ') + m.family);
    const std::pair<const char *, qint64> expected[] = {
        {"customer", 1}, {"contact_points", 2}, {"addresses", 1}, {"tags", 1},  {"shares", 0},   {"interactions", 1},
        {"tasks", 1},    {"consents", 1},       {"deals", 1},     {"deal_items", 0}, {"payments", 1}};
    for (const auto &[kind, count] : expected) {
        INFO(kind);
        CHECK(erase->count(QString::fromUtf8(kind)) == count);
        CHECK(erase->fate(QString::fromUtf8(kind)) == ErasurePreview::Fate::Deleted);
    }
    CHECK(erase->count(QStringLiteral("audit_entries")) >= 7);
    CHECK(erase->fate(QStringLiteral("audit_entries")) == ErasurePreview::Fate::Kept);
    CHECK_FALSE(erase->toJson().contains(QStringLiteral("display_name")));

    auto anon = erasure.preview(s.customer, ErasurePreview::Mode::Anonymize);
    INFO(why(anon));
    REQUIRE(anon.ok());
    CHECK(anon->fate(QStringLiteral("deals")) == ErasurePreview::Fate::Anonymised);
    CHECK(anon->fate(QStringLiteral("payments")) == ErasurePreview::Fate::Anonymised);
    CHECK(anon->fate(QStringLiteral("contact_points")) == ErasurePreview::Fate::Deleted);

    // The real erasure removes what the preview counted.
    auto done = erasure.erase(s.customer);
    INFO(why(done));
    REQUIRE(done.ok());
    for (const auto &[kind, count] : expected)
        CHECK(done->done.count(QString::fromUtf8(kind)) == count);
    CHECK(erasure.preview(s.customer, ErasurePreview::Mode::Erase).code() == ErrorCode::NotFound);
}

TEST_CASE("a legal hold blocks erasure and anonymisation until the owner clears it", "[privacy][erasure]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Budi Santoso"));
    LegalHold hold(f.owner());
    REQUIRE(hold.set(customer, true).ok());
    CHECK(*hold.isHeld(customer));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'legal_hold_set' AND entity_id = ?"),
                   {customer}) == 1);
    const qint64 outboxBefore = f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));

    ErasureService erasure(f.owner());
    auto erased = erasure.erase(customer);
    INFO(why(erased));
    REQUIRE_FALSE(erased.ok());
    CHECK(erased.code() == ErrorCode::Conflict);
    CHECK(erased.error().message.contains(QStringLiteral("legal hold")));
    CHECK(erasure.anonymize(customer).code() == ErrorCode::Conflict);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND display_name = 'Budi Santoso'"),
                   {customer}) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == outboxBefore);
    CHECK_FALSE(ChangeJournal::isErased(f.owner().db(), QStringLiteral("customer"), customer));

    REQUIRE(hold.set(customer, false).ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'legal_hold_clear'")) == 1);
    CHECK(erasure.erase(customer).ok());
}

TEST_CASE("only the owner may erase, anonymise or set a legal hold", "[privacy][erasure]")
{
    ServiceFixture f;
    const QString customer = f.addCustomer(f.ownerId(), QStringLiteral("Dewi Lestari"));
    for (Role role : {Role::Manager, Role::Sales, Role::Viewer}) {
        const QString user = f.addUser(role);
        ErasureService erasure(f.as(user));
        CHECK(erasure.erase(customer).code() == ErrorCode::PermissionDenied);
        CHECK(erasure.anonymize(customer).code() == ErrorCode::PermissionDenied);
        CHECK(erasure.preview(customer, ErasurePreview::Mode::Erase).code() == ErrorCode::PermissionDenied);
        CHECK(LegalHold(f.as(user)).set(customer, true).code() == ErrorCode::PermissionDenied);
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {customer}) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_denied'")) == 12);
}

TEST_CASE("erasing a company unlinks its people and removes its name from their records", "[privacy][erasure]")
{
    ServiceFixture f;
    CustomerService customers(f.owner());
    Customer company;
    company.kind = CustomerKind::Company;
    company.displayName = QStringLiteral("PT Qhzcompanymark");
    auto companyId = customers.create(company);
    INFO(why(companyId));
    REQUIRE(companyId.ok());
    Customer person;
    person.displayName = QStringLiteral("Rina Wati");
    person.companyId = *companyId;
    auto personId = customers.create(person);
    INFO(why(personId));
    REQUIRE(personId.ok());

    REQUIRE(ErasureService(f.owner()).erase(*companyId).ok());
    auto after = customers.get(*personId);
    INFO(why(after));
    REQUIRE(after.ok());
    CHECK(after->companyId.isEmpty());
    CHECK(after->companyName.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%Qhzcompanymark%'")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'qhzcompanymark'")) == 0);
}

TEST_CASE("payment references are masked to their last four characters", "[privacy][erasure]")
{
    const QString dots4 = QString(4, QChar(0x2022));
    CHECK(ErasureService::maskReference(QStringLiteral("INV-2024-0042")) == QString(9, QChar(0x2022)) + QStringLiteral("0042"));
    CHECK(ErasureService::maskReference(QStringLiteral("TRX12345")) == dots4 + QStringLiteral("2345"));
    CHECK(ErasureService::maskReference(QStringLiteral("1234567")) == QString(7, QChar(0x2022))); // short: all masked
    CHECK(ErasureService::maskReference(QString()).isEmpty());
    CHECK(ErasureService::anonymisedName(QStringLiteral("01a21172-5fcb-76b8-a54a-33276ab4c3eb")) ==
          QStringLiteral("Anonymised customer 6ab4c3eb"));
}
