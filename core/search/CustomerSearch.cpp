#include "search/CustomerSearch.h"

#include "common/Logging.h"
#include "domain/PhoneNormalizer.h"
#include "storage/Database.h"
#include "text/TextNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <string>

namespace relasi {

namespace {

// Fewer phone digits than this match nearly every number: no result until more is typed.
constexpr int kMinPhoneDigits = 3;
// From this many digits on, a prefix in the FTS phones column is selective enough to be cheap (shorter
// digit prefixes expand to up to a million distinct terms there, see docs/search.md); below it the
// ordinary index on contact_points(kind, normalized) serves the search.
constexpr int kMinFtsPhoneDigits = 7;
// How many FTS candidates are read per wanted hit when single-letter words must be checked by hand.
constexpr int kCandidateFactor = 20;

const QString kSelectCustomer = QStringLiteral("c.rowid, c.id, c.display_name, c.company_name");

QString visibilityClause(const QString &userId)
{
    if (userId.isEmpty())
        return {};
    return QStringLiteral(" AND (c.owner_id = :user OR EXISTS (SELECT 1 FROM customer_shares s "
                          "WHERE s.customer_id = c.id AND s.user_id = :user AND s.cl % 2 = 1))");
}

// Collects hits in rank order without duplicates.
class HitList
{
public:
    explicit HitList(int limit) : m_limit(limit) {}
    bool full() const { return m_hits.size() >= m_limit; }
    int missing() const { return m_limit - int(m_hits.size()); }
    int size() const { return int(m_hits.size()); }
    bool contains(qint64 rowId) const { return m_seen.contains(rowId); }
    void add(const QSqlQuery &q, SearchHit::Field field)
    {
        const qint64 rowId = q.value(0).toLongLong();
        if (full() || m_seen.contains(rowId))
            return;
        m_seen.insert(rowId);
        SearchHit hit;
        hit.rowId = rowId;
        hit.customerId = q.value(1).toString();
        hit.displayName = q.value(2).toString();
        hit.companyName = q.value(3).toString();
        hit.field = field;
        m_hits << hit;
    }
    QList<SearchHit> take() { return std::move(m_hits); }

private:
    int m_limit;
    QList<SearchHit> m_hits;
    QSet<qint64> m_seen;
};

class Searcher
{
public:
    Searcher(QSqlDatabase &db, int limit, const QString &userId) : m_db(db), m_hits(limit), m_userId(userId) {}

    HitList &hits() { return m_hits; }

    // customers_fts MATCH expression; `letters`: single-letter prefixes the hit's `column` text must also
    // have a word starting with (they are kept out of the MATCH, where they would expand to huge term lists).
    Status fts(const QString &match, const QStringList &letters, const QString &column, SearchHit::Field field)
    {
        if (m_hits.full())
            return {};
        const int wanted = m_hits.missing() + m_hits.size();
        const QString textColumn = column.isEmpty() ? QStringLiteral("f.name || ' ' || f.company || ' ' || f.phones || "
                                                                     "' ' || f.place || ' ' || f.tags || ' ' || f.notes")
                                                    : QStringLiteral("f.") + column;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + kSelectCustomer + QStringLiteral(", ") + textColumn +
                  QStringLiteral(" FROM customers_fts f CROSS JOIN customers c ON c.rowid = f.docid "
                                 "WHERE f.customers_fts MATCH :match AND c.cl % 2 = 1") +
                  visibilityClause(m_userId) + QStringLiteral(" LIMIT :limit"));
        q.bindValue(QStringLiteral(":match"), match);
        if (!m_userId.isEmpty())
            q.bindValue(QStringLiteral(":user"), m_userId);
        q.bindValue(QStringLiteral(":limit"), letters.isEmpty() ? wanted : wanted * kCandidateFactor);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("searching customers"));
        while (!m_hits.full() && q.next()) {
            if (!letters.isEmpty() && !hasWordsStartingWith(q.value(4).toString(), letters))
                continue;
            m_hits.add(q, field);
        }
        return {};
    }

