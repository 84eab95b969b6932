#include "crypto/Kdf.h"
#include "crypto/KeyVault.h"
#include "crypto/RecoveryCode.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

using relasi::ErrorCode;
using relasi::Kdf;
using relasi::KeySlot;
using relasi::KeyVault;
using relasi::RecoveryCode;
using relasi::SecureBytes;

namespace {

const QString kWorkspaceId = QStringLiteral("0190a8a2-0000-7000-8000-00000000aaaa");
const QString kOwnerEmail = QStringLiteral("owner@example.com");

// One vault made once per test run (Argon2id is slow): the owner's (default) password slot and a recovery
// slot, kept as file bytes plus the secrets that open it.
struct VaultTemplate {
    SecureBytes dataKey = SecureBytes::random(32);
    SecureBytes password = SecureBytes::fromUtf8(QStringLiteral("owner passphrase 1"));
    SecureBytes recoverySecret;
    QString recoveryCode;
    QString ownerSlotId;
    QString recoverySlotId;
    QByteArray fileBytes;
};

const VaultTemplate &vaultTemplate()
{
    static const VaultTemplate made = [] {
        VaultTemplate t;
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        t.recoveryCode = RecoveryCode::generate(&t.recoverySecret);
        KeyVault vault = KeyVault::createNew(kWorkspaceId);
        auto owner = vault.addSlot(KeySlot::passwordKind(), QStringLiteral("user-1"), kOwnerEmail, true, t.password,
            t.dataKey, Kdf::floorParams());
        REQUIRE(owner.ok());
        t.ownerSlotId = *owner;
        auto recovery
            = vault.addSlot(KeySlot::recoveryKind(), {}, {}, false, t.recoverySecret, t.dataKey, Kdf::floorParams());
        REQUIRE(recovery.ok());
        t.recoverySlotId = *recovery;
        const QString path = dir.filePath(QStringLiteral("relasi.vault"));
        REQUIRE(vault.save(path, t.dataKey).ok());
        t.fileBytes = relasi::test::readAll(path);
        return t;
    }();
    return made;
}

// The template vault written to a fresh temporary folder, for one test to inspect or damage.
struct SavedVault {
    QTemporaryDir dir;
    QString path;
    SecureBytes dataKey = vaultTemplate().dataKey.clone();
    SecureBytes password = vaultTemplate().password.clone();
    SecureBytes recoverySecret = vaultTemplate().recoverySecret.clone();
    QString recoveryCode = vaultTemplate().recoveryCode;
    QString ownerSlotId = vaultTemplate().ownerSlotId;
    QString recoverySlotId = vaultTemplate().recoverySlotId;

    SavedVault()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("relasi.vault"));
        write(vaultTemplate().fileBytes);
    }

    KeyVault load() const
    {
        auto vault = KeyVault::load(path);
        REQUIRE(vault.ok());
        return *vault;
    }

    QJsonObject json() const { return QJsonDocument::fromJson(relasi::test::readAll(path)).object(); }

    void write(const QByteArray &bytes) const
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(bytes) == bytes.size());
    }

    void writeJson(const QJsonObject &root) const { write(QJsonDocument(root).toJson()); }

    // Applies edit to the first slot's JSON object and writes the file back.
    void editFirstSlot(const std::function<void(QJsonObject &)> &edit) const
    {
        QJsonObject root = json();
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        edit(slot);
        slots.replace(0, slot);
        root.insert(QStringLiteral("slots"), slots);
        writeJson(root);
    }
};

} // namespace

