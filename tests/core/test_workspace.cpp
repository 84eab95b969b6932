#include <catch2/catch.hpp>

#include "support/TestSupport.h"

#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

using namespace relasi;

namespace {

const char kPassword[] = "correct horse battery staple 42";

SecureBytes secret(const char *text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

struct TempWorkspace {
    QTemporaryDir tmp;
    QString dir;
    QString recoveryCode;
    QString workspaceId;

    explicit TempWorkspace(const QString &ownerName = QStringLiteral("Siti Rahayu"))
    {
        dir = tmp.filePath(QStringLiteral("ws"));
        WorkspaceCreateParams p;
        p.directory = dir;
        p.ownerName = ownerName;
        p.ownerEmail = QStringLiteral("siti@tokomaju.co.id");
        p.businessName = QStringLiteral("Toko Maju");
        auto created = Workspace::create(p, secret(kPassword));
        REQUIRE(created.ok());
        recoveryCode = created->recoveryCode;
        workspaceId = created->workspaceId;
    }
    QString db() const { return Workspace::databasePath(dir); }
    QString vault() const { return Workspace::vaultPath(dir); }
};

Result<std::unique_ptr<Workspace>> openWith(const QString &dir, const char *password, const QString &email = {})
{
    Credentials c;
    c.userEmail = email;
    return Workspace::open(dir, c, secret(password));
}

Result<std::unique_ptr<Workspace>> openWithRecovery(const QString &dir, const QString &code)
{
    Credentials c;
    c.kind = Credentials::Kind::RecoveryCode;
    return Workspace::open(dir, c, SecureBytes::fromUtf8(code));
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(char(c ^ 0x5a)));
}

} // namespace

TEST_CASE("a new workspace opens with the owner's password and reports its settings", "[workspace]")
{
    TempWorkspace t;
    auto ws = openWith(t.dir, kPassword);
    REQUIRE(ws.ok());
    CHECK((*ws)->isUnlocked());
    CHECK((*ws)->signedInEmail() == QStringLiteral("siti@tokomaju.co.id"));
    const WorkspaceInfo info = (*ws)->info();
    CHECK(info.workspaceId == t.workspaceId);
    CHECK(info.cipherPageSize == 4096);
    CHECK(info.schemaVersion >= 1);
    CHECK_FALSE(info.sqlcipherVersion.isEmpty());
    REQUIRE(info.slots.size() == 2);
    for (const KeySlotInfo &s : info.slots) {
        CHECK(s.opsLimit >= 3);
        CHECK(s.memLimitBytes >= (64u << 20));
    }
}

TEST_CASE("no plaintext reaches the database, its WAL or the vault", "[workspace][security]")
{
    const QString marker = QStringLiteral("MARKER-Xq7Zp9-Customer");
    TempWorkspace t(marker + QStringLiteral(" Owner"));
    auto ws = openWith(t.dir, kPassword);
    REQUIRE(ws.ok());
    QSqlDatabase db = (*ws)->database();
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 0)")));
    q.addBindValue(QStringLiteral("note"));
    q.addBindValue(marker + QStringLiteral(" lives at Jl. Merdeka 1"));
    REQUIRE(q.exec());
    // The connection is still open, so the WAL holds the new page.
    const QByteArray needle = marker.toUtf8();
    const QByteArray dbBytes = test::readAll(t.db());
    const QByteArray walBytes = test::readAll(t.db() + QStringLiteral("-wal"));
    const QByteArray vaultBytes = test::readAll(t.vault());
    REQUIRE(dbBytes.size() > 0);
    CHECK_FALSE(dbBytes.startsWith("SQLite format 3"));
    CHECK_FALSE(dbBytes.contains(needle));
    CHECK(walBytes.size() > 0);
    CHECK_FALSE(walBytes.contains(needle));
    CHECK_FALSE(vaultBytes.contains(needle));
    CHECK_FALSE(vaultBytes.contains("siti@tokomaju.co.id"));
}

