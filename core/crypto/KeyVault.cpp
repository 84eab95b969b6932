#include "crypto/KeyVault.h"

#include "common/Logging.h"
#include "crypto/KeyVaultJson.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <QtEndian>

#include <sodium.h>

#include <utility>

namespace relasi {

namespace {

const QString kFormatTag = QStringLiteral("relasi.vault");
const QString kAead = QStringLiteral("xchacha20poly1305-ietf");
const QString kMacAlgorithm = QStringLiteral("blake2b-256");
constexpr char kMacContext[crypto_kdf_CONTEXTBYTES + 1] = "relasivt";
constexpr quint64 kMacSubkeyId = 1;
constexpr size_t kMacBytes = 32;
constexpr size_t kHintBytes = 32;

static_assert(KeyVault::kDataKeyBytes == crypto_kdf_KEYBYTES, "the MAC subkey is derived from the data key");
static_assert(KeyVault::kDataKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "slot keys are AEAD keys");

// Length-prefixed fields keep the canonical form unambiguous ("ab"+"c" differs from "a"+"bc").
void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    const quint32 size = qToBigEndian(static_cast<quint32>(bytes.size()));
    out.append(reinterpret_cast<const char *>(&size), sizeof size);
    out.append(bytes);
}

void appendText(QByteArray &out, const QString &text)
{
    appendBytes(out, text.toUtf8());
}

void appendNumber(QByteArray &out, quint64 value)
{
    const quint64 be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

Status checkDataKey(const SecureBytes &dataKey)
{
    if (dataKey.size() != KeyVault::kDataKeyBytes)
        return Status(ErrorCode::Usage, QStringLiteral("the data key must be %1 bytes").arg(KeyVault::kDataKeyBytes));
    return Status::success();
}

Result<KeyVault> damaged(const QString &path, const QString &why)
{
    qCInfo(lcCrypto) << "vault damaged:" << why;
    return Result<KeyVault>(ErrorCode::VaultDamaged, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why));
}

} // namespace

KeyVault KeyVault::createNew(const QString &workspaceId)
{
    ensureSodium();
    KeyVault vault;
    vault.m_workspaceId = workspaceId;
    vault.m_aead = kAead;
    vault.m_kdfAlgorithm = Kdf::algorithmName();
    return vault;
}

