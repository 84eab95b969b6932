#include "services/UserService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/EmailAddress.h"
#include "services/ServiceContext.h"
#include "services/WriteTransaction.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace relasi {

namespace {
const QString kEntity = QStringLiteral("user");
const char *const kSelect = "SELECT id, name, email, phone, role, active, created_at, updated_at, must_change_password FROM users ";

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.email = q.value(2).toString();
    u.phone = q.value(3).toString();
    u.role = roleFromName(q.value(4).toString()).value_or(Role::Viewer);
    u.active = q.value(5).toBool();
    u.createdAt = q.value(6).toLongLong();
    u.updatedAt = q.value(7).toLongLong();
    u.mustChangePassword = q.value(8).toBool();
    return u;
}
} // namespace

UserService::UserService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<QList<User>> UserService::list(bool includeDisabled)
{
    QSqlQuery q(m_ctx.db());
    q.setForwardOnly(true);
    const QString sql = QString::fromLatin1(kSelect) + (includeDisabled ? QString() : QStringLiteral("WHERE active = 1 ")) +
                        QStringLiteral("ORDER BY name COLLATE NOCASE, email");
    if (!q.exec(sql))
        return Database::errorFrom(q.lastError(), QStringLiteral("listing users"));
    QList<User> out;
    while (q.next())
        out << userFrom(q);
    return out;
}

Result<User> UserService::get(const QString &userId)
{
    QSqlQuery q(m_ctx.db());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a user"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(userId));
    return userFrom(q);
}

Result<User> UserService::findByEmail(const QString &email)
{
    auto normalized = EmailAddress::normalize(email);
    if (!normalized)
        return Error(ErrorCode::NotFound, QStringLiteral("no user with e-mail %1").arg(email));
    QSqlQuery q(m_ctx.db());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE email = ?"));
    q.addBindValue(*normalized);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("reading a user"));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no user with e-mail %1").arg(email));
    return userFrom(q);
}

Result<int> UserService::activeOwners()
{
    QSqlQuery q(m_ctx.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'owner' AND active = 1")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("counting owners"));
    return q.value(0).toInt();
}

Result<QString> UserService::addUser(const QString &name, const QString &email, const QString &phone, Role role)
{
    if (Status s = m_ctx.require(Permission::ManageUsers, kEntity); !s)
        return s.error();
    if (name.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("name: empty"));
    auto normalized = EmailAddress::normalize(email);
    if (!normalized)
        return Error(ErrorCode::Invalid, QStringLiteral("email: %1").arg(normalized.error().message));
    if (findByEmail(*normalized).ok())
        return Error(ErrorCode::Conflict, QStringLiteral("email: a user with this address exists"));

    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status().error();
    const QString id = Uuid::v7(m_ctx.clock());
    const qint64 now = m_ctx.clock().nowMs();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("INSERT INTO users (id, name, email, phone, role, active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name.trimmed());
    q.addBindValue(*normalized);
    q.addBindValue(phone.trimmed());
    q.addBindValue(roleName(role));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("adding a user"));
    QJsonObject details;
    details.insert(QStringLiteral("role"), roleName(role));
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("user_add"), kEntity, id, details); !a)
        return a.error();
    tx.touched(kEntity, id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status UserService::changeRole(const QString &userId, Role role)
{
    if (Status s = m_ctx.require(Permission::ManageUsers, kEntity, userId); !s)
        return s;
    auto user = get(userId);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    if (user->role == Role::Owner && user->active) {
        auto owners = activeOwners();
        if (!owners)
            return owners.error();
        if (*owners <= 1)
            return Error(ErrorCode::Conflict, QStringLiteral("role: the workspace needs an active owner"));
    }
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(roleName(role));
    q.addBindValue(m_ctx.clock().nowMs());
    q.addBindValue(userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("changing a role"));
    QJsonObject details;
    details.insert(QStringLiteral("from"), roleName(user->role));
    details.insert(QStringLiteral("to"), roleName(role));
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("user_role"), kEntity, userId, details);
        !a)
        return a.error();
    tx.touched(kEntity, userId);
    return tx.commit();
}

Status UserService::disable(const QString &userId, Workspace *workspace)
{
    if (Status s = m_ctx.require(Permission::ManageUsers, kEntity, userId); !s)
        return s;
    if (userId == m_ctx.session().userId)
        return Error(ErrorCode::Conflict, QStringLiteral("a user cannot disable themselves"));
    auto user = get(userId);
    if (!user)
        return user.error();
    if (user->active) {
        if (user->role == Role::Owner) {
            auto owners = activeOwners();
            if (!owners)
                return owners.error();
            if (*owners <= 1)
                return Error(ErrorCode::Conflict, QStringLiteral("the last active owner cannot be disabled"));
        }
        WriteTransaction tx(m_ctx);
        if (!tx.isActive())
            return tx.status();
        QSqlQuery q(m_ctx.db());
        q.prepare(QStringLiteral("UPDATE users SET active = 0, updated_at = ? WHERE id = ?"));
        q.addBindValue(m_ctx.clock().nowMs());
        q.addBindValue(userId);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), QStringLiteral("disabling a user"));
        QJsonObject details;
        details.insert(QStringLiteral("slot_removed"), workspace != nullptr);
        if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("user_disable"), kEntity, userId,
                                          details);
            !a)
            return a.error();
        tx.touched(kEntity, userId);
        if (Status s = tx.commit(); !s)
            return s;
    }
    if (workspace != nullptr) {
        Status removed = workspace->removeUserSlot(userId);
        if (!removed && removed.code() != ErrorCode::NotFound)
            return removed;
    }
    return {};
}

Status UserService::setMustChangePassword(const QString &userId, bool required)
{
    // Clearing one's own flag is part of choosing a password; everything else is managing users.
    const bool own = userId == m_ctx.session().userId && !required;
    if (!own) {
        if (Status s = m_ctx.require(Permission::ManageUsers, kEntity, userId); !s)
            return s;
    }
    auto user = get(userId);
    if (!user)
        return user.error();
    if (user->mustChangePassword == required)
        return {};
    WriteTransaction tx(m_ctx);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q(m_ctx.db());
    q.prepare(QStringLiteral("UPDATE users SET must_change_password = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(required ? 1 : 0);
    q.addBindValue(m_ctx.clock().nowMs());
    q.addBindValue(userId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("updating a user"));
    QJsonObject details;
    details.insert(QStringLiteral("must_change_password"), required);
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("user_password_flag"), kEntity, userId,
                                      details);
        !a)
        return a.error();
    tx.touched(kEntity, userId);
    return tx.commit();
}

Status UserService::recordRecoveryCodeRegenerated()
{
    const QString entity = QStringLiteral("key_vault");
    if (Status s = m_ctx.require(Permission::ManageUsers, entity); !s)
        return s;
    if (auto a = m_ctx.audit().append(m_ctx.session().userId, QStringLiteral("recovery_code_regenerate"), entity); !a)
        return a.error();
    return {};
}

QString UserService::generateTemporaryPassword()
{
    // 31 symbols without 0/o, 1/l/i: log2(31) * 16 ≈ 79 bits.
    static const char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    constexpr int kSymbols = int(sizeof(kAlphabet)) - 1;
    QString out;
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            out += QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            out += QLatin1Char(kAlphabet[rng->bounded(kSymbols)]);
    }
    return out;
}

} // namespace relasi