TEST_CASE("a wrong password is its own error and changes nothing on disk", "[workspace][errors]")
{
    TempWorkspace t;
    const QByteArray dbHash = test::fileSha256(t.db());
    const QByteArray vaultHash = test::fileSha256(t.vault());
    auto ws = openWith(t.dir, "not the password at all");
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.code() == ErrorCode::WrongSecret);
    CHECK(test::fileSha256(t.db()) == dbHash);
    CHECK(test::fileSha256(t.vault()) == vaultHash);
    CHECK_FALSE(QFile::exists(t.db() + QStringLiteral("-wal")));
}

TEST_CASE("an unknown user gets the same answer as a wrong password", "[workspace][errors]")
{
    TempWorkspace t;
    auto ws = openWith(t.dir, kPassword, QStringLiteral("nobody@example.com"));
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.code() == ErrorCode::WrongSecret);
}

TEST_CASE("the recovery code opens the workspace; a wrong one is refused", "[workspace][recovery]")
{
    TempWorkspace t;
    {
        auto ws = openWithRecovery(t.dir, t.recoveryCode.toLower());
        REQUIRE(ws.ok());
        CHECK((*ws)->signedInEmail() == QStringLiteral("siti@tokomaju.co.id"));
    }
    QString wrong = t.recoveryCode;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto bad = openWithRecovery(t.dir, wrong);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.code() == ErrorCode::WrongSecret);
    auto garbage = openWithRecovery(t.dir, QStringLiteral("hello"));
    CHECK(garbage.code() == ErrorCode::WrongSecret);
}

TEST_CASE("a missing, truncated or garbled vault is reported as such", "[workspace][errors]")
{
    TempWorkspace t;
    const QByteArray original = test::readAll(t.vault());
    SECTION("missing")
    {
        REQUIRE(QFile::remove(t.vault()));
        CHECK(openWith(t.dir, kPassword).code() == ErrorCode::VaultMissing);
    }
    SECTION("truncated")
    {
        QFile f(t.vault());
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original.left(original.size() / 2));
        f.close();
        CHECK(openWith(t.dir, kPassword).code() == ErrorCode::VaultDamaged);
    }
    SECTION("garbled")
    {
        QFile f(t.vault());
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(original.size(), '\x7f'));
        f.close();
        CHECK(openWith(t.dir, kPassword).code() == ErrorCode::VaultDamaged);
    }
}

TEST_CASE("a flipped byte in a database page is detected as damage", "[workspace][errors]")
{
    TempWorkspace t;
    const qint64 size = QFileInfo(t.db()).size();
    REQUIRE(size >= 3 * 4096);
    SECTION("in the first page")
    {
        flipByte(t.db(), 1000);
        auto ws = openWith(t.dir, kPassword);
        REQUIRE_FALSE(ws.ok());
        CHECK(ws.code() == ErrorCode::DatabaseDamaged);
    }
    SECTION("in a later page")
    {
        flipByte(t.db(), size - 4096 + 300);
        auto ws = openWith(t.dir, kPassword);
        if (ws.ok()) {
            QSqlDatabase db = (*ws)->database();
            Status s = Database::verifyIntegrity(db);
            REQUIRE_FALSE(s.ok());
            CHECK(s.code() == ErrorCode::DatabaseDamaged);
        } else {
            CHECK(ws.code() == ErrorCode::DatabaseDamaged);
        }
    }
}