TEST_CASE("KeyVault: create, add slots, save and load round trip", "[crypto]")
{
    vaultTemplate(); // made once per run; its secrets stay alive on purpose
    const qint64 liveBefore = SecureBytes::liveAllocations();
    {
        const SavedVault saved;
        const KeyVault vault = saved.load();
        CHECK(vault.workspaceId() == kWorkspaceId);
        CHECK(vault.formatVersion() == KeyVault::kFormatVersion);
        REQUIRE(vault.slots().size() == 2);

        const KeySlot *owner = vault.findSlotForUser(QStringLiteral("  Owner@Example.COM "));
        REQUIRE(owner != nullptr);
        CHECK(owner->id == saved.ownerSlotId);
        CHECK(owner->userId == QStringLiteral("user-1"));
        CHECK(owner->isDefault);
        CHECK(owner->kdf.opsLimit == Kdf::kFloorOps);
        CHECK(owner->kdf.memLimitBytes == Kdf::kFloorMem);
        REQUIRE(vault.defaultSlot() != nullptr);
        CHECK(vault.defaultSlot()->id == saved.ownerSlotId);
        REQUIRE(vault.recoverySlot() != nullptr);
        CHECK(vault.recoverySlot()->id == saved.recoverySlotId);
        CHECK(vault.findSlotForUser(QStringLiteral("someone@example.com")) == nullptr);

        const auto byPassword = vault.unwrap(*owner, saved.password);
        REQUIRE(byPassword.ok());
        CHECK(byPassword->constantTimeEquals(saved.dataKey));
        const auto byRecovery = vault.unwrap(*vault.recoverySlot(), RecoveryCode::normalize(saved.recoveryCode));
        REQUIRE(byRecovery.ok());
        CHECK(byRecovery->constantTimeEquals(saved.dataKey));
        CHECK(vault.verifyMac(saved.dataKey).ok());

        // Neither the e-mail nor the data key is on disk in clear.
        const QByteArray file = relasi::test::readAll(saved.path);
        CHECK_FALSE(file.contains(kOwnerEmail.toUtf8()));
        const SecureBytes hex = saved.dataKey.toHex();
        CHECK_FALSE(file.contains(QByteArray(reinterpret_cast<const char *>(hex.data()), 64)));
        CHECK_FALSE(file.contains(QByteArray(reinterpret_cast<const char *>(saved.dataKey.data()), 32).toBase64()));
    }
    CHECK(SecureBytes::liveAllocations() == liveBefore);
}

