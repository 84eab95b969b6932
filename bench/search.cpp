// Search-as-you-type latency: every prefix of 200 varied queries (names in several scripts, companies,
// phone fragments, e-mail prefixes) through CustomerSearch, p50/p95/p99 in ms.
//
//   relasi-bench-search [--customers N] [--data DIR] [--limit L]
//
// Without an existing DIR/bench.db, generates N customers (default 1,000,000) straight through SQL and
// SearchIndex::rebuildAll, encrypted with a fixed benchmark key (synthetic data only); later runs and
// relasi-bench-customer_model reuse it.
#include "BenchSupport.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "search/CustomerSearch.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "text/TextNormalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace relasi;

namespace {

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct Pools {
    QList<QStringList> given, family;
    QStringList companyWords, cities, noteWords, tags, domains;
    Pools()
    {
        given << words("Budi Siti Agus Dewi Wayan Putu Nur Rina Eka Fajar Hendra Joko Kartika Lestari Made Nyoman "
                       "Rizky Sri Taufik Yudi Bambang Citra Dian Gita Indah Surya Tri Wulan Yanti Ahmad")
              << words("José Łukasz Søren Zoë François Jürgen Małgorzata Đorđe Ana Pál Åsa Mário Inês Björn Zdeněk "
                       "Élodie Grzegorz Jiří Oğuz Ørjan")
              << words("田中 佐藤 鈴木 高橋 王 李 张 김 이 박 山本 中村 陈 刘 최 정")
              << words("John Mary James Patricia Robert Jennifer Michael Linda William Elizabeth David Susan Richard "
                       "Karen Thomas Sarah");
        family << words("Santoso Wijaya Hartono Kusuma Saputra Pratama Susanto Halim Gunawan Setiawan Nugroho Hidayat "
                        "Siregar Nasution Lubis Sihombing Suryadi Purnomo Wibowo Rahayu Sudirman Harahap Tanjung")
               << words("Álvarez Kowalski Østergaard Müller Dvořák Lefèvre Nowak Šimić Horváth Grünewald Łukaszewicz "
                        "Sørensen Gonçalves Öztürk Wójcik Đukić")
               << words("太郎 花子 翔太 美咲 伟 芳 민준 서연 지훈 영희 健一 さくら 明 静 현우 은지")
               << words("Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor Thomas Moore "
                        "Jackson Martin Lee");
        companyWords = words("Maju Jaya Abadi Sentosa Makmur Berkah Mandiri Sejahtera Sinar Cahaya Nusantara Global "
                             "Prima Utama Karya Teknik Logistik Niaga Boga Tekstil");
        cities = words("Jakarta Surabaya Bandung Medan Semarang Makassar Palembang Denpasar Yogyakarta Malang "
                       "Kraków München København Tōkyō Ōsaka 서울 北京 Singapore London Paris");
        noteWords = words("prefers morning calls interested in bulk pricing follow up after lebaran sent catalogue "
                          "asked for discount referral from trade fair wants delivery to warehouse pays on time");
        tags = words("VIP Grosir Reseller Distributor Retail Langganan Proyek Ekspor");
        domains = words("gmail.com yahoo.co.id outlook.com majujaya.co.id example.id mail.de firma.pl kaisha.jp");
    }
};

QString asciiHandle(const QString &name, int n)
{
    QString folded = TextNormalizer::fold(name);
    QString out;
    for (QChar c : folded) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
    }
    return out.isEmpty() ? QStringLiteral("user%1").arg(n) : out;
}