Result<KeyVault> KeyVault::load(const QString &path)
{
    ensureSodium();
    const QFileInfo info(path);
    if (!info.exists())
        return Result<KeyVault>(ErrorCode::VaultMissing, QStringLiteral("no key vault at %1").arg(path));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return Result<KeyVault>(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return damaged(path, QStringLiteral("file is %1 bytes, larger than any vault").arg(file.size()));
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.isEmpty())
        return damaged(path, QStringLiteral("file is empty"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(path,
            QStringLiteral("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return damaged(path, QStringLiteral("top level is not a JSON object"));
    const QJsonObject root = doc.object();

    QString error;
    const QString format = vaultjson::text(root, QStringLiteral("format"), {}, false, &error);
    if (!error.isEmpty() || format != kFormatTag)
        return damaged(path, QStringLiteral("not a Relasi key vault (format tag missing or wrong)"));
    const quint64 version = vaultjson::unsignedNumber(root, QStringLiteral("formatVersion"), {}, 1u << 20, &error);
    if (!error.isEmpty() || version < 1)
        return damaged(path, error.isEmpty() ? QStringLiteral("format version 0 is invalid") : error);
    if (version > static_cast<quint64>(kFormatVersion))
        return damaged(path,
            QStringLiteral("unknown vault format %1 (written by a newer Relasi; this one reads %2)")
                .arg(version)
                .arg(kFormatVersion));

    KeyVault vault;
    vault.m_formatVersion = static_cast<int>(version);
    vault.m_workspaceId = vaultjson::text(root, QStringLiteral("workspaceId"), {}, false, &error);
    const QJsonValue cipherValue = root.value(QStringLiteral("cipher"));
    if (!cipherValue.isObject() && error.isEmpty())
        error = QStringLiteral("field 'cipher' is missing or not an object");
    const QJsonObject cipher = cipherValue.toObject();
    vault.m_aead = vaultjson::text(cipher, QStringLiteral("aead"), QStringLiteral("cipher"), false, &error);
    vault.m_kdfAlgorithm = vaultjson::text(cipher, QStringLiteral("kdf"), QStringLiteral("cipher"), false, &error);
    const QString mac = vaultjson::text(cipher, QStringLiteral("mac"), QStringLiteral("cipher"), false, &error);
    vault.m_mac = vaultjson::base64(root, QStringLiteral("mac"), {}, kMacBytes, false, &error);
    if (!error.isEmpty())
        return damaged(path, error);
    if (vault.m_aead != kAead || vault.m_kdfAlgorithm != Kdf::algorithmName() || mac != kMacAlgorithm)
        return damaged(path, QStringLiteral("unsupported cipher settings"));

    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray())
        return damaged(path, QStringLiteral("field 'slots' is missing or not an array"));
    const QJsonArray slots = slotsValue.toArray();
    QSet<QString> ids;
    QSet<QByteArray> hints;
    int defaults = 0;
    int recoveries = 0;
    for (int i = 0; i < slots.size(); ++i) {
        Result<KeySlot> slot = vaultjson::slotFromJson(slots.at(i), i);
        if (!slot)
            return damaged(path, slot.error().message);
        if (ids.contains(slot->id))
            return damaged(path, QStringLiteral("slot id %1 appears twice").arg(slot->id.left(40)));
        ids.insert(slot->id);
        if (!slot->userHint.isEmpty()) {
            if (hints.contains(slot->userHint))
                return damaged(path, QStringLiteral("two slots for the same user e-mail"));
            hints.insert(slot->userHint);
        }
        defaults += slot->isDefault ? 1 : 0;
        recoveries += slot->kind == KeySlot::recoveryKind() ? 1 : 0;
        vault.m_slots.append(std::move(slot).value());
    }
    if (defaults > 1 || recoveries > 1)
        return damaged(path, QStringLiteral("more than one default or recovery slot"));
    return vault;
}

Status KeyVault::save(const QString &path, const SecureBytes &dataKey) const
{
    if (Status check = checkDataKey(dataKey); !check)
        return check;
    Result<QByteArray> mac = computeMac(dataKey);
    if (!mac)
        return mac.error();

    QJsonObject cipher;
    cipher.insert(QStringLiteral("aead"), m_aead);
    cipher.insert(QStringLiteral("kdf"), m_kdfAlgorithm);
    cipher.insert(QStringLiteral("mac"), kMacAlgorithm);
    QJsonArray slots;
    for (const KeySlot &slot : m_slots)
        slots.append(vaultjson::slotToJson(slot));
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatTag);
    root.insert(QStringLiteral("formatVersion"), m_formatVersion);
    root.insert(QStringLiteral("workspaceId"), m_workspaceId);
    root.insert(QStringLiteral("cipher"), cipher);
    root.insert(QStringLiteral("slots"), slots);
    root.insert(QStringLiteral("mac"), QString::fromLatin1(mac->toBase64()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    m_mac = *mac;
    return Status::success();
}

QByteArray KeyVault::userHintFor(const QString &workspaceId, const QString &email)
{
    ensureSodium();
    // Hint key: unkeyed BLAKE2b of a domain label and the workspace id, so the same e-mail gives unrelated
    // hints in different workspaces.
    const QByteArray keyInput = QByteArrayLiteral("relasi.userhint.v1:") + workspaceId.toUtf8();
    unsigned char key[crypto_generichash_KEYBYTES];
    crypto_generichash(key, sizeof key, reinterpret_cast<const unsigned char *>(keyInput.constData()),
        static_cast<unsigned long long>(keyInput.size()), nullptr, 0);
    const QByteArray normalized = email.trimmed().toLower().toUtf8();
    QByteArray hint(static_cast<qsizetype>(kHintBytes), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hint.data()), kHintBytes,
        reinterpret_cast<const unsigned char *>(normalized.constData()),
        static_cast<unsigned long long>(normalized.size()), key, sizeof key);
    sodium_memzero(key, sizeof key);
    return hint;
}

Result<QString> KeyVault::addSlot(const QString &kind, const QString &userId, const QString &email, bool isDefault,
    const SecureBytes &secret, const SecureBytes &dataKey, const KdfParams &params)
{
    if (Status check = checkDataKey(dataKey); !check)
        return check.error();
    KeySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = kind;
    slot.isDefault = isDefault;
    slot.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    if (kind == KeySlot::passwordKind()) {
        if (userId.isEmpty() || email.trimmed().isEmpty())
            return Result<QString>(ErrorCode::Usage, QStringLiteral("a password slot needs a user id and an e-mail"));
        if (isDefault && defaultSlot())
            return Result<QString>(ErrorCode::Conflict, QStringLiteral("the vault already has a default slot"));
        if (findSlotForUser(email))
            return Result<QString>(ErrorCode::Conflict, QStringLiteral("this e-mail already has a key slot"));
        slot.userId = userId;
        slot.userHint = userHintFor(m_workspaceId, email);
    } else if (kind == KeySlot::recoveryKind()) {
        if (!userId.isEmpty() || !email.isEmpty() || isDefault)
            return Result<QString>(
                ErrorCode::Usage, QStringLiteral("a recovery slot has no user and is never the default"));
        if (recoverySlot())
            return Result<QString>(
                ErrorCode::Conflict, QStringLiteral("the vault already has a recovery slot (rewrap it instead)"));
    } else {
        return Result<QString>(ErrorCode::Usage, QStringLiteral("unknown key slot kind '%1'").arg(kind));
    }
    if (Status wrapped = wrapInto(slot, secret, dataKey, params); !wrapped)
        return wrapped.error();
    m_slots.append(slot);
    return slot.id;
}

Status KeyVault::removeSlot(const QString &slotId)
{
    const int index = indexOfSlot(slotId);
    if (index < 0)
        return Status(ErrorCode::NotFound, QStringLiteral("no key slot %1").arg(slotId));
    if (m_slots.size() == 1)
        return Status(ErrorCode::Usage, QStringLiteral("refusing to remove the last key slot"));
    m_slots.removeAt(index);
    return Status::success();
}

Status KeyVault::rewrapSlot(
    const QString &slotId, const SecureBytes &newSecret, const SecureBytes &dataKey, const KdfParams &params)
{
    if (Status check = checkDataKey(dataKey); !check)
        return check;
    const int index = indexOfSlot(slotId);
    if (index < 0)
        return Status(ErrorCode::NotFound, QStringLiteral("no key slot %1").arg(slotId));
    KeySlot slot = m_slots.at(index);
    if (Status wrapped = wrapInto(slot, newSecret, dataKey, params); !wrapped)
        return wrapped;
    m_slots[index] = slot;
    return Status::success();
}

const KeySlot *KeyVault::findSlotForUser(const QString &email) const
{
    if (email.trimmed().isEmpty())
        return nullptr;
    const QByteArray hint = userHintFor(m_workspaceId, email);
    for (const KeySlot &slot : m_slots) {
        if (slot.kind == KeySlot::passwordKind() && slot.userHint == hint)
            return &slot;
    }
    return nullptr;
}

const KeySlot *KeyVault::defaultSlot() const
{
    for (const KeySlot &slot : m_slots) {
        if (slot.isDefault)
            return &slot;
    }
    return nullptr;
}

const KeySlot *KeyVault::recoverySlot() const
{
    for (const KeySlot &slot : m_slots) {
        if (slot.kind == KeySlot::recoveryKind())
            return &slot;
    }
    return nullptr;
}

Result<SecureBytes> KeyVault::unwrap(const KeySlot &slot, const SecureBytes &secret) const
{
    if (slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || slot.wrappedKey.size() != static_cast<qsizetype>(kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return Result<SecureBytes>(ErrorCode::VaultDamaged, QStringLiteral("key slot has a malformed nonce or key"));
    Result<SecureBytes> kek = Kdf::derive(secret, slot.kdf, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!kek)
        return kek.error();
    const QByteArray ad = associatedData(slot);
    SecureBytes dataKey(kDataKeyBytes);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), &length, nullptr,
        reinterpret_cast<const unsigned char *>(slot.wrappedKey.constData()),
        static_cast<unsigned long long>(slot.wrappedKey.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek->data());
    if (rc != 0 || length != kDataKeyBytes)
        return Result<SecureBytes>(ErrorCode::WrongSecret, QStringLiteral("the secret does not open this key slot"));
    return Result<SecureBytes>(std::move(dataKey));
}

Status KeyVault::verifyMac(const SecureBytes &dataKey) const
{
    if (Status check = checkDataKey(dataKey); !check)
        return check;
    if (m_mac.size() != static_cast<qsizetype>(kMacBytes))
        return Status(ErrorCode::VaultDamaged, QStringLiteral("the vault carries no MAC"));
    Result<QByteArray> mac = computeMac(dataKey);
    if (!mac)
        return mac.error();
    if (sodium_memcmp(mac->constData(), m_mac.constData(), kMacBytes) != 0)
        return Status(ErrorCode::VaultDamaged,
            QStringLiteral("the vault MAC does not match: key slots or settings were altered"));
    return Status::success();
}

QByteArray KeyVault::macInput() const
{
    QByteArray out;
    appendText(out, QStringLiteral("relasi.vault.mac.v1"));
    appendNumber(out, static_cast<quint64>(m_formatVersion));
    appendText(out, m_workspaceId);
    appendText(out, m_aead);
    appendText(out, m_kdfAlgorithm);
    appendText(out, kMacAlgorithm);
    appendNumber(out, static_cast<quint64>(m_slots.size()));
    for (const KeySlot &slot : m_slots) {
        appendText(out, slot.id);
        appendText(out, slot.kind);
        appendText(out, slot.userId);
        appendBytes(out, slot.userHint);
        appendNumber(out, slot.isDefault ? 1 : 0);
        appendText(out, slot.kdf.algorithm);
        appendNumber(out, slot.kdf.opsLimit);
        appendNumber(out, slot.kdf.memLimitBytes);
        appendBytes(out, slot.kdf.salt);
        appendBytes(out, slot.nonce);
        appendBytes(out, slot.wrappedKey);
        appendNumber(out, static_cast<quint64>(slot.createdAtMs));
    }
    return out;
}

Result<QByteArray> KeyVault::computeMac(const SecureBytes &dataKey) const
{
    SecureBytes macKey(crypto_generichash_KEYBYTES);
    if (crypto_kdf_derive_from_key(macKey.data(), macKey.size(), kMacSubkeyId, kMacContext, dataKey.data()) != 0)
        return Result<QByteArray>(ErrorCode::Other, QStringLiteral("cannot derive the vault MAC key"));
    const QByteArray input = macInput();
    QByteArray mac(static_cast<qsizetype>(kMacBytes), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), kMacBytes,
        reinterpret_cast<const unsigned char *>(input.constData()), static_cast<unsigned long long>(input.size()),
        macKey.data(), macKey.size());
    return mac;
}

QByteArray KeyVault::associatedData(const KeySlot &slot) const
{
    QByteArray ad;
    appendText(ad, QStringLiteral("relasi.slot.v1"));
    appendText(ad, m_workspaceId);
    appendText(ad, slot.id);
    appendText(ad, slot.kind);
    appendText(ad, slot.userId);
    return ad;
}

Status KeyVault::wrapInto(
    KeySlot &slot, const SecureBytes &secret, const SecureBytes &dataKey, const KdfParams &params) const
{
    KdfParams fresh = params;
    fresh.salt = Kdf::floorParams().salt;
    Result<SecureBytes> kek = Kdf::derive(secret, fresh, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!kek)
        return kek.error();
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    const QByteArray ad = associatedData(slot);
    QByteArray wrapped(
        static_cast<qsizetype>(kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(wrapped.data()), &length,
        dataKey.data(), dataKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, reinterpret_cast<const unsigned char *>(nonce.constData()),
        kek->data());
    slot.kdf = fresh;
    slot.nonce = nonce;
    slot.wrappedKey = wrapped;
    return Status::success();
}

int KeyVault::indexOfSlot(const QString &slotId) const
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).id == slotId)
            return i;
    }
    return -1;
}

} // namespace relasi