TEST_CASE("KeyVault: a wrong password or recovery code is WrongSecret", "[crypto]")
{
    const SavedVault saved;
    const KeyVault vault = saved.load();
    const auto wrong = vault.unwrap(*vault.defaultSlot(), SecureBytes::fromUtf8(QStringLiteral("owner passphrase 2")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.code() == ErrorCode::WrongSecret);

    SecureBytes otherCode;
    RecoveryCode::generate(&otherCode);
    const auto wrongCode = vault.unwrap(*vault.recoverySlot(), otherCode);
    CHECK(wrongCode.code() == ErrorCode::WrongSecret);
}

TEST_CASE("KeyVault: a slot moved to another workspace does not open", "[crypto]")
{
    const SavedVault saved;
    const KeySlot slot = *saved.load().defaultSlot();

    SECTION("unwrapped by a vault of another workspace")
    {
        const KeyVault other = KeyVault::createNew(QStringLiteral("0190a8a2-0000-7000-8000-00000000bbbb"));
        CHECK(other.unwrap(slot, saved.password).code() == ErrorCode::WrongSecret);
    }
    SECTION("workspace id edited in the file")
    {
        QJsonObject root = saved.json();
        root.insert(QStringLiteral("workspaceId"), QStringLiteral("0190a8a2-0000-7000-8000-00000000bbbb"));
        saved.writeJson(root);
        const KeyVault edited = saved.load();
        CHECK(edited.unwrap(*edited.defaultSlot(), saved.password).code() == ErrorCode::WrongSecret);
    }
    SECTION("slot re-labelled as another user's")
    {
        saved.editFirstSlot([](QJsonObject &s) { s.insert(QStringLiteral("userId"), QStringLiteral("user-2")); });
        const KeyVault edited = saved.load();
        CHECK(edited.unwrap(*edited.defaultSlot(), saved.password).code() == ErrorCode::WrongSecret);
    }
}

TEST_CASE("KeyVault: a missing vault is VaultMissing", "[crypto]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto vault = KeyVault::load(dir.filePath(QStringLiteral("relasi.vault")));
    REQUIRE_FALSE(vault.ok());
    CHECK(vault.code() == ErrorCode::VaultMissing);
}

TEST_CASE("KeyVault: an empty, truncated or garbled file is VaultDamaged", "[crypto]")
{
    const SavedVault saved;
    const QByteArray good = relasi::test::readAll(saved.path);
    REQUIRE(KeyVault::load(saved.path).ok());

    SECTION("empty")
    {
        saved.write(QByteArray());
    }
    SECTION("truncated")
    {
        saved.write(good.left(good.size() / 2));
    }
    SECTION("last byte missing")
    {
        saved.write(good.left(good.size() - 2));
    }
    SECTION("garbage")
    {
        saved.write(QByteArrayLiteral("\x00\xff garbage \x01"));
    }
    SECTION("random bytes")
    {
        const SecureBytes noise = SecureBytes::random(4096);
        saved.write(QByteArray(reinterpret_cast<const char *>(noise.data()), 4096));
    }
    SECTION("JSON array")
    {
        saved.write(QByteArrayLiteral("[1,2,3]"));
    }
    SECTION("empty object")
    {
        saved.write(QByteArrayLiteral("{}"));
    }
    SECTION("huge file")
    {
        saved.write(QByteArray(KeyVault::kMaxFileBytes + 10, ' '));
    }
}

TEST_CASE("KeyVault: hostile field values are VaultDamaged, never a crash", "[crypto]")
{
    const SavedVault saved;
    using Edit = std::function<void(QJsonObject &)>;
    const auto slotEdit = [](const QString &key, const QJsonValue &value) -> Edit {
        return [key, value](QJsonObject &s) { s.insert(key, value); };
    };
    const auto kdfEdit = [](const QString &key, const QJsonValue &value) -> Edit {
        return [key, value](QJsonObject &s) {
            QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
            kdf.insert(key, value);
            s.insert(QStringLiteral("kdf"), kdf);
        };
    };
    const QString b64of23 = QString::fromLatin1(QByteArray(23, 'x').toBase64());

    // clang-format off
    const auto edit = GENERATE_COPY(
        slotEdit(QStringLiteral("nonce"), b64of23),                          // wrong length
        slotEdit(QStringLiteral("nonce"), QStringLiteral("not base64 !!")),
        slotEdit(QStringLiteral("wrappedKey"), QStringLiteral("AAAA")),
        slotEdit(QStringLiteral("wrappedKey"), 42),
        slotEdit(QStringLiteral("userHint"), QString()),
        slotEdit(QStringLiteral("kind"), QStringLiteral("fingerprint")),
        slotEdit(QStringLiteral("id"), QString()),
        slotEdit(QStringLiteral("default"), QStringLiteral("yes")),
        slotEdit(QStringLiteral("createdAtMs"), -1),
        slotEdit(QStringLiteral("createdAtMs"), 1e300),
        slotEdit(QStringLiteral("kdf"), QStringLiteral("argon2id13")),
        kdfEdit(QStringLiteral("opsLimit"), 1e308),
        kdfEdit(QStringLiteral("opsLimit"), -3),
        kdfEdit(QStringLiteral("opsLimit"), 3.5),
        kdfEdit(QStringLiteral("opsLimit"), 2),                              // below the floor
        kdfEdit(QStringLiteral("memLimitBytes"), 8192),                      // below the floor
        kdfEdit(QStringLiteral("memLimitBytes"), 18446744073709551615.0),
        kdfEdit(QStringLiteral("salt"), QString::fromLatin1(QByteArray(15, 's').toBase64())),
        kdfEdit(QStringLiteral("algorithm"), QStringLiteral("scrypt")));
    // clang-format on
    saved.editFirstSlot(edit);
    const auto vault = KeyVault::load(saved.path);
    REQUIRE_FALSE(vault.ok());
    CHECK(vault.code() == ErrorCode::VaultDamaged);
    CHECK_FALSE(vault.error().message.isEmpty());
}

TEST_CASE("KeyVault: malformed top-level fields or a newer format are VaultDamaged", "[crypto]")
{
    const SavedVault saved;
    QJsonObject root = saved.json();
    SECTION("newer format")
    {
        root.insert(QStringLiteral("formatVersion"), 99);
    }
    SECTION("format 0")
    {
        root.insert(QStringLiteral("formatVersion"), 0);
    }
    SECTION("format not a number")
    {
        root.insert(QStringLiteral("formatVersion"), QStringLiteral("1"));
    }
    SECTION("wrong format tag")
    {
        root.insert(QStringLiteral("format"), QStringLiteral("keepass"));
    }
    SECTION("no workspace id")
    {
        root.remove(QStringLiteral("workspaceId"));
    }
    SECTION("no MAC")
    {
        root.remove(QStringLiteral("mac"));
    }
    SECTION("short MAC")
    {
        root.insert(QStringLiteral("mac"), QStringLiteral("AAAA"));
    }
    SECTION("slots not an array")
    {
        root.insert(QStringLiteral("slots"), QJsonObject());
    }
    SECTION("unknown AEAD")
    {
        QJsonObject cipher = root.value(QStringLiteral("cipher")).toObject();
        cipher.insert(QStringLiteral("aead"), QStringLiteral("aes-128-ecb"));
        root.insert(QStringLiteral("cipher"), cipher);
    }
    SECTION("duplicate slot")
    {
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        slots.append(slots.at(0));
        root.insert(QStringLiteral("slots"), slots);
    }
    saved.writeJson(root);
    const auto vault = KeyVault::load(saved.path);
    REQUIRE_FALSE(vault.ok());
    CHECK(vault.code() == ErrorCode::VaultDamaged);
}

TEST_CASE("KeyVault: verifyMac detects slots added, removed or edited without the data key", "[crypto]")
{
    const SavedVault saved;
    REQUIRE(saved.load().verifyMac(saved.dataKey).ok());
    CHECK(saved.load().verifyMac(SecureBytes::random(32)).code() == ErrorCode::VaultDamaged);

    QJsonObject root = saved.json();
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    SECTION("slot removed")
    {
        slots.removeAt(1);
    }
    SECTION("slots reordered")
    {
        const QJsonValue first = slots.at(0);
        slots.removeAt(0);
        slots.append(first);
    }
    SECTION("slot from another vault added")
    {
        // The attacker's own slot, wrapping a key of their choosing, made in a vault of their own.
        KeyVault attacker = KeyVault::createNew(kWorkspaceId);
        const SecureBytes attackerKey = SecureBytes::random(32);
        REQUIRE(attacker
                    .addSlot(KeySlot::passwordKind(), QStringLiteral("user-7"), QStringLiteral("x@y.z"), false,
                        SecureBytes::fromUtf8(QStringLiteral("attacker")), attackerKey, Kdf::floorParams())
                    .ok());
        const QString attackerPath = saved.dir.filePath(QStringLiteral("attacker.vault"));
        REQUIRE(attacker.save(attackerPath, attackerKey).ok());
        const QJsonObject attackerRoot = QJsonDocument::fromJson(relasi::test::readAll(attackerPath)).object();
        slots.append(attackerRoot.value(QStringLiteral("slots")).toArray().at(0));
    }
    SECTION("default flag moved")
    {
        QJsonObject s = slots.at(0).toObject();
        s.insert(QStringLiteral("default"), false);
        slots.replace(0, s);
    }
    SECTION("user hint pointed at another e-mail")
    {
        QJsonObject s = slots.at(0).toObject();
        const QByteArray hint = KeyVault::userHintFor(kWorkspaceId, QStringLiteral("intruder@example.com"));
        s.insert(QStringLiteral("userHint"), QString::fromLatin1(hint.toBase64()));
        slots.replace(0, s);
    }
    SECTION("KDF parameters raised")
    {
        QJsonObject s = slots.at(0).toObject();
        QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("opsLimit"), 4);
        s.insert(QStringLiteral("kdf"), kdf);
        slots.replace(0, s);
    }
    root.insert(QStringLiteral("slots"), slots);
    saved.writeJson(root);

    const auto vault = KeyVault::load(saved.path);
    REQUIRE(vault.ok());
    CHECK(vault->verifyMac(saved.dataKey).code() == ErrorCode::VaultDamaged);
}