bool generate(QSqlDatabase &db, qint64 n)
{
    Pools pools;
    QRandomGenerator rng(4242);
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        return false;
    QSqlQuery c(db), p(db), a(db), t(db);
    c.prepare(QStringLiteral("INSERT INTO customers (id, display_name, sort_key, given_name, family_name, company_name, "
                             "owner_id, status, notes, last_contact_at, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    p.prepare(QStringLiteral("INSERT INTO contact_points (id, customer_id, kind, raw, normalized, is_primary, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, 1, 0, 0)"));
    a.prepare(QStringLiteral("INSERT INTO addresses (id, customer_id, city, country, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'ID', 0, 0)"));
    t.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_key, tag, created_at, updated_at) "
                             "VALUES (?, ?, ?, 0, 0)"));
    const QStringList statuses{QStringLiteral("lead"), QStringLiteral("prospect"), QStringLiteral("customer"),
                               QStringLiteral("inactive")};
    for (int u = 0; u < 20; ++u) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("INSERT INTO users (id, name, email, role, created_at, updated_at) VALUES "
                              "('user-%1', 'Sales Rep %1', 'rep%1@example.id', 'sales', 0, 0)")
                   .arg(u, 2, 10, QLatin1Char('0')));
    }
    const int scriptWeights[] = {30, 35, 15, 20};
    for (qint64 i = 0; i < n; ++i) {
        int roll = int(rng.bounded(100));
        int script = 0;
        while (roll >= scriptWeights[script]) {
            roll -= scriptWeights[script];
            ++script;
        }
        const QString given = pools.given[script].at(int(rng.bounded(pools.given[script].size())));
        const QString family = pools.family[script].at(int(rng.bounded(pools.family[script].size())));
        const bool cjk = script == 2;
        const QString name = cjk ? family.size() > 1 && given.size() == 1 ? given + family : given + QLatin1Char(' ') + family
                                 : given + QLatin1Char(' ') + family;
        QString company = QStringLiteral("");
        if (rng.bounded(100) < 60) {
            if (cjk)
                company = QStringLiteral("株式会社") + pools.family[2].at(int(rng.bounded(pools.family[2].size())));
            else
                company = QStringLiteral("PT ") + pools.companyWords.at(int(rng.bounded(pools.companyWords.size()))) +
                          QLatin1Char(' ') + pools.companyWords.at(int(rng.bounded(pools.companyWords.size())));
        }
        const QString id = QStringLiteral("bench-%1").arg(i, 8, 10, QLatin1Char('0'));
        QString notes = QStringLiteral("");
        if (rng.bounded(100) < 30) {
            for (int w = 0; w < 6; ++w)
                notes += pools.noteWords.at(int(rng.bounded(pools.noteWords.size()))) + QLatin1Char(' ');
        }
        c.addBindValue(id);
        c.addBindValue(name);
        c.addBindValue(TextNormalizer::fold(name));
        c.addBindValue(given);
        c.addBindValue(family);
        c.addBindValue(company);
        c.addBindValue(QStringLiteral("user-%1").arg(int(rng.bounded(20)), 2, 10, QLatin1Char('0')));
        c.addBindValue(statuses.at(int(rng.bounded(4))));
        c.addBindValue(notes);
        c.addBindValue(rng.bounded(3) == 0 ? QVariant(QMetaType::fromType<qint64>())
                                           : QVariant(qint64(1650000000000LL + qint64(rng.bounded(60000000)) * 1000)));
        c.addBindValue(qint64(1600000000000LL + i * 1000));
        c.addBindValue(qint64(1600000000000LL + i * 1000));
        if (!c.exec()) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(c.lastError().text()));
            return false;
        }
        const QString phone = QStringLiteral("+628%1%2").arg(1 + rng.bounded(9)).arg(qint64(rng.bounded(100000000)) + 100000000LL);
        p.addBindValue(QString(id + QStringLiteral("-p")));
        p.addBindValue(id);
        p.addBindValue(QStringLiteral("phone"));
        p.addBindValue(phone);
        p.addBindValue(phone);
        p.exec();
        const QString email = asciiHandle(given, int(i)).toLower() + QLatin1Char('.') +
                              asciiHandle(family, int(i)).toLower() + QString::number(rng.bounded(1000)) +
                              QLatin1Char('@') + pools.domains.at(int(rng.bounded(pools.domains.size())));
        p.addBindValue(QString(id + QStringLiteral("-e")));
        p.addBindValue(id);
        p.addBindValue(QStringLiteral("email"));
        p.addBindValue(email);
        p.addBindValue(email);
        p.exec();
        a.addBindValue(QString(id + QStringLiteral("-a")));
        a.addBindValue(id);
        a.addBindValue(pools.cities.at(int(rng.bounded(pools.cities.size()))));
        a.exec();
        if (rng.bounded(100) < 20) {
            const QString tag = pools.tags.at(int(rng.bounded(pools.tags.size())));
            t.addBindValue(id);
            t.addBindValue(TextNormalizer::fold(tag));
            t.addBindValue(tag);
            t.exec();
        }
        if (i % 100000 == 0)
            std::fprintf(stderr, "  %lld customers, %.1f s\n", i, timer.elapsed() / 1000.0);
    }
    if (!db.commit())
        return false;
    std::fprintf(stderr, "rows written in %.1f s; building the search index\n", timer.elapsed() / 1000.0);
    QElapsedTimer idx;
    idx.start();
    Status s = SearchIndex::rebuildAll(db, [](qint64 done, qint64 total) {
        if (done % 200000 < 4096)
            std::fprintf(stderr, "  indexed %lld / %lld\n", done, total);
        return true;
    });
    if (!s) {
        std::fprintf(stderr, "index: %s\n", qPrintable(s.error().message));
        return false;
    }
    std::fprintf(stderr, "index rebuilt in %.1f s (total %.1f s)\n", idx.elapsed() / 1000.0, timer.elapsed() / 1000.0);
    return true;
}

