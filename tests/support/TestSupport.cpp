#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace relasi::test {

void prepareTestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("RELASI_TEST_KDF"))
        qputenv("RELASI_TEST_KDF", "floor");
}

QString sharedTestdataDir()
{
    QString dir = qEnvironmentVariable("RELASI_TESTDATA");
    if (dir.isEmpty())
        dir = QStringLiteral(RELASI_SOURCE_DIR "/../shared/testdata");
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString projectTestdataDir()
{
    return QStringLiteral(RELASI_SOURCE_DIR "/tests/data");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace relasi::test
