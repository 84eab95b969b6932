#include "services/WriteTransaction.h"

#include "common/Logging.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

WriteTransaction::WriteTransaction(ServiceContext &ctx) : m_ctx(ctx)
{
    QSqlQuery q(m_ctx.db());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_begin = Database::errorFrom(q.lastError(), QStringLiteral("starting a write transaction"));
        return;
    }
    m_active = true;
    m_ctx.journal().beginTransaction();
    m_ctx.audit().beginTransaction();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

void WriteTransaction::touched(const QString &entity, const QString &id)
{
    m_touched[entity].append(id);
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(ErrorCode::Usage, QStringLiteral("the transaction is over")) : m_begin;
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
    m_active = false;
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
    m_active = false;
    m_touched.clear();
    m_ctx.audit().abortTransaction();
    QSqlQuery q(m_ctx.db());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcServices) << "rollback failed:" << q.lastError().text();
}

} // namespace relasi