// 200 queries drawn from the data: names (Latin, accented, CJK), companies, phone fragments, e-mail prefixes.
QStringList makeQueries(QSqlDatabase &db)
{
    QStringList out;
    QRandomGenerator rng(77);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT max(docid) FROM customers"));
    q.next();
    const qint64 maxDocid = q.value(0).toLongLong();
    auto pick = [&](const QString &sql) {
        QSqlQuery r(db);
        r.prepare(sql);
        r.addBindValue(qint64(1 + rng.bounded(quint64(maxDocid))));
        r.exec();
        return r.next() ? r.value(0).toString() : QString();
    };
    for (int i = 0; i < 200; ++i) {
        QString query;
        switch (i % 5) {
        case 0:
            query = pick(QStringLiteral("SELECT display_name FROM customers WHERE docid >= ? LIMIT 1"));
            break;
        case 1:
            query = pick(QStringLiteral("SELECT family_name || ' ' || given_name FROM customers WHERE docid >= ? LIMIT 1"));
            break;
        case 2:
            query = pick(QStringLiteral("SELECT company_name FROM customers WHERE docid >= ? AND company_name <> '' LIMIT 1"));
            break;
        case 3: {
            const QString e164 = pick(QStringLiteral("SELECT p.normalized FROM customers c JOIN contact_points p ON "
                                                     "p.customer_id = c.id AND p.kind = 'phone' WHERE c.docid >= ? LIMIT 1"));
            // Typed as "0812 3456 7890" or "+62 812-3456-7890", partly.
            const QString national = QStringLiteral("0") + e164.mid(3);
            query = (i % 2 == 0) ? national.left(4) + QLatin1Char(' ') + national.mid(4, 4)
                                 : QStringLiteral("+62 ") + e164.mid(3, 3) + QLatin1Char('-') + e164.mid(6, 4);
            break;
        }
        default:
            query = pick(QStringLiteral("SELECT p.normalized FROM customers c JOIN contact_points p ON "
                                        "p.customer_id = c.id AND p.kind = 'email' WHERE c.docid >= ? LIMIT 1"))
                        .left(12);
            break;
        }
        out << query;
    }
    return out;
}

// CPU time of this process (the machine may be shared: wall time then includes waiting for a core).
double cpuMs()
{
    return bench::cpuSeconds() * 1e3;
}