TEST_CASE("a database from a newer Relasi is refused and left untouched", "[workspace][errors]")
{
    TempWorkspace t;
    {
        auto ws = openWith(t.dir, kPassword);
        REQUIRE(ws.ok());
        QSqlDatabase db = (*ws)->database();
        REQUIRE(Database::exec(db, QStringLiteral("PRAGMA user_version = 999")).ok());
        REQUIRE(Database::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray dbHash = test::fileSha256(t.db());
    auto ws = openWith(t.dir, kPassword);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.code() == ErrorCode::NewerVersion);
    CHECK(test::fileSha256(t.db()) == dbHash);
}

TEST_CASE("a second instance cannot open a workspace that is in use", "[workspace][errors]")
{
    TempWorkspace t;
    auto first = openWith(t.dir, kPassword);
    REQUIRE(first.ok());
    auto second = openWith(t.dir, kPassword);
    REQUIRE_FALSE(second.ok());
    CHECK(second.code() == ErrorCode::InUse);
    (*first)->lock();
    auto third = openWith(t.dir, kPassword);
    CHECK(third.ok());
}

TEST_CASE("a stale lock left by a crashed process does not block opening", "[workspace][errors]")
{
    TempWorkspace t;
    QFile lock(QDir(t.dir).filePath(QStringLiteral("relasi.lock")));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    // A process id that cannot exist (beyond pid_max) on this host.
    lock.write("999999999\nrelasi\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    auto ws = openWith(t.dir, kPassword);
    CHECK(ws.ok());
}

TEST_CASE("changing the password rewraps one slot; the recovery code still works", "[workspace][slots]")
{
    TempWorkspace t;
    const QByteArray dbHash = test::fileSha256(t.db());
    {
        auto ws = openWith(t.dir, kPassword);
        REQUIRE(ws.ok());
        REQUIRE((*ws)->changePassword(secret(kPassword), secret("a brand new passphrase 2026")).ok());
        CHECK((*ws)->changePassword(secret("wrong"), secret("x")).code() == ErrorCode::WrongSecret);
    }
    CHECK(openWith(t.dir, kPassword).code() == ErrorCode::WrongSecret);
    CHECK(openWith(t.dir, "a brand new passphrase 2026").ok());
    CHECK(openWithRecovery(t.dir, t.recoveryCode).ok());
    // The database itself was not re-encrypted.
    CHECK(test::fileSha256(t.db()) == dbHash);
}

TEST_CASE("recovery sets a new owner password", "[workspace][recovery]")
{
    TempWorkspace t;
    REQUIRE(Workspace::recover(t.dir, SecureBytes::fromUtf8(t.recoveryCode), secret("recovered passphrase 99")).ok());
    CHECK(openWith(t.dir, kPassword).code() == ErrorCode::WrongSecret);
    CHECK(openWith(t.dir, "recovered passphrase 99").ok());
}

TEST_CASE("a second user's slot opens the workspace on its own and can be removed", "[workspace][slots]")
{
    TempWorkspace t;
    const QString userId = QStringLiteral("00000000-0000-7000-8000-000000000002");
    {
        auto ws = openWith(t.dir, kPassword);
        REQUIRE(ws.ok());
        QSqlQuery q((*ws)->database());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO users (id, name, email, role, created_at, updated_at) "
                                         "VALUES (?, 'Budi', 'budi@tokomaju.co.id', 'sales', 0, 0)")));
        q.addBindValue(userId);
        REQUIRE(q.exec());
        REQUIRE((*ws)->addUserSlot(userId, QStringLiteral("Budi@TokoMaju.co.id"), secret("budi's own pass 123")).ok());
    }
    {
        auto budi = openWith(t.dir, "budi's own pass 123", QStringLiteral("budi@tokomaju.co.id"));
        REQUIRE(budi.ok());
        CHECK((*budi)->signedInUserId() == userId);
        // Budi's password is not the owner's.
        CHECK(openWith(t.dir, "budi's own pass 123").code() == ErrorCode::WrongSecret);
    }
    {
        auto ws = openWith(t.dir, kPassword);
        REQUIRE(ws.ok());
        REQUIRE((*ws)->removeUserSlot(userId).ok());
    }
    CHECK(openWith(t.dir, "budi's own pass 123", QStringLiteral("budi@tokomaju.co.id")).code() ==
          ErrorCode::WrongSecret);
}