TEST_CASE("KeyVault: rewrap makes the old secret fail and the new one work", "[crypto]")
{
    const SavedVault saved;
    KeyVault vault = saved.load();
    const KeySlot before = *vault.defaultSlot();
    const SecureBytes newPassword = SecureBytes::fromUtf8(QStringLiteral("a brand new passphrase"));

    REQUIRE(vault.rewrapSlot(saved.ownerSlotId, newPassword, saved.dataKey, Kdf::floorParams()).ok());
    REQUIRE(vault.save(saved.path, saved.dataKey).ok());

    const KeyVault reloaded = saved.load();
    const KeySlot *after = reloaded.defaultSlot();
    REQUIRE(after != nullptr);
    CHECK(after->id == before.id);
    CHECK(after->kdf.salt != before.kdf.salt);
    CHECK(after->nonce != before.nonce);
    CHECK(reloaded.unwrap(*after, saved.password).code() == ErrorCode::WrongSecret);
    const auto key = reloaded.unwrap(*after, newPassword);
    REQUIRE(key.ok());
    CHECK(key->constantTimeEquals(saved.dataKey));
    CHECK(reloaded.verifyMac(saved.dataKey).ok());

    CHECK(vault.rewrapSlot(QStringLiteral("no-such-slot"), newPassword, saved.dataKey, Kdf::floorParams()).code()
        == ErrorCode::NotFound);
}

