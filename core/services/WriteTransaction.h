#pragma once

#include "common/Result.h"

#include <QMap>
#include <QStringList>

namespace relasi {

class ServiceContext;

// One SQLite write transaction around a service call (RAII): begins on construction (BEGIN IMMEDIATE,
// so a writer waits for the lock up front instead of failing half-way), rolls back in the destructor
// unless commit() succeeded. commit() persists the journal's HLC, commits, then emits the notifier's
// changed() for every entity touched(). Not nestable.
class WriteTransaction
{
public:
    explicit WriteTransaction(ServiceContext &ctx);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; if not, error() says why and every other call fails.
    bool isActive() const { return m_active; }
    Status status() const { return m_begin; }

    // Records that a record of `entity` changed, for the notification after commit.
    void touched(const QString &entity, const QString &id);

    Status commit();
    void rollback();

private:
    ServiceContext &m_ctx;
    Status m_begin;
    bool m_active = false;
    QMap<QString, QStringList> m_touched;
};

} // namespace relasi
