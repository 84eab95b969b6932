#include "demo/DemoGenerator.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/Money.h"
#include "search/SearchIndex.h"
#include "services/CustomerAccess.h"
#include "services/CustomerService.h"
#include "services/DealService.h"
#include "services/InteractionService.h"
#include "services/ServiceContext.h"
#include "services/TaskService.h"
#include "services/WriteTransaction.h"

#include <QThread>

#include <memory>
#include <optional>

namespace relasi {

namespace {

// splitmix64: small, fast and identical on every platform (std:: distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N> const T &pick(const T (&items)[N]) { return items[below(int(N))]; }

private:
    quint64 m_state;
};

struct Name {
    const char *text;  // UTF-8 as shown
    const char *ascii; // for e-mail addresses
};

const Name kIndoGiven[] = {
    {"Budi", "budi"},       {"Siti", "siti"},       {"Agus", "agus"},       {"Dewi", "dewi"},
    {"Rina", "rina"},       {"Wahyu", "wahyu"},     {"Putri", "putri"},     {"Eko", "eko"},
    {"Sri", "sri"},         {"Hendra", "hendra"},   {"Ayu", "ayu"},         {"Bambang", "bambang"},
    {"Yuliana", "yuliana"}, {"Dian", "dian"},       {"Fajar", "fajar"},     {"Nur", "nur"},
    {"Indah", "indah"},     {"Joko", "joko"},       {"Made", "made"},       {"Ketut", "ketut"},
    {"Wayan", "wayan"},     {"Rizky", "rizky"},     {"Ahmad", "ahmad"},     {"Lestari", "lestari"},
    {"Surya", "surya"},     {"Yohanes", "yohanes"}, {"Maria", "maria"},     {"Hartono", "hartono"},
    {"Sutrisno", "sutrisno"}, {"Kartika", "kartika"}, {"Gede", "gede"},     {"Ratna", "ratna"},
};
const Name kIndoFamily[] = {
    {"Santoso", "santoso"},   {"Wijaya", "wijaya"},     {"Saputra", "saputra"}, {"Hidayat", "hidayat"},
    {"Nasution", "nasution"}, {"Siregar", "siregar"},   {"Simanjuntak", "simanjuntak"},
    {"Gunawan", "gunawan"},   {"Kusuma", "kusuma"},     {"Pratama", "pratama"}, {"Setiawan", "setiawan"},
    {"Halim", "halim"},       {"Tanoto", "tanoto"},     {"Purnomo", "purnomo"}, {"Lubis", "lubis"},
    {"Harahap", "harahap"},   {"Wibowo", "wibowo"},     {"Suharto", "suharto"}, {"Sembiring", "sembiring"},
    {"Manurung", "manurung"}, {"Rahmawati", "rahmawati"}, {"Kurniawan", "kurniawan"},
};
const Name kEuroGiven[] = {
    {"José", "jose"},       {"Łukasz", "lukasz"},   {"Zoë", "zoe"},         {"François", "francois"},
    {"Jürgen", "juergen"},  {"Søren", "soren"},     {"Ångström", "angstrom"}, {"Mónica", "monica"},
    {"Dragoš", "dragos"},   {"Đorđe", "djordje"},   {"Hélène", "helene"},   {"Björn", "bjorn"},
    {"Małgorzata", "malgorzata"}, {"Çağla", "cagla"}, {"Íñigo", "inigo"},  {"Anna", "anna"},
    {"Thomas", "thomas"},   {"Émilie", "emilie"},   {"Jiří", "jiri"},       {"Nuño", "nuno"},
};
const Name kEuroFamily[] = {
    {"Müller", "mueller"},      {"García", "garcia"},   {"Nørgaard", "norgaard"}, {"Kowalczyk", "kowalczyk"},
    {"Dubois", "dubois"},       {"Šimić", "simic"},     {"Lefèvre", "lefevre"},   {"Østergaard", "ostergaard"},
    {"Wałęsa", "walesa"},       {"Schröder", "schroder"}, {"Fernández", "fernandez"}, {"Dvořák", "dvorak"},
    {"Öztürk", "ozturk"},       {"van der Berg", "vanderberg"}, {"Rossi", "rossi"}, {"Jensen", "jensen"},
};
// East Asian names are shown family name first, without a space.
const Name kCjkFamily[] = {
    {"田中", "tanaka"},  {"佐藤", "sato"},   {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"山本", "yamamoto"},
    {"王", "wang"},      {"李", "li"},       {"张", "zhang"},    {"陈", "chen"},        {"刘", "liu"},
    {"김", "kim"},       {"이", "lee"},      {"박", "park"},     {"최", "choi"},        {"정", "jung"},
};
const Name kCjkGiven[] = {
    {"太郎", "taro"},  {"花子", "hanako"}, {"健", "ken"},     {"美咲", "misaki"}, {"伟", "wei"},
    {"芳", "fang"},    {"秀英", "xiuying"}, {"敏", "min"},    {"민준", "minjun"}, {"서연", "seoyeon"},
    {"지훈", "jihoon"}, {"하은", "haeun"},
};

const char *const kIndoWords[] = {"Maju", "Jaya", "Sumber", "Rejeki", "Abadi", "Makmur", "Sentosa", "Sejahtera",
                                  "Mandiri", "Cahaya", "Nusantara", "Karya", "Bintang", "Mitra", "Agung",
                                  "Berkah", "Lestari", "Prima", "Sinar", "Indah"};
const char *const kIndoTrades[] = {"Elektronik", "Textile", "Logistik", "Kopi", "Bangunan", "Farma", "Motor",
                                   "Kuliner", "Digital", "Grosir"};
const char *const kForeignCompanies[] = {"Müller Maschinenbau GmbH", "Schröder & Söhne GmbH", "Dubois Frères SARL",
                                         "Nørgaard ApS", "García Hermanos S.L.", "株式会社田中製作所",
                                         "株式会社山本商事", "鈴木電機株式会社", "上海华信贸易有限公司",
                                         "北京东方科技有限公司", "(주)한빛무역", "삼성물산 주식회사",
                                         "Kowalczyk Sp. z o.o.", "Rossi S.r.l."};

struct City {
    const char *city;
    const char *region;
    const char *country;
};
const City kIndoCities[] = {
    {"Jakarta", "DKI Jakarta", "ID"},  {"Surabaya", "Jawa Timur", "ID"},     {"Bandung", "Jawa Barat", "ID"},
    {"Medan", "Sumatera Utara", "ID"}, {"Denpasar", "Bali", "ID"},           {"Semarang", "Jawa Tengah", "ID"},
    {"Makassar", "Sulawesi Selatan", "ID"}, {"Yogyakarta", "DI Yogyakarta", "ID"},
    {"Palembang", "Sumatera Selatan", "ID"}, {"Balikpapan", "Kalimantan Timur", "ID"},
    {"Malang", "Jawa Timur", "ID"},   {"Bogor", "Jawa Barat", "ID"},         {"Tangerang", "Banten", "ID"},
    {"Bekasi", "Jawa Barat", "ID"},   {"Batam", "Kepulauan Riau", "ID"},     {"Manado", "Sulawesi Utara", "ID"},
    {"Pontianak", "Kalimantan Barat", "ID"}, {"Solo", "Jawa Tengah", "ID"},
};
const City kForeignCities[] = {{"München", "Bayern", "DE"}, {"Tōkyō", "", "JP"}, {"Seoul", "", "KR"},
                               {"Singapore", "", "SG"},     {"Kraków", "", "PL"}, {"Shanghai", "", "CN"}};

const char *const kStreets[] = {"Jl. Sudirman", "Jl. Thamrin", "Jl. Gatot Subroto", "Jl. Diponegoro",
                                "Jl. Ahmad Yani", "Jl. Pemuda", "Jl. Merdeka", "Jl. Asia Afrika"};
const char *const kTags[] = {"vip", "reseller", "grosir", "online", "pameran", "referral", "b2b", "langganan",
                             "ekspor", "instagram"};
const char *const kNotes[] = {"Suka dihubungi lewat WhatsApp sore hari.", "Minta penawaran harga grosir.",
                              "Pelanggan lama, bayar tepat waktu.", "Tertarik produk baru bulan depan.",
                              "Prefers e-mail in English.", "Bertemu di pameran Jakarta Fair.",
                              "Butuh faktur pajak setiap pembelian.", "日本語での連絡を希望。"};
const char *const kMailHosts[] = {"gmail.com", "yahoo.co.id", "outlook.com", "mail.com", "tokomaju.co.id",
                                  "web.de", "naver.com", "qq.com"};
const char *const kIdMobilePrefixes[] = {"811", "812", "813", "821", "822", "852", "853", "815", "816",
                                         "857", "858", "817", "818", "819", "877", "878", "895", "896"};
const char *const kSubjects[] = {"Tanya harga", "Follow-up penawaran", "Kirim katalog", "Konfirmasi pesanan",
                                 "Keluhan pengiriman", "Jadwal kunjungan", "Negosiasi diskon", "Ucapan terima kasih"};
const char *const kOutcomes[] = {"tertarik", "minta dihubungi lagi", "setuju", "belum memutuskan", "tidak aktif"};
const char *const kLostReasons[] = {"Harga terlalu tinggi", "Pilih pesaing", "Anggaran ditunda", "Tidak ada respons"};
const char *const kDealItems[] = {"Paket langganan", "Mesin kopi", "Seragam karyawan", "Instalasi jaringan",
                                  "Bahan bangunan", "Kemasan produk"};

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString digits(Rng &r, int n)
{
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + r.below(10));
    return s;
}