    // Range scan of the index on contact_points(kind, normalized) for values starting with `prefix`.
    Status contactPrefix(const QStringList &kinds, const QString &prefix, SearchHit::Field field)
    {
        if (m_hits.full() || prefix.isEmpty())
            return {};
        for (const QString &kind : kinds) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT ") + kSelectCustomer +
                      QStringLiteral(" FROM contact_points p CROSS JOIN customers c ON c.id = p.customer_id "
                                     "WHERE p.kind = :kind AND p.normalized >= :low AND p.normalized < :high "
                                     "AND p.cl % 2 = 1 AND c.cl % 2 = 1") +
                      visibilityClause(m_userId) + QStringLiteral(" LIMIT :limit"));
            q.bindValue(QStringLiteral(":kind"), kind);
            q.bindValue(QStringLiteral(":low"), prefix);
            q.bindValue(QStringLiteral(":high"), QString(prefix + QChar(0xFFFF)));
            if (!m_userId.isEmpty())
                q.bindValue(QStringLiteral(":user"), m_userId);
            // A customer may have several matching points: read a few more than needed.
            q.bindValue(QStringLiteral(":limit"), 2 * (m_hits.missing() + m_hits.size()));
            if (!q.exec())
                return Database::errorFrom(q.lastError(), QStringLiteral("searching contact points"));
            while (!m_hits.full() && q.next())
                m_hits.add(q, field);
        }
        return {};
    }

    // Customers whose display name starts with `letter` (case-insensitive), through the name index.
    Status nameInitial(QChar letter)
    {
        if (m_hits.full())
            return {};
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + kSelectCustomer +
                  QStringLiteral(" FROM customers c WHERE c.display_name >= :low COLLATE NOCASE "
                                 "AND c.display_name < :high COLLATE NOCASE AND c.cl % 2 = 1") +
                  visibilityClause(m_userId) + QStringLiteral(" ORDER BY c.display_name COLLATE NOCASE LIMIT :limit"));
        q.bindValue(QStringLiteral(":low"), QString(letter));
        q.bindValue(QStringLiteral(":high"), QString(QChar(letter.unicode() + 1)));
        if (!m_userId.isEmpty())
            q.bindValue(QStringLiteral(":user"), m_userId);
        q.bindValue(QStringLiteral(":limit"), m_hits.missing() + m_hits.size());
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("searching customer names"));
        while (!m_hits.full() && q.next())
            m_hits.add(q, SearchHit::Field::Name);
        return {};
    }

private:
    static bool hasWordsStartingWith(const QString &indexedText, const QStringList &letters)
    {
        const QStringList words = indexedText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &letter : letters) {
            bool found = false;
            for (const QString &word : words) {
                if (word.startsWith(letter)) {
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }

    QSqlDatabase &m_db;
    HitList m_hits;
    QString m_userId;
};

QString regionOf(QSqlDatabase &db, const QString &given)
{
    if (!given.isEmpty())
        return given;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT country FROM business_profile WHERE id = 1")) && q.next() &&
        !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return QStringLiteral("ID");
}

// E.164 prefixes ("+628123") a typed digit fragment can be the start of.
QStringList e164Prefixes(const QString &typed, const QString &digits, const QString &region)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string regionCode = region.toUpper().toStdString();
    const QString countryCode = QString::number(util->GetCountryCodeForRegion(regionCode));
    std::string ndd;
    util->GetNddPrefixForRegion(regionCode, true, &ndd);
    const QString trunk = QString::fromStdString(ndd);
    const QString plus = QStringLiteral("+");

    if (typed.trimmed().startsWith(QLatin1Char('+')) || typed.trimmed().startsWith(QChar(0xFF0B)))
        return {plus + digits};
    if (digits.startsWith(QLatin1String("00")))
        return {plus + digits.mid(2)};
    if (!trunk.isEmpty() && digits.startsWith(trunk))
        return {plus + countryCode + digits.mid(trunk.size())};
    // Neither trunk nor '+': the national number without its trunk prefix, or international digits.
    return {plus + countryCode + digits, plus + digits};
}

} // namespace

