#include "test_search_fixture.h"

#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "text/TextNormalizer.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace relasi::test {

namespace {
// The domain columns are NOT NULL DEFAULT '': a null QString would bind as NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

SearchFixture::SearchFixture(const QString &connectionName) : m_connectionName(connectionName)
{
    auto opened = Database::openPlain(m_dir.filePath(QStringLiteral("test.db")), connectionName);
    REQUIRE(opened.ok());
    m_db = *opened;
    auto migrated = Schema::migrate(m_db);
    REQUIRE(migrated.ok());
    exec(QStringLiteral("INSERT OR REPLACE INTO business_profile (id, country, updated_at) VALUES (1, 'ID', 0)"));
    addUser(QStringLiteral("u-owner"), QStringLiteral("Olivia Owner"), QStringLiteral("owner"));
    m_ok = true;
}

SearchFixture::~SearchFixture()
{
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
}

void SearchFixture::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    const bool done = q.exec(sql);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(done);
}

void SearchFixture::addUser(const QString &id, const QString &name, const QString &role)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (id, name, email, role, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(QString(id + QStringLiteral("@example.test")));
    q.addBindValue(role);
    REQUIRE(q.exec());
}

QString SearchFixture::addCustomer(const CustomerSpec &spec)
{
    const int n = ++m_next;
    const QString id = QStringLiteral("c-%1").arg(n, 8, 10, QLatin1Char('0'));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO customers (id, cl, created_at, updated_at, display_name, sort_key, given_name, "
                             "family_name, company_name, owner_id, status, notes, last_contact_at) "
                             "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(spec.createdAt ? spec.createdAt : qint64(n));
    q.addBindValue(qint64(n));
    q.addBindValue(notNull(spec.displayName));
    q.addBindValue(notNull(TextNormalizer::fold(spec.displayName)));
    q.addBindValue(notNull(spec.givenName));
    q.addBindValue(notNull(spec.familyName));
    q.addBindValue(notNull(spec.companyName));
    q.addBindValue(spec.ownerId);
    q.addBindValue(spec.status);
    q.addBindValue(notNull(spec.notes));
    q.addBindValue(spec.lastContactAt ? QVariant(spec.lastContactAt) : QVariant(QMetaType::fromType<qint64>()));
    REQUIRE(q.exec());

    auto addPoint = [&](const QString &kind, const QString &value, int index) {
        QSqlQuery p(m_db);
        p.prepare(QStringLiteral("INSERT INTO contact_points (id, created_at, updated_at, customer_id, kind, raw, "
                                 "normalized, is_primary) VALUES (?, 0, 0, ?, ?, ?, ?, ?)"));
        p.addBindValue(QStringLiteral("%1-%2-%3").arg(id, kind).arg(index));
        p.addBindValue(id);
        p.addBindValue(kind);
        p.addBindValue(value);
        p.addBindValue(value);
        p.addBindValue(index == 0 ? 1 : 0);
        REQUIRE(p.exec());
    };
    for (int i = 0; i < spec.phones.size(); ++i)
        addPoint(QStringLiteral("phone"), spec.phones.at(i), i);
    for (int i = 0; i < spec.emails.size(); ++i)
        addPoint(QStringLiteral("email"), spec.emails.at(i), i);
    if (!spec.city.isEmpty()) {
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("INSERT INTO addresses (id, created_at, updated_at, customer_id, city, country) "
                                 "VALUES (?, 0, 0, ?, ?, 'ID')"));
        a.addBindValue(QString(id + QStringLiteral("-a")));
        a.addBindValue(id);
        a.addBindValue(spec.city);
        REQUIRE(a.exec());
    }
    for (int i = 0; i < spec.tags.size(); ++i) {
        QSqlQuery t(m_db);
        t.prepare(QStringLiteral("INSERT INTO customer_tags (created_at, updated_at, customer_id, tag_key, tag) "
                                 "VALUES (0, 0, ?, ?, ?)"));
        t.addBindValue(id);
        t.addBindValue(TextNormalizer::fold(spec.tags.at(i)));
        t.addBindValue(spec.tags.at(i));
        REQUIRE(t.exec());
    }
    REQUIRE(SearchIndex::reindexCustomer(m_db, id).ok());
    return id;
}

void SearchFixture::share(const QString &customerId, const QString &userId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO customer_shares (created_at, updated_at, customer_id, user_id) "
                             "VALUES (0, 0, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(userId);
    REQUIRE(q.exec());
}

void SearchFixture::markDeleted(const QString &customerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE customers SET cl = cl + 1 WHERE id = ?"));
    q.addBindValue(customerId);
    REQUIRE(q.exec());
    REQUIRE(SearchIndex::reindexCustomer(m_db, customerId).ok());
}

} // namespace relasi::test
