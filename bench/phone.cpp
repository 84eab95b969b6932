// relasi-bench-phone: cost of phone normalisation (libphonenumber) over generated mixed-format numbers.
// Prints figures; build in Release. Usage: relasi-bench-phone [COUNT]   (default 200000)
#include "BenchSupport.h"
#include "domain/PhoneNormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <random>

using namespace relasi;

namespace {

QString digits(std::mt19937 &rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(QChar(u'0' + int(rng() % 10)));
    return s;
}

// Indonesian mobile and landline numbers in the formats seen in imported spreadsheets, some foreign
// numbers, and a little garbage.
QString generate(std::mt19937 &rng)
{
    static const char *mobilePrefixes[] = {"811", "812", "813", "821", "822", "852", "853", "856", "857", "858",
                                           "877", "878", "881", "895", "896"};
    static const char *areaCodes[] = {"21", "22", "24", "31", "61", "274", "361", "411"};
    const unsigned kind = rng() % 100;
    if (kind < 70) {
        const QString p = QString::fromLatin1(mobilePrefixes[rng() % 15]);
        const QString a = digits(rng, 4);
        const QString b = digits(rng, 3 + int(rng() % 2));
        switch (rng() % 6) {
        case 0: return QStringLiteral("0%1-%2-%3").arg(p, a, b);
        case 1: return QStringLiteral("0%1%2%3").arg(p, a, b);
        case 2: return QStringLiteral("+62 %1 %2 %3").arg(p, a, b);
        case 3: return QStringLiteral("+62-%1-%2-%3").arg(p, a, b);
        case 4: return QStringLiteral("62%1%2%3").arg(p, a, b);
        default: return QStringLiteral("(+62) %1 %2%3").arg(p, a, b);
        }
    }
    if (kind < 88) {
        const QString area = QString::fromLatin1(areaCodes[rng() % 8]);
        const QString n = digits(rng, 7);
        switch (rng() % 3) {
        case 0: return QStringLiteral("(0%1) %2").arg(area, n);
        case 1: return QStringLiteral("0%1-%2").arg(area, n);
        default: return QStringLiteral("+62 %1 %2").arg(area, n);
        }
    }
    if (kind < 97) {
        switch (rng() % 4) {
        case 0: return QStringLiteral("+65 6%1 %2").arg(digits(rng, 3), digits(rng, 4));
        case 1: return QStringLiteral("+1 650-%1-%2").arg(digits(rng, 3), digits(rng, 4));
        case 2: return QStringLiteral("+44 20 7%1 %2").arg(digits(rng, 3), digits(rng, 4));
        default: return QStringLiteral("+60 12-%1 %2").arg(digits(rng, 3), digits(rng, 4));
        }
    }
    return rng() % 2 ? digits(rng, 3) : QStringLiteral("n/a");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    std::mt19937 rng(20240601);
    QStringList numbers;
    numbers.reserve(count);
    for (int i = 0; i < count; ++i)
        numbers.append(generate(rng));

    // Wall time and this process's CPU time: on a loaded machine the CPU figure is the one to compare.
    QElapsedTimer timer;
    const double cpuStart = bench::cpuSeconds();
    timer.start();
    int valid = 0;
    QStringList e164;
    e164.reserve(count);
    for (const QString &n : numbers) {
        const auto r = PhoneNormalizer::toE164(n);
        if (r.ok()) {
            ++valid;
            e164.append(*r);
        }
    }
    const qint64 toE164Ns = timer.nsecsElapsed();
    const qint64 toE164CpuNs = qint64((bench::cpuSeconds() - cpuStart) * 1e9);

    timer.restart();
    qsizetype forms = 0;
    for (const QString &e : e164)
        forms += PhoneNormalizer::searchDigitForms(e, QStringLiteral("ID")).size();
    const qint64 formsNs = timer.nsecsElapsed();

    auto micros = [](qint64 ns, qint64 n) { return QStringLiteral("%1.%2").arg(ns / n / 1000).arg(ns / n % 1000 / 10, 2, 10, QLatin1Char('0')); };
    const QString json = QStringLiteral("{\"numbers\":%1,\"valid\":%2,\"toE164_total_ms\":%3,\"toE164_us_per_number\":%4,"
                                        "\"toE164_cpu_us_per_number\":%5,\"searchDigitForms_us_per_number\":%6,"
                                        "\"digit_forms\":%7,\"load\":\"%8\"}")
                             .arg(count)
                             .arg(valid)
                             .arg(toE164Ns / 1000000)
                             .arg(micros(toE164Ns, count), micros(toE164CpuNs, count),
                                  micros(formsNs, qMax(1, valid)))
                             .arg(forms)
                             .arg(bench::loadAverage());
    std::printf("%s\n", json.toUtf8().constData());
    return 0;
}