using bench::percentile;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const qint64 customers = option(QStringLiteral("--customers"), QStringLiteral("1000000")).toLongLong();
    const QString dir = option(QStringLiteral("--data"), QStringLiteral("bench-data-%1").arg(customers));
    const int limit = option(QStringLiteral("--limit"), QStringLiteral("50")).toInt();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("bench.db"));
    const bool fresh = !QFileInfo::exists(path);

    // Synthetic data only: a fixed benchmark key (bytes 0..31), so both benchmarks can open the file.
    unsigned char raw[32];
    for (int i = 0; i < 32; ++i)
        raw[i] = static_cast<unsigned char>(i);
    const SecureBytes key = SecureBytes::copyOf(raw, sizeof raw);
    auto opened = Database::openKeyed(path, QStringLiteral("bench"), key,
                                      fresh ? Database::Mode::Create : Database::Mode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    QSqlDatabase db = *opened;
    if (auto m = Schema::migrate(db); !m) {
        std::fprintf(stderr, "migrate: %s\n", qPrintable(m.error().message));
        return 1;
    }
    if (fresh && !generate(db, customers))
        return 1;

    const QStringList queries = makeQueries(db);
    const QString loadAverage = bench::loadAverage();
    // Warm the page cache the way a session would: a few queries first.
    for (int i = 0; i < 10; ++i)
        (void)CustomerSearch::search(db, queries.at(i), limit, QString());

    std::vector<double> all, byKind[4];
    std::vector<std::pair<double, QString>> timed;
    std::vector<double> cpu;
    double worst = 0;
    QString worstText;
    QElapsedTimer timer;
    for (const QString &query : queries) {
        const auto kind = CustomerSearch::classify(query);
        for (int len = 1; len <= query.size(); ++len) {
            const QString typed = query.left(len);
            const double cpuBefore = cpuMs();
            timer.start();
            auto hits = CustomerSearch::search(db, typed, limit, QString());
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            cpu.push_back(cpuMs() - cpuBefore);
            if (!hits) {
                std::fprintf(stderr, "search failed for %s: %s\n", qPrintable(typed), qPrintable(hits.error().message));
                return 1;
            }
            all.push_back(ms);
            timed.push_back({ms, typed});
            byKind[int(kind)].push_back(ms);
            if (ms > worst) {
                worst = ms;
                worstText = typed;
            }
        }
    }
    QSqlQuery count(db);
    count.exec(QStringLiteral("SELECT count(*) FROM customers"));
    count.next();
    std::printf("{\"customers\":%lld,\"queries\":%lld,\"n\":%zu,\"limit\":%d,\"p50_ms\":%.2f,\"p95_ms\":%.2f,"
                "\"p99_ms\":%.2f,\"max_ms\":%.2f}\n",
                count.value(0).toLongLong(), qint64(queries.size()), all.size(), limit, percentile(all, 0.5),
                percentile(all, 0.95), percentile(all, 0.99), worst);
    std::printf("  cpu time: p50 %.2f  p95 %.2f  p99 %.2f ms; load average at start %s\n", percentile(cpu, 0.5),
                percentile(cpu, 0.95), percentile(cpu, 0.99), qPrintable(loadAverage));
    const char *names[] = {"empty", "text", "phone", "email"};
    for (int k = 1; k < 4; ++k) {
        if (!byKind[k].empty())
            std::printf("  %-5s n=%-5zu p50 %.2f  p95 %.2f  p99 %.2f ms\n", names[k], byKind[k].size(),
                        percentile(byKind[k], 0.5), percentile(byKind[k], 0.95), percentile(byKind[k], 0.99));
    }
    std::sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::printf("  slowest:");
    for (size_t i = 0; i < std::min<size_t>(12, timed.size()); ++i)
        std::printf(" \"%s\" %.1f;", qPrintable(timed[i].second), timed[i].first);
    std::printf("\n");
    count.finish();
    count = QSqlQuery();
    db = QSqlDatabase();
    Database::close(QStringLiteral("bench"));
    return 0;
}
