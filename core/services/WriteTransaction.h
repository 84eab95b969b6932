#pragma once

#include "common/Result.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace relasi {

class ServiceContext;

// One SQLite write transaction around a service call (RAII): begins on construction (BEGIN IMMEDIATE,
// so a writer waits for the lock up front instead of failing half-way), rolls back in the destructor
// unless commit() succeeded. commit() persists the journal's HLC, commits, then emits the notifier's
// changed() for every entity touched().
//
// Nestable: a WriteTransaction made while another one is open on the same ServiceContext (same thread)
// becomes part of it: same journal transaction id, committed or rolled back with the outer one, its
// notifications passed to the outer one. How its own rollback works is chosen at construction:
//  - Join (default): no SQL at all. A rollback (or a destructor without commit) cannot undo the inner
//    work alone, so it dooms the outer transaction: the outer commit() rolls everything back and returns
//    the inner error. Cheapest: services validate before they open their transaction, so this only
//    happens on database errors, where the whole batch should fail anyway.
//  - Savepoint: a SAVEPOINT; rollback() undoes only the inner work and the outer one can go on. Costs a
//    copy of every page it changes into the statement journal, which SQLCipher encrypts (a quarter of the
//    demo generator's time when every detail was a savepoint).
// Transactions must end in the reverse order of their construction (RAII does this).
class WriteTransaction
{
public:
    enum class Nesting { Join, Savepoint };

    explicit WriteTransaction(ServiceContext &ctx, Nesting nesting = Nesting::Join);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; if not, error() says why and every other call fails.
    bool isActive() const { return m_active; }
    Status status() const { return m_begin; }
    // Whether this is a savepoint inside another WriteTransaction.
    bool isNested() const { return m_outer != nullptr; }

    // Records that a record of `entity` changed, for the notification after commit.
    void touched(const QString &entity, const QString &id);

    Status commit();
    void rollback();

private:
    void close();

    ServiceContext &m_ctx;
    WriteTransaction *m_outer = nullptr;
    QString m_savepoint; // empty when joined
    std::optional<Error> m_doomed; // a joined inner transaction rolled back
    Status m_begin;
    bool m_active = false;
    QMap<QString, QStringList> m_touched;
};

} // namespace relasi