TEST_CASE("lock wipes the data key and closes the connection", "[workspace][security]")
{
    TempWorkspace t;
    const qint64 before = SecureBytes::liveAllocations();
    auto ws = openWith(t.dir, kPassword);
    REQUIRE(ws.ok());
    CHECK((*ws)->holdsKeyMaterial());
    CHECK(SecureBytes::liveAllocations() > before);
    const QString connection = (*ws)->database().connectionName();
    CHECK(QSqlDatabase::contains(connection));
    (*ws)->lock();
    CHECK_FALSE((*ws)->holdsKeyMaterial());
    CHECK_FALSE((*ws)->isUnlocked());
    CHECK_FALSE(QSqlDatabase::contains(connection));
    CHECK(SecureBytes::liveAllocations() == before);
    CHECK((*ws)->openConnection(QStringLiteral("after-lock")).code() == ErrorCode::Locked);
}

TEST_CASE("an older schema is upgraded on a worker thread before the open, under the workspace's lock",
          "[workspace][upgrade]")
{
    TempWorkspace t;
    {
        auto ws = openWith(t.dir, kPassword);
        REQUIRE(ws.ok());
        QSqlDatabase db = (*ws)->database();
        // Migration 9 only rebuilds two indexes, so a workspace marked 8 is an honest older workspace.
        REQUIRE(Database::exec(db, QStringLiteral("PRAGMA user_version = 8")).ok());
    }
    auto token = Workspace::unlock(t.dir, Credentials{}, secret(kPassword));
    REQUIRE(token.ok());
    auto pending = Workspace::schemaUpgradePending(*token);
    REQUIRE(pending.ok());
    CHECK(*pending);

    SECTION("refused while another Relasi has the workspace open, and nothing changes")
    {
        {
            auto other = openWith(t.dir, kPassword); // this open migrates, then holds the lock
            REQUIRE(other.ok());
            const Status s = Workspace::upgradeSchema(*token);
            REQUIRE_FALSE(s.ok());
            CHECK(s.code() == ErrorCode::InUse);
        }
        auto after = Workspace::schemaUpgradePending(*token);
        REQUIRE(after.ok());
        CHECK_FALSE(*after); // the other instance's open migrated it
    }

    SECTION("the worker migrates; open() then has nothing left to do")
    {
        Status upgraded = Error(ErrorCode::Other, QStringLiteral("not run"));
        std::thread worker([&]() { upgraded = Workspace::upgradeSchema(*token); });
        worker.join();
        REQUIRE(upgraded.ok());
        auto after = Workspace::schemaUpgradePending(*token);
        REQUIRE(after.ok());
        CHECK_FALSE(*after);
        auto ws = Workspace::open(std::move(token).value());
        REQUIRE(ws.ok());
        QSqlDatabase db = (*ws)->database();
        auto version = Schema::userVersion(db);
        REQUIRE(version.ok());
        CHECK(*version == Schema::latestVersion());
    }
}

TEST_CASE("upgrading a current or newer schema changes nothing", "[workspace][upgrade]")
{
    TempWorkspace t;
    auto token = Workspace::unlock(t.dir, Credentials{}, secret(kPassword));
    REQUIRE(token.ok());
    auto pending = Workspace::schemaUpgradePending(*token);
    REQUIRE(pending.ok());
    CHECK_FALSE(*pending);
    CHECK(Workspace::upgradeSchema(*token).ok());
    {
        auto ws = openWith(t.dir, kPassword);
        REQUIRE(ws.ok());
        QSqlDatabase db = (*ws)->database();
        REQUIRE(Database::exec(db, QStringLiteral("PRAGMA user_version = 999")).ok());
        REQUIRE(Database::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray dbHash = test::fileSha256(t.db());
    const Status s = Workspace::upgradeSchema(*token);
    REQUIRE_FALSE(s.ok());
    CHECK(s.code() == ErrorCode::NewerVersion);
    CHECK(test::fileSha256(t.db()) == dbHash);
    CHECK_FALSE(Workspace::upgradeSchema(UnlockToken{}).ok());
}
