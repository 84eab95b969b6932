#pragma once

// Helpers shared by the QSQLCIPHER driver tests.
#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace relasi {
class SqlCipherDriver;
}

namespace relasi::test {

// A fresh name for each test connection.
QString nextConnectionName();
// A deterministic 32-byte raw key derived from `seed`.
QByteArray testKey(char seed);

// A named QSQLCIPHER connection that is closed and removed when it goes out of scope: unkeyed (with
// connect options) or keyed with a raw key.
struct DriverConnection {
    QString name = nextConnectionName();
    QSqlDatabase db;

    explicit DriverConnection(const QString &path, const QString &options = QString());
    DriverConnection(const QString &path, const QByteArray &key);
    ~DriverConnection();
    SqlCipherDriver *driver() const;
    DriverConnection(const DriverConnection &) = delete;
    DriverConnection &operator=(const DriverConnection &) = delete;
};

// Executes `sql`, REQUIREs success.
void run(QSqlDatabase &db, const QString &sql);
// The first column of the first row of `sql`, REQUIREs a row.
QVariant scalar(QSqlDatabase &db, const QString &sql);
// Resident set size in KiB from /proc/self/status, -1 when unreadable.
qint64 residentKiB();

} // namespace relasi::test
