#include "io/import/StoredDuplicateFinder.h"

#include "storage/Database.h"

#include <QSqlError>

namespace relasi {

namespace {

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 2);
    for (int i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return s;
}

} // namespace

StoredDuplicateFinder::StoredDuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) {}

StoredDuplicateFinder::~StoredDuplicateFinder() = default;

Status StoredDuplicateFinder::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers)")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading the customers"));
    m_empty = q.value(0).toLongLong() == 0;
    return {};
}

Status StoredDuplicateFinder::findIn(QSqlQuery &query, const QString &kind, const QStringList &values, QChar prefix,
                                     QHash<QString, QString> &out)
{
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        int bind = 0;
        if (!kind.isEmpty())
            query.bindValue(bind++, kind);
        for (int i = 0; i < kChunk; ++i) {
            // A short last chunk repeats its first value: one statement serves every chunk.
            const qsizetype at = from + i < values.size() ? from + i : from;
            query.bindValue(bind++, values.at(at));
        }
        ++m_queries;
        if (!query.exec())
            return Database::errorFrom(query.lastError(), QStringLiteral("looking for duplicates"));
        while (query.next()) {
            const QString key = prefix + QLatin1Char(':') + query.value(0).toString();
            if (!out.contains(key))
                out.insert(key, query.value(1).toString());
        }
        query.finish();
    }
    return {};
}

Result<QString> StoredDuplicateFinder::findByName(const QString &value)
{
    if (!m_byName) {
        m_byName = std::make_unique<QSqlQuery>(m_db);
        m_byName->prepare(QStringLiteral("SELECT id, display_name, company_name FROM customers WHERE cl % 2 = 1 "
                                         "AND display_name = ? COLLATE NOCASE LIMIT 20"));
    }
    const QStringList parts = value.split(QLatin1Char('\x1f'));
    m_byName->bindValue(0, parts.value(0));
    ++m_queries;
    if (!m_byName->exec())
        return Database::errorFrom(m_byName->lastError(), QStringLiteral("looking for duplicates"));
    QString found;
    while (m_byName->next()) {
        if (m_byName->value(2).toString().simplified().toCaseFolded() == parts.value(1)) {
            found = m_byName->value(0).toString();
            break;
        }
    }
    m_byName->finish();
    return found;
}

Result<QHash<QString, QString>> StoredDuplicateFinder::find(const QStringList &keys)
{
    QHash<QString, QString> out;
    if (m_empty || keys.isEmpty())
        return out;
    QStringList emails, phones, externals, names;
    for (const QString &key : keys) {
        if (key.size() < 2)
            continue;
        switch (key.at(0).unicode()) {
        case 'e':
            emails << key.mid(2);
            break;
        case 'p':
            phones << key.mid(2);
            break;
        case 'x':
            externals << key.mid(2);
            break;
        default:
            names << key.mid(2);
            break;
        }
    }
    if (!emails.isEmpty() || !phones.isEmpty()) {
        if (!m_byContact) {
            m_byContact = std::make_unique<QSqlQuery>(m_db);
            m_byContact->setForwardOnly(true);
            if (!m_byContact->prepare(QStringLiteral("SELECT cp.normalized, cp.customer_id FROM contact_points cp "
                                                     "JOIN customers c ON c.id = cp.customer_id WHERE cp.kind = ? "
                                                     "AND cp.normalized IN (%1) AND cp.cl % 2 = 1 AND c.cl % 2 = 1")
                                          .arg(placeholders(kChunk))))
                return Database::errorFrom(m_byContact->lastError(), QStringLiteral("looking for duplicates"));
        }
        if (Status s = findIn(*m_byContact, QStringLiteral("email"), emails, QLatin1Char('e'), out); !s)
            return s.error();
        if (Status s = findIn(*m_byContact, QStringLiteral("phone"), phones, QLatin1Char('p'), out); !s)
            return s.error();
    }
    if (!externals.isEmpty()) {
        if (!m_byExternal) {
            m_byExternal = std::make_unique<QSqlQuery>(m_db);
            m_byExternal->setForwardOnly(true);
            if (!m_byExternal->prepare(QStringLiteral("SELECT external_id, id FROM customers WHERE external_id IN (%1) "
                                                      "AND cl % 2 = 1")
                                           .arg(placeholders(kChunk))))
                return Database::errorFrom(m_byExternal->lastError(), QStringLiteral("looking for duplicates"));
        }
        if (Status s = findIn(*m_byExternal, QString(), externals, QLatin1Char('x'), out); !s)
            return s.error();
    }
    for (const QString &name : std::as_const(names)) {
        const QString key = QStringLiteral("n:") + name;
        if (out.contains(key))
            continue;
        auto found = findByName(name);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            out.insert(key, *found);
    }
    return out;
}

} // namespace relasi
