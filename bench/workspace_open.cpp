// Unlock and open times of an encrypted workspace: the Argon2id step (calibrated as for a real user, or the
// floor) and the SQLCipher open with the raw data key, separately. Prints medians over N runs.
//   relasi-bench-workspace_open [runs=5]
#include "BenchSupport.h"
#include "crypto/SecureBytes.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm> // std::max
#include <vector>

using namespace relasi;

using bench::median;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    QTemporaryDir tmp;
    const QString directory = tmp.filePath(QStringLiteral("ws"));
    const SecureBytes password = bench::benchPassword();
    QElapsedTimer t;
    t.start();
    const Status created = bench::createWorkspace(directory);
    if (!created) {
        out << "create failed: " << created.error().message << "\n";
        return 1;
    }
    const double createMs = t.nsecsElapsed() / 1e6;

    std::vector<double> unlockMs, openMs, totalMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer a;
        a.start();
        auto token = Workspace::unlock(directory, Credentials(), password);
        const double u = a.nsecsElapsed() / 1e6;
        if (!token) {
            out << "unlock failed: " << token.error().message << "\n";
            return 1;
        }
        QElapsedTimer b;
        b.start();
        auto ws = Workspace::open(std::move(token).value());
        const double o = b.nsecsElapsed() / 1e6;
        if (!ws) {
            out << "open failed: " << ws.error().message << "\n";
            return 1;
        }
        unlockMs.push_back(u);
        openMs.push_back(o);
        totalMs.push_back(u + o);
        (*ws)->lock();
    }
    const QString kdf = qEnvironmentVariable("RELASI_TEST_KDF") == QLatin1String("floor")
                            ? QStringLiteral("floor (opslimit 3, 64 MiB)")
                            : QStringLiteral("calibrated to ~0.5 s");
    out << "workspace create (2 slots, " << kdf << "): " << QString::number(createMs, 'f', 1) << " ms\n";
    out << "median of " << runs << " runs:\n";
    out << "  unlock (Argon2id + unwrap + vault MAC): " << QString::number(median(unlockMs), 'f', 1) << " ms\n";
    out << "  open (SQLCipher raw key + pragmas + schema check + user): " << QString::number(median(openMs), 'f', 2)
        << " ms\n";
    out << "  total: " << QString::number(median(totalMs), 'f', 1) << " ms\n";
    out << "load average: " << bench::loadAverage() << "\n";
    return 0;
}
