#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace relasi::test {

// Sets what every test process needs: the Argon2id floor parameters instead of a 0.5 s calibration
// (RELASI_TEST_KDF=floor; the floor is the production minimum, never weaker), quiet logging.
void prepareTestEnvironment();

// ../shared/testdata beside the checkout, or $RELASI_TESTDATA. Empty when absent: tests then SKIP visibly.
QString sharedTestdataDir();

// tests/data inside the project.
QString projectTestdataDir();

// Whole file as bytes (empty on failure).
QByteArray readAll(const QString &path);

// SHA-256 hex of a file's bytes, for "nothing changed on disk" checks.
QByteArray fileSha256(const QString &path);

} // namespace relasi::test

// Skip a test visibly (Catch2 v2 has no SKIP): prints the reason and returns.
#define RELASI_SKIP(reason)                                                                                            \
    do {                                                                                                               \
        WARN("SKIPPED: " << (reason));                                                                                 \
        return;                                                                                                        \
    } while (false)