TEST_CASE("KeyVault: addSlot and removeSlot keep the vault coherent", "[crypto]")
{
    const SavedVault saved;
    KeyVault vault = saved.load();
    const SecureBytes secret = SecureBytes::fromUtf8(QStringLiteral("sales passphrase"));
    const auto params = Kdf::floorParams();

    CHECK(vault
              .addSlot(KeySlot::passwordKind(), QStringLiteral("user-9"), QStringLiteral("x@example.com"), true, secret,
                  saved.dataKey, params)
              .code()
        == ErrorCode::Conflict);
    CHECK(vault
              .addSlot(KeySlot::passwordKind(), QStringLiteral("user-9"), QStringLiteral("OWNER@example.com"), false,
                  secret, saved.dataKey, params)
              .code()
        == ErrorCode::Conflict);
    CHECK(vault.addSlot(KeySlot::recoveryKind(), {}, {}, false, secret, saved.dataKey, params).code()
        == ErrorCode::Conflict);
    CHECK(vault
              .addSlot(QStringLiteral("fingerprint"), QStringLiteral("user-9"), QStringLiteral("s@example.com"), false,
                  secret, saved.dataKey, params)
              .code()
        == ErrorCode::Usage);
    CHECK(vault
              .addSlot(KeySlot::passwordKind(), QStringLiteral("user-9"), QStringLiteral("s@example.com"), false,
                  secret, SecureBytes::random(16), params)
              .code()
        == ErrorCode::Usage);
    REQUIRE(vault.slots().size() == 2);

    const auto salesId = vault.addSlot(KeySlot::passwordKind(), QStringLiteral("user-2"),
        QStringLiteral("sales@example.com"), false, secret, saved.dataKey, params);
    REQUIRE(salesId.ok());
    const KeySlot *sales = vault.findSlotForUser(QStringLiteral("Sales@Example.com"));
    REQUIRE(sales != nullptr);
    CHECK(sales->id == *salesId);
    CHECK(sales->kdf.salt != params.salt); // a fresh salt per slot
    const auto key = vault.unwrap(*sales, secret);
    REQUIRE(key.ok());
    CHECK(key->constantTimeEquals(saved.dataKey));

    CHECK(vault.removeSlot(QStringLiteral("no-such-slot")).code() == ErrorCode::NotFound);
    REQUIRE(vault.removeSlot(*salesId).ok());
    CHECK(vault.findSlotForUser(QStringLiteral("sales@example.com")) == nullptr);
    REQUIRE(vault.removeSlot(saved.recoverySlotId).ok());
    CHECK(vault.removeSlot(saved.ownerSlotId).code() == ErrorCode::Usage); // the last way in
}

TEST_CASE("KeyVault: user hints are case-insensitive and differ between workspaces", "[crypto]")
{
    const QByteArray hint = KeyVault::userHintFor(kWorkspaceId, QStringLiteral("Budi@Example.com"));
    CHECK(hint.size() == 32);
    CHECK(hint == KeyVault::userHintFor(kWorkspaceId, QStringLiteral(" budi@example.com")));
    CHECK(hint != KeyVault::userHintFor(kWorkspaceId, QStringLiteral("budi@example.co")));
    CHECK(hint != KeyVault::userHintFor(QStringLiteral("another-workspace"), QStringLiteral("budi@example.com")));
}