// n digits, the first one 2–9 (numbering plans leave 0 and 1 unassigned after many prefixes).
QString leadDigits(Rng &r, int n)
{
    return QString(QChar(u'2' + r.below(8))) + digits(r, n - 1);
}

// An Indonesian mobile number in one of the ways people write them.
QString indonesianMobile(Rng &r)
{
    const QString p = QLatin1String(r.pick(kIdMobilePrefixes));
    const QString a = leadDigits(r, 4), b = digits(r, 4);
    switch (r.below(6)) {
    case 0: return QStringLiteral("0%1-%2-%3").arg(p, a, b);
    case 1: return QStringLiteral("+62 %1 %2 %3").arg(p, a, b);
    case 2: return QStringLiteral("0%1%2%3").arg(p, a, b);
    case 3: return QStringLiteral("+62%1%2%3").arg(p, a, b);
    case 4: return QStringLiteral("(0%1) %2 %3").arg(p, a, b);
    default: return QStringLiteral("62-%1-%2-%3").arg(p, a, b);
    }
}

QString foreignNumber(Rng &r)
{
    switch (r.below(5)) {
    case 0: return QStringLiteral("+49 151 %1").arg(leadDigits(r, 8));
    case 1: return QStringLiteral("+81 90-%1-%2").arg(leadDigits(r, 4), digits(r, 4));
    case 2: return QStringLiteral("+81 80-%1-%2").arg(leadDigits(r, 4), digits(r, 4));
    case 3: return QStringLiteral("+65 9%1%2 %3").arg(1 + r.below(8)).arg(digits(r, 2), digits(r, 4));
    default: return QStringLiteral("+86 138 %1 %2").arg(leadDigits(r, 4), digits(r, 4));
    }
}

