#include "workspace/Workspace.h"

#include "common/Logging.h"
#include "crypto/Kdf.h"
#include "crypto/KeyVault.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "workspace/WorkspaceKeySlots.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <optional>

namespace relasi {

namespace {

const QString kDbFile = QStringLiteral("relasi.db");
const QString kVaultFile = QStringLiteral("relasi.vault");
const QString kLockFile = QStringLiteral("relasi.lock");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uniqueConnectionName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error lockedError()
{
    return Error(ErrorCode::Locked, QStringLiteral("the workspace is locked"));
}

Status insertRow(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Database::errorFrom(q.lastError(), QStringLiteral("preparing"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("writing the new workspace"));
    return {};
}

// Empty text is stored as '' (a null QString would bind as SQL NULL).
QString text(const QString &s)
{
    const QString t = s.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

Status writeInitialRows(QSqlDatabase &db, const WorkspaceCreateParams &p, const QString &workspaceId,
                        const QString &ownerId)
{
    const qint64 now = nowMs();
    if (!db.transaction())
        return Database::errorFrom(db.lastError(), QStringLiteral("begin"));
    const QString meta = QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?)");
    Status s = insertRow(db, meta, {QStringLiteral("workspace_id"), workspaceId});
    if (s)
        s = insertRow(db, meta, {QStringLiteral("created_at"), QString::number(now)});
    if (s)
        s = insertRow(db, meta, {QStringLiteral("created_by_app"), QStringLiteral(RELASI_VERSION)});
    if (s)
        s = insertRow(db, meta, {QStringLiteral("privacy_notice_version"), QString::number(p.privacyNoticeVersion)});
    if (s && p.ownerConfirmedAdult)
        s = insertRow(db, meta, {QStringLiteral("owner_confirmed_adult_at"), QString::number(now)});
    if (s)
        s = insertRow(db,
                      QStringLiteral("INSERT INTO users (id, name, email, phone, role, active, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, 'owner', 1, ?, ?)"),
                      {ownerId, text(p.ownerName), text(p.ownerEmail).toLower(), text(p.ownerPhone), now, now});
    if (s)
        s = insertRow(db,
                      QStringLiteral("INSERT INTO business_profile (id, name, address, tax_id, currency, country, "
                                     "locale, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"),
                      {text(p.businessName), text(p.businessAddress), text(p.taxId), text(p.currency).toUpper(),
                       text(p.country).toUpper(), text(p.locale), now});
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return Database::errorFrom(db.lastError(), QStringLiteral("commit"));
    return {};
}

bool looksLikeEmail(const QString &e)
{
    const QString t = e.trimmed();
    const int at = t.indexOf(QLatin1Char('@'));
    return at > 0 && at < t.size() - 1 && !t.contains(QLatin1Char(' ')) && t.count(QLatin1Char('@')) == 1;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
struct UnlockToken::Data {
    QString directory;
    QString slotId;
    QString userId;
    QString email;
    bool viaRecovery = false;
    SecureBytes dataKey;
    std::optional<KeyVault> vault;
};

UnlockToken::UnlockToken() = default;
UnlockToken::~UnlockToken() = default;
UnlockToken::UnlockToken(UnlockToken &&) noexcept = default;
UnlockToken &UnlockToken::operator=(UnlockToken &&) noexcept = default;
bool UnlockToken::isValid() const
{
    return d && !d->dataKey.isEmpty();
}

// ---------------------------------------------------------------------------------------------------------
struct Workspace::Private {
    QString directory;
    QString workspaceId;
    QString userId;
    QString email;
    QString slotId;
    QString connectionName;
    QString businessName;
    int noticeVersion = 0;
    SecureBytes dataKey;
    std::optional<KeyVault> vault;
    std::unique_ptr<QLockFile> lock;
    QSqlDatabase db;
};

Workspace::Workspace() : d(std::make_unique<Private>()) {}

Workspace::~Workspace()
{
    lock();
}

QString Workspace::databasePath(const QString &directory)
{
    return QDir(directory).filePath(kDbFile);
}

QString Workspace::vaultPath(const QString &directory)
{
    return QDir(directory).filePath(kVaultFile);
}

bool Workspace::exists(const QString &directory)
{
    return QFileInfo::exists(vaultPath(directory)) || QFileInfo::exists(databasePath(directory));
}

Result<WorkspaceCreated> Workspace::create(const WorkspaceCreateParams &params, const SecureBytes &ownerPassword)
{
    if (params.directory.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("no folder given for the workspace"));
    if (params.ownerName.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("the owner's name is empty"));
    if (!looksLikeEmail(params.ownerEmail))
        return Error(ErrorCode::Invalid, QStringLiteral("the owner's e-mail address is not valid"));
    if (ownerPassword.isEmpty())
        return Error(ErrorCode::Invalid, QStringLiteral("the password is empty"));
    QDir dir(params.directory);
    if (exists(params.directory))
        return Error(ErrorCode::Conflict, QStringLiteral("%1 already holds a workspace").arg(params.directory));
    const bool createdDir = !dir.exists();
    if (createdDir && !QDir().mkpath(params.directory))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(params.directory));

    auto cleanup = [&]() {
        QFile::remove(databasePath(params.directory));
        QFile::remove(databasePath(params.directory) + QStringLiteral("-wal"));
        QFile::remove(databasePath(params.directory) + QStringLiteral("-shm"));
        QFile::remove(vaultPath(params.directory));
        if (createdDir)
            QDir().rmdir(params.directory);
    };

    const QString workspaceId = newId();
    const QString ownerId = newId();
    SecureBytes dataKey = SecureBytes::random(32);

    KeyVault vault = KeyVault::createNew(workspaceId);
    const KdfParams kdf = Kdf::calibrate();
    auto ownerSlot = vault.addSlot(QStringLiteral("password"), ownerId, params.ownerEmail.trimmed().toLower(), true,
                                   ownerPassword, dataKey, kdf);
    if (!ownerSlot) {
        cleanup();
        return ownerSlot.error();
    }
    SecureBytes recoverySecret;
    const QString recoveryCode = RecoveryCode::generate(&recoverySecret);
    auto recoverySlot = vault.addSlot(QStringLiteral("recovery"), QString(), QString(), false, recoverySecret, dataKey,
                                      WorkspaceKeySlots::paramsLike(kdf));
    if (!recoverySlot) {
        cleanup();
        return recoverySlot.error();
    }

    {
        const QString conn = uniqueConnectionName(QStringLiteral("relasi-create"));
        auto db = Database::openKeyed(databasePath(params.directory), conn, dataKey, Database::Mode::Create);
        if (!db) {
            cleanup();
            return db.error();
        }
        auto migrated = Schema::migrate(*db);
        Status s = migrated ? writeInitialRows(*db, params, workspaceId, ownerId) : Status(migrated.error());
        if (s)
            s = Database::exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db->close();
        *db = QSqlDatabase();
        Database::close(conn);
        if (!s) {
            cleanup();
            return s.error();
        }
    }
    Status saved = vault.save(vaultPath(params.directory), dataKey);
    if (!saved) {
        cleanup();
        return saved.error();
    }
    qCInfo(lcWorkspace) << "created workspace" << workspaceId;
    return WorkspaceCreated{workspaceId, recoveryCode};
}

Result<UnlockToken> Workspace::unlock(const QString &directory, const Credentials &credentials,
                                      const SecureBytes &secret)
{
    if (!QFileInfo(directory).isDir())
        return Error(ErrorCode::NotFound, QStringLiteral("no workspace folder at %1").arg(directory));
    auto vault = KeyVault::load(vaultPath(directory));
    if (!vault)
        return vault.error();
    const KeySlot *slot = nullptr;
    if (credentials.kind == Credentials::Kind::RecoveryCode) {
        slot = vault->recoverySlot();
        if (!slot)
            return Error(ErrorCode::VaultDamaged, QStringLiteral("the vault has no recovery slot"));
    } else if (credentials.userEmail.trimmed().isEmpty()) {
        slot = vault->defaultSlot();
        if (!slot)
            return Error(ErrorCode::VaultDamaged, QStringLiteral("the vault has no owner slot"));
    } else {
        slot = vault->findSlotForUser(credentials.userEmail.trimmed().toLower());
        // An unknown user gets the same answer as a wrong password: the vault does not reveal who has a slot.
        if (!slot)
            return Error(ErrorCode::WrongSecret, QStringLiteral("wrong e-mail address or password"));
    }
    SecureBytes effectiveSecret;
    if (credentials.kind == Credentials::Kind::RecoveryCode) {
        effectiveSecret = RecoveryCode::normalize(QString::fromUtf8(
            reinterpret_cast<const char *>(secret.data()), int(secret.size())));
        if (effectiveSecret.isEmpty())
            return Error(ErrorCode::WrongSecret, QStringLiteral("that is not a valid recovery code"));
    }
    auto key = vault->unwrap(*slot, credentials.kind == Credentials::Kind::RecoveryCode ? effectiveSecret : secret);
    if (!key)
        return key.error();
    Status mac = vault->verifyMac(*key);
    if (!mac)
        return mac.error();

    UnlockToken token;
    token.d = std::make_unique<UnlockToken::Data>();
    token.d->directory = directory;
    token.d->slotId = slot->id;
    token.d->userId = slot->userId;
    token.d->email = credentials.userEmail.trimmed().toLower();
    token.d->viaRecovery = credentials.kind == Credentials::Kind::RecoveryCode;
    token.d->dataKey = std::move(key).value();
    token.d->vault = std::move(vault).value();
    return token;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &directory, const Credentials &credentials,
                                                   const SecureBytes &secret)
{
    auto token = unlock(directory, credentials, secret);
    if (!token)
        return token.error();
    return open(std::move(token).value());
}

namespace {

// A short-lived keyed connection of the calling thread, removed when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(QString name) : m_name(std::move(name)) {}
    ~ScopedConnection() { Database::close(m_name); }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

Result<bool> Workspace::schemaUpgradePending(const UnlockToken &token)
{
    if (!token.isValid())
        return Error(ErrorCode::Locked, QStringLiteral("the workspace has not been unlocked"));
    ScopedConnection conn(uniqueConnectionName(QStringLiteral("relasi-version")));
    Result<int> version = [&]() -> Result<int> {
        auto db = Database::openKeyed(databasePath(token.d->directory), conn.name(), token.d->dataKey,
                                      Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        return Schema::userVersion(*db);
    }();
    if (!version)
        return version.error();
    return *version < Schema::latestVersion();
}

Status Workspace::upgradeSchema(const UnlockToken &token)
{
    if (!token.isValid())
        return Error(ErrorCode::Locked, QStringLiteral("the workspace has not been unlocked"));
    QLockFile lock(QDir(token.d->directory).filePath(kLockFile));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error(ErrorCode::InUse, QStringLiteral("the workspace is open in another Relasi"));
    ScopedConnection conn(uniqueConnectionName(QStringLiteral("relasi-upgrade")));
    Status status = [&]() -> Status {
        auto db = Database::openKeyed(databasePath(token.d->directory), conn.name(), token.d->dataKey,
                                      Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        auto migrated = Schema::migrate(*db);
        if (!migrated)
            return migrated.error();
        return Status();
    }();
    return status;
}

Result<std::unique_ptr<Workspace>> Workspace::open(UnlockToken token)
{
    if (!token.isValid())
        return Error(ErrorCode::Locked, QStringLiteral("the workspace has not been unlocked"));
    const QString directory = token.d->directory;
    std::unique_ptr<Workspace> ws(new Workspace());
    ws->d->lock = std::make_unique<QLockFile>(QDir(directory).filePath(kLockFile));
    ws->d->lock->setStaleLockTime(0); // stale only when the holder's process is gone
    if (!ws->d->lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        ws->d->lock->getLockInfo(&pid, &host, &app);
        ws->d->lock.reset();
        return Error(ErrorCode::InUse, QStringLiteral("the workspace is open in another Relasi (process %1 on %2)")
                                           .arg(pid)
                                           .arg(host));
    }
    ws->d->directory = directory;
    ws->d->workspaceId = token.d->vault->workspaceId();
    ws->d->slotId = token.d->slotId;
    ws->d->dataKey = std::move(token.d->dataKey);
    ws->d->vault = std::move(token.d->vault);
    ws->d->connectionName = uniqueConnectionName(QStringLiteral("relasi-main"));

    auto db = Database::openKeyed(databasePath(directory), ws->d->connectionName, ws->d->dataKey,
                                  Database::Mode::OpenExisting);
    if (!db) {
        Error e = db.error();
        if (e.code == ErrorCode::NotFound)
            e = Error(ErrorCode::DatabaseDamaged, QStringLiteral("the vault is present but relasi.db is missing"));
        ws->lock();
        return e;
    }
    ws->d->db = *db;
    // Read the schema version before anything writes: a newer database is left exactly as it is.
    auto migrated = Schema::migrate(ws->d->db);
    if (!migrated) {
        Error e = migrated.error();
        ws->lock();
        return e;
    }
    // Who signed in. The recovery slot acts as the owner.
    QSqlQuery q(ws->d->db);
    if (token.d->viaRecovery || token.d->userId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, email FROM users WHERE role = 'owner' AND active = 1 ORDER BY created_at "
                                 "LIMIT 1"));
    } else {
        q.prepare(QStringLiteral("SELECT id, email FROM users WHERE id = ?"));
        q.addBindValue(token.d->userId);
    }
    if (!q.exec()) {
        Error e = Database::errorFrom(q.lastError(), QStringLiteral("reading the signed-in user"));
        ws->lock();
        return e;
    }
    if (!q.next()) {
        ws->lock();
        return Error(ErrorCode::PermissionDenied, QStringLiteral("this key slot belongs to no active user"));
    }
    ws->d->userId = q.value(0).toString();
    ws->d->email = q.value(1).toString();
    QSqlQuery profile(ws->d->db);
    if (profile.exec(QStringLiteral("SELECT name FROM business_profile WHERE id = 1")) && profile.next())
        ws->d->businessName = profile.value(0).toString();
    QSqlQuery notice(ws->d->db);
    if (notice.exec(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'privacy_notice_version'")) &&
        notice.next())
        ws->d->noticeVersion = notice.value(0).toInt();
    qCInfo(lcWorkspace) << "opened workspace" << ws->d->workspaceId;
    return ws;
}

QString Workspace::directory() const
{
    return d->directory;
}

QString Workspace::workspaceId() const
{
    return d->workspaceId;
}

QString Workspace::signedInUserId() const
{
    return d->userId;
}

QString Workspace::signedInEmail() const
{
    return d->email;
}

QString Workspace::businessName() const
{
    return d->businessName;
}

int Workspace::acceptedPrivacyNoticeVersion() const
{
    return d->noticeVersion;
}

Status Workspace::recordPrivacyNoticeAccepted(int version)
{
    if (!isUnlocked())
        return lockedError();
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('privacy_notice_version', ?)"));
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("recording the accepted privacy notice"));
    d->noticeVersion = version;
    return {};
}

bool Workspace::isUnlocked() const
{
    return d->db.isValid() && d->db.isOpen();
}

bool Workspace::holdsKeyMaterial() const
{
    return !d->dataKey.isEmpty();
}

void Workspace::lock()
{
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
    }
    if (!d->connectionName.isEmpty())
        Database::close(d->connectionName);
    d->dataKey.clear();
    if (d->lock) {
        d->lock->unlock();
        d->lock.reset();
    }
}

QSqlDatabase Workspace::database() const
{
    return d->db;
}

Result<QString> Workspace::openConnection(const QString &connectionName) const
{
    if (!holdsKeyMaterial())
        return lockedError();
    auto db = Database::openKeyed(databasePath(d->directory), connectionName, d->dataKey,
                                  Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    return connectionName;
}

void Workspace::closeConnection(const QString &connectionName)
{
    Database::close(connectionName);
}

WorkspaceKeySlots Workspace::keySlots() const
{
    return WorkspaceKeySlots(*d->vault, d->dataKey, vaultPath(d->directory));
}

Status Workspace::changePassword(const SecureBytes &currentPassword, const SecureBytes &newPassword)
{
    if (!holdsKeyMaterial())
        return lockedError();
    return keySlots().changePassword(d->userId, currentPassword, newPassword);
}

Status Workspace::addUserSlot(const QString &userId, const QString &email, const SecureBytes &password)
{
    if (!holdsKeyMaterial())
        return lockedError();
    return keySlots().addUserSlot(userId, email, password);
}

Status Workspace::removeUserSlot(const QString &userId)
{
    if (!holdsKeyMaterial())
        return lockedError();
    return keySlots().removeUserSlot(userId);
}

Result<QString> Workspace::regenerateRecoveryCode()
{
    if (!holdsKeyMaterial())
        return lockedError();
    return keySlots().regenerateRecoveryCode();
}

Status Workspace::recover(const QString &directory, const SecureBytes &recoveryCode, const SecureBytes &newPassword)
{
    Credentials c;
    c.kind = Credentials::Kind::RecoveryCode;
    auto token = unlock(directory, c, recoveryCode);
    if (!token)
        return token.error();
    UnlockToken t = std::move(token).value();
    return WorkspaceKeySlots(*t.d->vault, t.d->dataKey, vaultPath(directory)).setOwnerPassword(newPassword);
}

Result<QByteArray> Workspace::exportDataKeyHex(const SecureBytes &ownerPassword) const
{
    if (!holdsKeyMaterial())
        return lockedError();
    const KeySlot *owner = d->vault->defaultSlot();
    if (!owner || owner->userId != d->userId)
        return Error(ErrorCode::PermissionDenied, QStringLiteral("only the workspace owner can export the key"));
    auto check = d->vault->unwrap(*owner, ownerPassword);
    if (!check)
        return check.error();
    SecureBytes hex = d->dataKey.toHex();
    return QByteArray(reinterpret_cast<const char *>(hex.data()), int(hex.size()));
}

WorkspaceInfo Workspace::info() const
{
    WorkspaceInfo i;
    i.workspaceId = d->workspaceId;
    i.directory = d->directory;
    i.appVersion = QStringLiteral(RELASI_VERSION);
    if (isUnlocked()) {
        auto v = Schema::userVersion(d->db);
        i.schemaVersion = v ? *v : 0;
        i.sqlcipherVersion = Database::sqlcipherVersion(d->db);
        i.sqliteVersion = Database::sqliteVersion(d->db);
        i.cipherPageSize = Database::cipherPageSize(d->db);
        i.cipherSettings = QStringLiteral("raw 256-bit key (no SQLCipher KDF), AES-256-CBC, HMAC-SHA1 per page, "
                                          "SQLCipher 3 compatible layout, %1-byte pages")
                               .arg(i.cipherPageSize);
    }
    i.databaseBytes = QFileInfo(databasePath(d->directory)).size();
    i.walBytes = QFileInfo(databasePath(d->directory) + QStringLiteral("-wal")).size();
    i.vaultBytes = QFileInfo(vaultPath(d->directory)).size();
    i.slots = keySlots().list();
    return i;
}

} // namespace relasi
