#include "services/WriteTransaction.h"

#include "common/Logging.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
// The innermost open WriteTransaction of each ServiceContext on this thread (a connection is used by one
// thread at a time).
thread_local QHash<const ServiceContext *, WriteTransaction *> t_innermost;
} // namespace

WriteTransaction::WriteTransaction(ServiceContext &ctx, Nesting nesting)
    : m_ctx(ctx), m_outer(t_innermost.value(&ctx, nullptr))
{
    QSqlQuery q(m_ctx.db());
    if (m_outer && nesting == Nesting::Join) {
        // Nothing to run: the work simply goes into the open transaction.
    } else if (m_outer) {
        int depth = 1;
        for (const WriteTransaction *t = m_outer; t->m_outer; t = t->m_outer)
            ++depth;
        m_savepoint = QStringLiteral("wt%1").arg(depth);
        if (!q.exec(QStringLiteral("SAVEPOINT ") + m_savepoint)) {
            m_begin = Database::errorFrom(q.lastError(), QStringLiteral("starting a nested write transaction"));
            m_outer = nullptr;
            return;
        }
    } else {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_begin = Database::errorFrom(q.lastError(), QStringLiteral("starting a write transaction"));
            return;
        }
        m_ctx.journal().beginTransaction();
        m_ctx.audit().beginTransaction();
    }
    m_active = true;
    t_innermost.insert(&ctx, this);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

void WriteTransaction::close()
{
    m_active = false;
    if (m_outer)
        t_innermost.insert(&m_ctx, m_outer);
    else
        t_innermost.remove(&m_ctx);
}

void WriteTransaction::touched(const QString &entity, const QString &id)
{
    m_touched[entity].append(id);
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(ErrorCode::Usage, QStringLiteral("the transaction is over")) : m_begin;
    if (t_innermost.value(&m_ctx) != this)
        return Status(ErrorCode::Usage, QStringLiteral("a nested write transaction is still open"));
    if (m_outer) {
        QSqlQuery q(m_ctx.db());
        if (m_doomed) { // a transaction joined to this savepoint rolled back
            const Error e = *m_doomed;
            rollback();
            return e;
        }
        if (!m_savepoint.isEmpty() && !q.exec(QStringLiteral("RELEASE ") + m_savepoint)) {
            Error e = Database::errorFrom(q.lastError(), QStringLiteral("committing a nested write transaction"));
            rollback();
            return e;
        }
        for (auto it = m_touched.constBegin(); it != m_touched.constEnd(); ++it)
            m_outer->m_touched[it.key()].append(it.value());
        m_touched.clear();
        close();
        return {};
    }
    if (m_doomed) {
        const Error e = *m_doomed;
        rollback();
        return e;
    }
    Status s = m_ctx.journal().finishTransaction();
    if (s)
        s = m_ctx.audit().finishTransaction();
    if (!s) {
        rollback();
        return s;
    }
    QSqlQuery q(m_ctx.db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = Database::errorFrom(q.lastError(), QStringLiteral("committing"));
        rollback();
        return e;
    }
    close();
    m_ctx.audit().abortTransaction(); // already finished; clears the in-transaction state
    const auto touched = std::exchange(m_touched, {});
    for (auto it = touched.constBegin(); it != touched.constEnd(); ++it)
        Q_EMIT m_ctx.notifier().changed(it.key(), it.value());
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_touched.clear();
    QSqlQuery q(m_ctx.db());
    if (m_outer && m_savepoint.isEmpty()) {
        // Joined: the work cannot be undone alone; the outer transaction will roll it back.
        if (!m_outer->m_doomed) {
            m_outer->m_doomed = m_doomed ? *m_doomed
                                         : Error(ErrorCode::Other, QStringLiteral("a write inside this transaction "
                                                                                  "failed and was rolled back"));
        }
        close();
        return;
    }
    if (m_outer) {
        // Undo this savepoint's work only; the audit chain head kept in memory goes back with it.
        if (!q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint) || !q.exec(QStringLiteral("RELEASE ") + m_savepoint))
            qCWarning(lcServices) << "rollback to a savepoint failed:" << q.lastError().text();
        m_ctx.audit().reloadHead();
        close();
        return;
    }
    close();
    m_ctx.audit().abortTransaction();
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcServices) << "rollback failed:" << q.lastError().text();
}

} // namespace relasi