QString indonesianCompany(Rng &r)
{
    const QString form = r.chance(70) ? QStringLiteral("PT") : QStringLiteral("CV");
    QString a = QLatin1String(r.pick(kIndoWords)), b = QLatin1String(r.pick(kIndoWords));
    if (a == b)
        b = QLatin1String(r.pick(kIndoTrades));
    return r.chance(40) ? QStringLiteral("%1 %2 %3 %4").arg(form, a, b, QLatin1String(r.pick(kIndoTrades)))
                        : QStringLiteral("%1 %2 %3").arg(form, a, b);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kOptimizeFrom = 50000; // customers; below this the index has few segments anyway

} // namespace

DemoGenerator::DemoGenerator(ServiceContext &ctx, quint64 seed)
    : m_ctx(ctx)
    , m_seed(seed)
{
}

Customer DemoGenerator::customerAt(qint64 index) const
{
    Rng r(m_seed * 0x100000001B3ull ^ (quint64(index) * 0x9E3779B97F4A7C15ull + 1));
    Customer c;
    enum Origin { Indonesian, European, EastAsian } origin;
    const int o = r.below(100);
    origin = o < 70 ? Indonesian : (o < 85 ? European : EastAsian);
    QString asciiGiven, asciiFamily;
    const bool isCompany = r.chance(6);
    if (isCompany) {
        c.kind = CustomerKind::Company;
        c.displayName = origin == Indonesian ? indonesianCompany(r) : u(r.pick(kForeignCompanies));
        asciiFamily = QStringLiteral("info");
    } else if (origin == Indonesian) {
        const Name &g = r.pick(kIndoGiven);
        c.givenName = u(g.text);
        asciiGiven = QLatin1String(g.ascii);
        if (r.chance(85)) { // many Indonesians use a single name
            const Name &f = r.pick(kIndoFamily);
            c.familyName = u(f.text);
            asciiFamily = QLatin1String(f.ascii);
        }
        c.displayName = c.familyName.isEmpty() ? c.givenName : c.givenName + QLatin1Char(' ') + c.familyName;
    } else if (origin == European) {
        const Name &g = r.pick(kEuroGiven), &f = r.pick(kEuroFamily);
        c.givenName = u(g.text);
        c.familyName = u(f.text);
        asciiGiven = QLatin1String(g.ascii);
        asciiFamily = QLatin1String(f.ascii);
        c.displayName = c.givenName + QLatin1Char(' ') + c.familyName;
    } else {
        const Name &f = r.pick(kCjkFamily), &g = r.pick(kCjkGiven);
        c.familyName = u(f.text);
        c.givenName = u(g.text);
        asciiFamily = QLatin1String(f.ascii);
        asciiGiven = QLatin1String(g.ascii);
        c.displayName = c.familyName + c.givenName;
    }
    if (!isCompany && r.chance(45))
        c.companyName = origin == Indonesian || r.chance(30) ? indonesianCompany(r) : u(r.pick(kForeignCompanies));

    // E-mail: most have one, a few have two; the index keeps addresses distinct.
    if (r.chance(85)) {
        QString local = asciiGiven.isEmpty() ? asciiFamily
                        : asciiFamily.isEmpty() ? asciiGiven
                                                : asciiGiven + (r.chance(50) ? QStringLiteral(".") : QString()) + asciiFamily;
        local += QString::number(index % 100000);
        ContactPoint e;
        e.kind = ContactKind::Email;
        e.raw = (r.chance(10) ? local.toUpper() : local) + QLatin1Char('@') + QLatin1String(r.pick(kMailHosts));
        e.primary = true;
        e.label = QStringLiteral("work");
        c.contacts << e;
        if (r.chance(8)) {
            ContactPoint e2 = e;
            e2.raw = local + QStringLiteral("@gmail.com");
            e2.primary = false;
            e2.label = QStringLiteral("home");
            if (e2.raw.toLower() != e.raw.toLower())
                c.contacts << e2;
        }
    }
    // Phones: Indonesians almost always a +62 mobile (often on WhatsApp too); others sometimes foreign.
    if (r.chance(90)) {
        ContactPoint p;
        p.kind = ContactKind::Phone;
        p.raw = origin == Indonesian || r.chance(50) ? indonesianMobile(r) : foreignNumber(r);
        p.primary = true;
        p.label = QStringLiteral("mobile");
        c.contacts << p;
        if (r.chance(30)) {
            ContactPoint w = p;
            w.kind = ContactKind::WhatsApp;
            c.contacts << w;
        }
    }
    if (r.chance(90)) {
        const City &city = origin == Indonesian || r.chance(60) ? r.pick(kIndoCities) : r.pick(kForeignCities);
        Address a;
        a.label = isCompany ? QStringLiteral("kantor") : QStringLiteral("rumah");
        a.city = u(city.city);
        a.region = u(city.region);
        a.country = QLatin1String(city.country);
        if (a.country == QLatin1String("ID")) {
            a.street = QStringLiteral("%1 No. %2").arg(QLatin1String(r.pick(kStreets))).arg(1 + r.below(250));
            a.postalCode = QString::number(10000 + r.below(89999));
        }
        c.addresses << a;
    }
    const int tagCount = r.below(4) - 1; // none for half of them
    for (int i = 0; i < tagCount; ++i) {
        const QString t = QLatin1String(r.pick(kTags));
        if (!c.tags.contains(t))
            c.tags << t;
    }
    static const CustomerStatus statuses[] = {CustomerStatus::Lead, CustomerStatus::Prospect, CustomerStatus::Customer,
                                              CustomerStatus::Customer, CustomerStatus::Inactive};
    c.status = r.pick(statuses);
    if (r.chance(30))
        c.notes = u(r.pick(kNotes));
    c.source = r.chance(50) ? QStringLiteral("demo") : QString();
    return c;
}