CustomerSearch::QueryKind CustomerSearch::classify(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QueryKind::Empty;
    if (text.contains(QLatin1Char('@')) || text.contains(QChar(0xFF20)))
        return QueryKind::Email;
    int digits = 0;
    int others = 0;
    for (const QChar ch : text) {
        if (ch.isDigit())
            ++digits;
        else if (ch.isSpace())
            continue;
        else if (QStringLiteral("+-().").contains(ch) || ch == QChar(0xFF0B))
            ++others;
        else
            return QueryKind::Text;
    }
    return digits > 0 && digits >= others ? QueryKind::Phone : QueryKind::Text;
}

Result<QList<SearchHit>> CustomerSearch::search(QSqlDatabase &db, const QString &typed, int limit,
                                                const QString &visibleToUserId, const QString &givenRegion)
{
    const QueryKind kind = classify(typed);
    if (kind == QueryKind::Empty || limit <= 0)
        return QList<SearchHit>{};
    Searcher searcher(db, limit, visibleToUserId);
    const QStringList phoneKinds{QStringLiteral("phone"), QStringLiteral("whatsapp")};

    if (kind == QueryKind::Email) {
        Status s = searcher.contactPrefix({QStringLiteral("email")}, typed.trimmed().toLower(), SearchHit::Field::Email);
        if (!s)
            return s.error();
        return searcher.hits().take();
    }

    if (kind == QueryKind::Phone) {
        const QString region = regionOf(db, givenRegion);
        const QString digits = PhoneNormalizer::digitsForQuery(typed, region);
        if (digits.size() < kMinPhoneDigits)
            return QList<SearchHit>{};
        for (const QString &prefix : e164Prefixes(typed, digits, region)) {
            Status s = searcher.contactPrefix(phoneKinds, prefix, SearchHit::Field::Phone);
            if (!s)
                return s.error();
        }
        if (digits.size() >= kMinFtsPhoneDigits) {
            // Other forms (a foreign number as dialled from here) live only in the index.
            Status s = searcher.fts(QStringLiteral("phones:") + digits + QLatin1Char('*'), {}, QString(),
                                    SearchHit::Field::Phone);
            if (!s)
                return s.error();
        }
        return searcher.hits().take();
    }

    // Text: split the prefix terms into the ones FTS serves cheaply and single letters (checked by hand).
    QStringList terms;
    QStringList letters;
    for (const QString &term : TextNormalizer::ftsQuery(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool singleLetter = term.size() == 2 && term.endsWith(QLatin1Char('*')) &&
                                  !TextNormalizer::isCjk(term.at(0).unicode());
        if (singleLetter)
            letters << term.left(1);
        else
            terms << term;
    }
    if (terms.isEmpty() && letters.isEmpty())
        return QList<SearchHit>{};
    if (terms.isEmpty()) {
        Status s = searcher.nameInitial(letters.first().at(0));
        if (!s)
            return s.error();
        return searcher.hits().take();
    }
    auto qualified = [&terms](const QString &column) {
        QStringList out;
        for (const QString &t : terms)
            out << column + QLatin1Char(':') + t;
        return out.join(QLatin1Char(' '));
    };
    Status s = searcher.fts(qualified(QStringLiteral("name")), letters, QStringLiteral("name"), SearchHit::Field::Name);
    if (s)
        s = searcher.fts(qualified(QStringLiteral("company")), letters, QStringLiteral("company"),
                         SearchHit::Field::Company);
    const QString single = typed.trimmed();
    if (s && letters.isEmpty() && !single.contains(QLatin1Char(' ')) && single.size() >= 2)
        s = searcher.contactPrefix({QStringLiteral("email")}, single.toLower(), SearchHit::Field::Email);
    if (s)
        s = searcher.fts(terms.join(QLatin1Char(' ')), letters, QString(), SearchHit::Field::Other);
    if (!s)
        return s.error();
    return searcher.hits().take();
}

} // namespace relasi
