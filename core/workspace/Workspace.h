#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace relasi {

class SecureBytes;
class WorkspaceKeySlots;

// What the workspace-creation wizard (and `relasi-cli init`) collects.
struct WorkspaceCreateParams {
    QString directory;     // folder to create (must be empty or absent)
    QString ownerName;
    QString ownerEmail;
    QString ownerPhone;    // optional, as typed
    QString businessName;
    QString businessAddress;
    QString taxId;         // NPWP in Indonesia
    QString country = QStringLiteral("ID");   // ISO 3166-1 alpha-2, default region for phone numbers
    QString currency = QStringLiteral("IDR"); // ISO 4217
    QString locale = QStringLiteral("id_ID");
    int privacyNoticeVersion = 0; // the notice version the owner accepted (0: not shown, e.g. CLI)
    bool ownerConfirmedAdult = false;
};

struct WorkspaceCreated {
    QString workspaceId;
    QString recoveryCode; // shown once, never stored in clear
};

// How a user proves who they are when opening a workspace.
struct Credentials {
    enum class Kind { Password, RecoveryCode };
    Kind kind = Kind::Password;
    QString userEmail; // empty: the workspace's default (owner) slot
};

struct KeySlotInfo {
    QString slotId;
    QString kind;      // "password" or "recovery"
    QString userId;    // empty for the recovery slot
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    qint64 createdAtMs = 0;
};

struct WorkspaceInfo {
    QString workspaceId;
    QString directory;
    QString appVersion;
    int schemaVersion = 0;
    QString sqlcipherVersion;
    QString sqliteVersion;
    int cipherPageSize = 0;
    QString cipherSettings; // human-readable summary (HMAC, KDF of SQLCipher itself: raw key)
    qint64 databaseBytes = 0;
    qint64 walBytes = 0;
    qint64 vaultBytes = 0;
    QList<KeySlotInfo> slots;
};

// The outcome of the slow half of unlocking (Argon2id + unwrapping the data key). Holds the data key in
// guarded memory. Safe to produce on a worker thread and hand to Workspace::open() on the owning thread.
class UnlockToken
{
public:
    UnlockToken();
    ~UnlockToken();
    UnlockToken(UnlockToken &&) noexcept;
    UnlockToken &operator=(UnlockToken &&) noexcept;
    UnlockToken(const UnlockToken &) = delete;
    UnlockToken &operator=(const UnlockToken &) = delete;
    bool isValid() const;

private:
    friend class Workspace;
    struct Data;
    std::unique_ptr<Data> d;
};

// An encrypted workspace folder: relasi.db (SQLCipher, keyed with a random 256-bit data key) and
// relasi.vault (the data key wrapped per user with Argon2id + XChaCha20-Poly1305). See docs/security.md.
// One instance per open workspace; it owns the database connection and the data key. Not thread-safe:
// use it from the thread that opened it (workers open their own connections through openConnection()).
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    static QString databasePath(const QString &directory);
    static QString vaultPath(const QString &directory);
    static bool exists(const QString &directory);

    // Creates the folder, data key, vault (owner slot + recovery slot) and schema. Slow (Argon2id).
    static Result<WorkspaceCreated> create(const WorkspaceCreateParams &params, const SecureBytes &ownerPassword);

    // Unlocks: derives the slot key, unwraps the data key, opens and migrates the database, takes the
    // single-instance lock. Errors: WrongSecret, VaultMissing, VaultDamaged, DatabaseDamaged, NewerVersion,
    // InUse, NotFound. A failed open changes nothing on disk.
    static Result<std::unique_ptr<Workspace>> open(const QString &directory, const Credentials &credentials,
                                                   const SecureBytes &secret);
    // The same in two steps for a GUI: unlock() is slow (KDF) and thread-safe, run it on a worker; then
    // open(token) on the thread that will own the connection (fast).
    static Result<UnlockToken> unlock(const QString &directory, const Credentials &credentials,
                                      const SecureBytes &secret);
    static Result<std::unique_ptr<Workspace>> open(UnlockToken token);
    // Whether the database behind `token` has an older schema than this Relasi (reads the version only).
    static Result<bool> schemaUpgradePending(const UnlockToken &token);
    // Migrates the schema on a connection of the calling thread, under the workspace's lock (InUse when another
    // Relasi has it open; NewerVersion and DatabaseDamaged as open()). The first start after an update may build
    // indexes over a million customers for minutes: a GUI runs this on a worker, then open(token) has nothing
    // left to migrate on its own thread.
    static Status upgradeSchema(const UnlockToken &token);

    QString directory() const;
    QString workspaceId() const;
    QString signedInUserId() const;   // users.id of the slot that unlocked (owner for the recovery slot)
    QString signedInEmail() const;

    // The business's name from its profile (empty if none), read at open.
    QString businessName() const;
    // The privacy-notice version the owner accepted (workspace_meta), and recording a newer one.
    int acceptedPrivacyNoticeVersion() const;
    Status recordPrivacyNoticeAccepted(int version);

    bool isUnlocked() const;
    // True while the data key is held in memory (false after lock()).
    bool holdsKeyMaterial() const;
    // Closes every connection, wipes the data key, releases the instance lock.
    void lock();

    // The main connection of the thread that opened the workspace.
    QSqlDatabase database() const;
    // A new keyed connection to the same database, for a worker thread (call on that thread; close with
    // closeConnection on that thread).
    Result<QString> openConnection(const QString &connectionName) const;
    static void closeConnection(const QString &connectionName);

    // Key slots.
    Status changePassword(const SecureBytes &currentPassword, const SecureBytes &newPassword);
    Status addUserSlot(const QString &userId, const QString &email, const SecureBytes &password);
    Status removeUserSlot(const QString &userId);
    Result<QString> regenerateRecoveryCode();
    // Recovery: unwrap with the recovery code and set a new password on the owner's slot.
    static Status recover(const QString &directory, const SecureBytes &recoveryCode, const SecureBytes &newPassword);

    // The raw data key, hex (64 digits), for disaster recovery with the sqlcipher shell. Owner only.
    Result<QByteArray> exportDataKeyHex(const SecureBytes &ownerPassword) const;

    WorkspaceInfo info() const;

private:
    Workspace();
    // The vault's key slots (key held; or listing only).
    WorkspaceKeySlots keySlots() const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace relasi