Status DemoGenerator::addDetails(const QString &customerId, qint64 index, qint64 nowMs, DemoStats *stats)
{
    Rng r(m_seed * 0xC2B2AE3D27D4EB4Full ^ (quint64(index) * 0x165667B19E3779F9ull + 7));
    DealService deals(m_ctx);
    const int dealCount = 1 + r.below(2);
    const QString idr = QStringLiteral("IDR");
    qint64 unit = 1;
    for (int i = 0; i < Money::minorDigits(idr); ++i)
        unit *= 10;
    QString lastDealId;
    for (int i = 0; i < dealCount; ++i) {
        Deal d;
        d.customerId = customerId;
        d.title = QStringLiteral("%1 %2").arg(QLatin1String(r.pick(kDealItems))).arg(2024 + r.below(3));
        d.stage = DealService::stages().at(r.below(int(DealService::stages().size())));
        // Rp 500.000 to Rp 2.500.000.000, rounded to thousands.
        const qint64 rupiah = (500 + qint64(r.below(2500000))) * 1000;
        d.amount = Money(rupiah * unit, idr);
        d.expectedClose = nowMs + qint64(r.below(180) - 60) * kDayMs;
        d.probability = r.below(101);
        if (d.stage == QLatin1String("lost"))
            d.lostReason = QLatin1String(r.pick(kLostReasons));
        auto id = deals.create(d);
        if (!id) {
            // A deal the services refuse does not stop the customers and logs (reported once, counted).
            if (stats->dealErrors++ == 0)
                qCWarning(lcServices) << "demo: deal not created:" << id.error().message;
            continue;
        }
        lastDealId = *id;
        ++stats->deals;
    }

    InteractionService log(m_ctx);
    static const char *const directions[] = {"in", "out"};
    const int logCount = 1 + r.below(4);
    for (int i = 0; i < logCount; ++i) {
        Interaction e;
        e.customerId = customerId;
        e.channel = InteractionService::channels().at(r.below(int(InteractionService::channels().size())));
        e.direction = QLatin1String(r.pick(directions));
        e.occurredAt = nowMs - qint64(r.below(730)) * kDayMs - qint64(r.below(86400)) * 1000;
        if (e.channel == QLatin1String("call") || e.channel == QLatin1String("meeting") ||
            e.channel == QLatin1String("visit"))
            e.durationS = 60 + r.below(3600);
        e.subject = QLatin1String(r.pick(kSubjects));
        e.body = u(r.pick(kNotes));
        e.outcome = QLatin1String(r.pick(kOutcomes));
        auto id = log.add(e);
        if (!id)
            return id.error();
        ++stats->interactions;
    }

    if (r.chance(70)) {
        TaskService tasks(m_ctx);
        Task t;
        t.customerId = customerId;
        if (r.chance(50))
            t.dealId = lastDealId;
        t.title = QStringLiteral("Hubungi lagi: %1").arg(QLatin1String(r.pick(kSubjects)));
        t.dueAt = nowMs + qint64(r.below(60) - 20) * kDayMs; // a third of them overdue
        if (r.chance(50))
            t.reminderAt = t.dueAt - 3600 * 1000;
        auto id = tasks.add(t);
        if (!id)
            return id.error();
        ++stats->tasks;
        if (t.dueAt < nowMs && r.chance(40)) {
            if (Status s = tasks.complete(*id); !s)
                return s;
        }
    }
    return {};
}

