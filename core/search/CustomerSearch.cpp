#include "search/CustomerSearch.h"

#include "common/Logging.h"
#include "domain/PhoneNormalizer.h"
#include "storage/Database.h"
#include "text/TextNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <string>

namespace relasi {

namespace {

// Fewer phone digits than this match nearly every number: no result until more is typed.
constexpr int kMinPhoneDigits = 3;
// From this many digits on, a prefix in the FTS phones column is selective enough to be cheap (shorter
// digit prefixes expand to up to a million distinct terms there, see docs/domain.md "Search"); below it the
// ordinary index on contact_points(kind, normalized) serves the search.
constexpr int kMinFtsPhoneDigits = 7;
// How many FTS candidates are read per wanted hit to rank them (name, company, other), and when a
// single-letter word must be checked by hand.
constexpr int kRankFactor = 4;
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
        SearchHit hit;
        hit.rowId = q.value(0).toLongLong();
        hit.customerId = q.value(1).toString();
        hit.displayName = q.value(2).toString();
        hit.companyName = q.value(3).toString();
        hit.field = field;
        add(hit);
    }
    void add(const SearchHit &hit)
    {
        if (full() || m_seen.contains(hit.rowId))
            return;
        m_seen.insert(hit.rowId);
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

    // Candidates of the customers_fts MATCH of `terms` (one query: FTS4 reads each term's doclist once),
    // ranked here by where all terms (and the single `letters`, kept out of the MATCH where they would
    // expand to huge term lists) are found: name, then company, then anywhere. Company/name hits are added
    // now; the rest is returned for after the e-mail matches.
    Result<QList<SearchHit>> ftsRanked(const QStringList &terms, const QStringList &letters)
    {
        QList<SearchHit> others;
        if (m_hits.full())
            return others;
        const int wanted = m_hits.missing() + m_hits.size();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + kSelectCustomer +
                  QStringLiteral(", f.name, f.company, f.phones || ' ' || f.place || ' ' || f.tags || ' ' || f.notes "
                                 "FROM customers_fts f CROSS JOIN customers c ON c.rowid = f.docid "
                                 "WHERE f.customers_fts MATCH :match AND c.cl % 2 = 1") +
                  visibilityClause(m_userId) + QStringLiteral(" LIMIT :limit"));
        q.bindValue(QStringLiteral(":match"), terms.join(QLatin1Char(' ')));
        if (!m_userId.isEmpty())
            q.bindValue(QStringLiteral(":user"), m_userId);
        q.bindValue(QStringLiteral(":limit"), wanted * (letters.isEmpty() ? kRankFactor : kCandidateFactor));
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("searching customers"));
        QList<SearchHit> names, companies;
        QStringList wantedWords = terms;
        for (const QString &l : letters)
            wantedWords << l + QLatin1Char('*');
        while (q.next()) {
            const QStringList name = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QStringList company = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            SearchHit hit;
            hit.rowId = q.value(0).toLongLong();
            hit.customerId = q.value(1).toString();
            hit.displayName = q.value(2).toString();
            hit.companyName = q.value(3).toString();
            if (allFound(wantedWords, name)) {
                hit.field = SearchHit::Field::Name;
                names << hit;
            } else if (allFound(wantedWords, company)) {
                hit.field = SearchHit::Field::Company;
                companies << hit;
            } else if (letters.isEmpty() ||
                       allFound(wantedWords, name + company +
                                                 q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))) {
                hit.field = SearchHit::Field::Other;
                others << hit;
            }
        }
        for (const SearchHit &hit : names)
            m_hits.add(hit);
        for (const SearchHit &hit : companies)
            m_hits.add(hit);
        return others;
    }

    // Only for phone digits: customers_fts MATCH `match`, in index order.
    Status fts(const QString &match, SearchHit::Field field)
    {
        if (m_hits.full())
            return {};
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + kSelectCustomer +
                  QStringLiteral(" FROM customers_fts f CROSS JOIN customers c ON c.rowid = f.docid "
                                 "WHERE f.customers_fts MATCH :match AND c.cl % 2 = 1") +
                  visibilityClause(m_userId) + QStringLiteral(" LIMIT :limit"));
        q.bindValue(QStringLiteral(":match"), match);
        if (!m_userId.isEmpty())
            q.bindValue(QStringLiteral(":user"), m_userId);
        q.bindValue(QStringLiteral(":limit"), m_hits.missing() + m_hits.size());
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("searching customers"));
        while (!m_hits.full() && q.next())
            m_hits.add(q, field);
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

    // Customers whose name (its folded sort key) starts with `letter`, through the customers_sort index.
    Status nameInitial(const QString &letter)
    {
        if (m_hits.full())
            return {};
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + kSelectCustomer +
                  QStringLiteral(" FROM customers c WHERE c.sort_key >= :low AND c.sort_key < :high AND c.cl % 2 = 1") +
                  visibilityClause(m_userId) + QStringLiteral(" ORDER BY c.sort_key, c.docid LIMIT :limit"));
        q.bindValue(QStringLiteral(":low"), letter);
        q.bindValue(QStringLiteral(":high"), QString(letter + QChar(0xFFFF)));
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
    // True when every term is among the words: "tok*" as a word's prefix, "tok" as a whole word.
    static bool allFound(const QStringList &terms, const QStringList &words)
    {
        for (const QString &term : terms) {
            const bool prefix = term.endsWith(QLatin1Char('*'));
            const QString stem = prefix ? term.left(term.size() - 1) : term;
            const bool found = std::any_of(words.cbegin(), words.cend(), [&](const QString &word) {
                return prefix ? word.startsWith(stem) : word == stem;
            });
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
            Status s = searcher.fts(QStringLiteral("phones:") + digits + QLatin1Char('*'), SearchHit::Field::Phone);
            if (!s)
                return s.error();
        }
        return searcher.hits().take();
    }

    // Text. Words followed by more typing are complete: they become exact terms, which FTS4 can defer
    // when they are very common ("pt"), while the word being typed stays a prefix term. A single letter
    // being typed is kept out of the MATCH (it would expand to a huge term list) and checked by hand.
    QStringList terms = TextNormalizer::ftsQuery(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return QList<SearchHit>{};
    const bool lastComplete = typed.at(typed.size() - 1).isSpace();
    for (int i = 0; i < terms.size(); ++i) {
        QString &term = terms[i];
        const bool cjk = TextNormalizer::isCjk(term.at(0).unicode());
        if (!cjk && term.endsWith(QLatin1Char('*')) && (i + 1 < terms.size() || lastComplete))
            term.chop(1);
    }
    QStringList letters;
    const QString &last = terms.constLast();
    if (last.size() == 2 && last.endsWith(QLatin1Char('*')) && !TextNormalizer::isCjk(last.at(0).unicode())) {
        letters << last.left(1);
        terms.removeLast();
    }
    if (terms.isEmpty()) {
        Status s = searcher.nameInitial(letters.first());
        if (!s)
            return s.error();
        return searcher.hits().take();
    }
    auto others = searcher.ftsRanked(terms, letters);
    if (!others)
        return others.error();
    const QString single = typed.trimmed();
    if (letters.isEmpty() && !single.contains(QLatin1Char(' ')) && single.size() >= 2) {
        Status s = searcher.contactPrefix({QStringLiteral("email")}, single.toLower(), SearchHit::Field::Email);
        if (!s)
            return s.error();
    }
    for (const SearchHit &hit : *others)
        searcher.hits().add(hit);
    return searcher.hits().take();
}

} // namespace relasi
