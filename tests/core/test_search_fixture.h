#pragma once

// Shared by the [search] and [models] tests: a plain (unkeyed) database at the latest schema and a few
// helpers that write rows directly (the services are tested elsewhere; these tests are about reading).

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace relasi::test {

struct CustomerSpec {
    QString displayName;
    QString givenName;
    QString familyName;
    QString companyName;
    QString ownerId = QStringLiteral("u-owner");
    QString status = QStringLiteral("customer");
    QString notes;
    QStringList phones; // E.164
    QStringList emails; // normalised
    QString city;
    QStringList tags;
    qint64 createdAt = 0;
    qint64 lastContactAt = 0; // 0: never
};

class SearchFixture
{
public:
    explicit SearchFixture(const QString &connectionName = QStringLiteral("search-fixture"));
    ~SearchFixture();

    QSqlDatabase &db() { return m_db; }
    bool ok() const { return m_ok; }

    // Inserts the customer and its child rows, then SearchIndex::reindexCustomer. Returns the id.
    QString addCustomer(const CustomerSpec &spec);
    void addUser(const QString &id, const QString &name, const QString &role);
    void share(const QString &customerId, const QString &userId);
    void markDeleted(const QString &customerId);
    // Runs SQL that must succeed (REQUIREs it).
    void exec(const QString &sql);

private:
    QTemporaryDir m_dir;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_ok = false;
    int m_next = 0;
};

} // namespace relasi::test
