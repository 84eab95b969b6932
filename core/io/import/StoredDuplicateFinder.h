#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace relasi {

// Finds the live stored customers an import's rows duplicate, a batch of keys at a time: one query per kind
// for up to kChunk keys (e-mail and phone through the contact points' (kind, normalized) index, external ids
// through customers_external), instead of one query per row. Name + company keys ("n:") are looked up one
// by one (the option is rare and needs a case-folded comparison).
// begin() notes whether any customer is stored at all; when none is, find() answers without a query (rows
// the import itself created are the in-file duplicates ImportBatchProducer finds).
class StoredDuplicateFinder
{
public:
    static constexpr int kChunk = 400;

    explicit StoredDuplicateFinder(QSqlDatabase db);
    ~StoredDuplicateFinder();

    Status begin();
    // For every key that a live stored customer has, that customer's id (the first found). Keys that match
    // nothing are absent.
    Result<QHash<QString, QString>> find(const QStringList &keys);

    qint64 queries() const { return m_queries; }

private:
    Status findIn(QSqlQuery &query, const QString &kind, const QStringList &values, QChar prefix,
                  QHash<QString, QString> &out);
    Result<QString> findByName(const QString &value);

    QSqlDatabase m_db;
    bool m_empty = false;
    qint64 m_queries = 0;
    std::unique_ptr<QSqlQuery> m_byContact;
    std::unique_ptr<QSqlQuery> m_byExternal;
    std::unique_ptr<QSqlQuery> m_byName;
};

} // namespace relasi
