#include "core/DriverTestSupport.h"

#include "storage/SqlCipherDriver.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi::test {

QString nextConnectionName()
{
    static int counter = 0;
    return QStringLiteral("driver-test-%1").arg(++counter);
}

QByteArray testKey(char seed)
{
    QByteArray key(32, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(seed + i * 7);
    return key;
}

DriverConnection::DriverConnection(const QString &path, const QString &options)
{
    registerSqlCipherDriver();
    db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
}

DriverConnection::DriverConnection(const QString &path, const QByteArray &key)
{
    auto *driver = new SqlCipherDriver();
    driver->setRawKey(reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
}

DriverConnection::~DriverConnection()
{
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

SqlCipherDriver *DriverConnection::driver() const
{
    return static_cast<SqlCipherDriver *>(db.driver());
}

void run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(ok);
    REQUIRE(q.next());
    return q.value(0);
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace relasi::test