Result<DemoStats> DemoGenerator::generate(qint64 count, const Progress &progress)
{
    DemoStats stats;
    CustomerService customers(m_ctx);
    const qint64 nowMs = m_ctx.clock().nowMs();
    const QString region = m_ctx.defaultRegion();
    const QString indexRegion = SearchIndex::indexRegion(m_ctx.db());
    // Making and normalising a batch (names, phone numbers, index tokens) is pure: the next batch is made on
    // a worker thread while this thread writes the current one.
    auto prepareBatch = [this, count, &region, &indexRegion](qint64 start) {
        const qint64 end = qMin(count, start + m_batchSize);
        QList<Customer> batch;
        batch.reserve(int(end - start));
        for (qint64 i = start; i < end; ++i)
            batch << customerAt(i);
        return CustomerService::prepare(batch, region, indexRegion);
    };
    std::optional<Result<PreparedCustomers>> next;
    if (count > 0)
        next.emplace(prepareBatch(0));
    for (qint64 start = 0; start < count; start += m_batchSize) {
        const qint64 end = qMin(count, start + m_batchSize);
        Result<PreparedCustomers> current = std::move(*next);
        next.reset();
        std::unique_ptr<QThread> worker;
        if (end < count) {
            worker.reset(QThread::create([&next, &prepareBatch, end] { next.emplace(prepareBatch(end)); }));
            worker->start();
        }
        // The worker only touches `next`; it is joined before any return.
        auto joined = [&worker]() {
            if (worker)
                worker->wait();
        };
        if (!current) {
            joined();
            return current.error();
        }
        // One transaction per batch: the customers and their details (each service call inside is a nested
        // WriteTransaction, a savepoint), so the details cost no commit of their own.
        WriteTransaction tx(m_ctx);
        if (!tx.isActive()) {
            joined();
            return tx.status().error();
        }
        auto ids = customers.createMany(std::move(*current));
        if (!ids) {
            joined();
            return ids.error();
        }
        DemoStats batchStats;
        batchStats.customers = ids->size();
        if (m_detailEvery > 0) {
            // The details only add records to this batch's customers: each customer's owner and sharing is
            // read once for its deals, logs and tasks (every call still checks the permission).
            CustomerAccess::Memo memo(m_ctx);
            for (qint64 i = start; i < end; ++i) {
                Rng pick(m_seed ^ (quint64(i) * 0xD6E8FEB86659FD93ull));
                if (pick.below(m_detailEvery) != 0)
                    continue;
                if (Status s = addDetails(ids->at(int(i - start)), i, nowMs, &batchStats); !s) {
                    joined();
                    return s.error();
                }
            }
        }
        if (Status s = tx.commit(); !s) {
            joined();
            return s.error();
        }
        stats.customers += batchStats.customers;
        stats.deals += batchStats.deals;
        stats.interactions += batchStats.interactions;
        stats.tasks += batchStats.tasks;
        stats.dealErrors += batchStats.dealErrors;
        joined();
        if (progress && !progress(end, count))
            return Error(ErrorCode::Cancelled, QStringLiteral("stopped after %1 of %2 customers").arg(end).arg(count));
    }
    // Many batches leave the full-text index in many small segments: merge them once (searches read fewer).
    if (count >= kOptimizeFrom) {
        if (Status s = SearchIndex::optimize(m_ctx.db()); !s)
            return s.error();
    }
    qCInfo(lcServices) << "demo data:" << stats.customers << "customers," << stats.deals << "deals,"
                       << stats.interactions << "logs," << stats.tasks << "tasks";
    return stats;
}

} // namespace relasi
