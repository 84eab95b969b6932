#include "crypto/KeyVaultJson.h"

#include "crypto/KeyVault.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace relasi::vaultjson {

namespace {

// Largest integer a JSON number (an IEEE double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

void fail(QString *error, const QString &message)
{
    if (error && error->isEmpty())
        *error = message;
}

QString field(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

} // namespace

QString text(const QJsonObject &object, const QString &key, const QString &where, bool allowEmpty, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        fail(error, QStringLiteral("field '%1' is missing or not a string").arg(field(where, key)));
        return {};
    }
    const QString s = value.toString();
    if (!allowEmpty && s.isEmpty())
        fail(error, QStringLiteral("field '%1' is empty").arg(field(where, key)));
    if (s.size() > 1024)
        fail(error, QStringLiteral("field '%1' is implausibly long").arg(field(where, key)));
    return s;
}

QByteArray base64(const QJsonObject &object, const QString &key, const QString &where, qsizetype expectedSize,
    bool allowEmpty, QString *error)
{
    const QString encoded = text(object, key, where, allowEmpty, error);
    if (encoded.isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(error, QStringLiteral("field '%1' is not valid base64").arg(field(where, key)));
        return {};
    }
    if (expectedSize >= 0 && decoded.decoded.size() != expectedSize) {
        fail(error,
            QStringLiteral("field '%1' has %2 bytes, expected %3")
                .arg(field(where, key))
                .arg(decoded.decoded.size())
                .arg(expectedSize));
        return {};
    }
    return decoded.decoded;
}

quint64 unsignedNumber(const QJsonObject &object, const QString &key, const QString &where, quint64 max, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        fail(error, QStringLiteral("field '%1' is missing or not a number").arg(field(where, key)));
        return 0;
    }
    // Check as a double before converting: casting an out-of-range double to an integer is undefined.
    const double d = value.toDouble();
    const double limit = std::min(static_cast<double>(max), kMaxExactInteger);
    if (!std::isfinite(d) || d < 0 || d > limit || std::floor(d) != d) {
        fail(error, QStringLiteral("field '%1' is not an integer in [0, %2]").arg(field(where, key)).arg(max));
        return 0;
    }
    return static_cast<quint64>(d);
}

bool boolean(const QJsonObject &object, const QString &key, const QString &where, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        fail(error, QStringLiteral("field '%1' is missing or not a boolean").arg(field(where, key)));
        return false;
    }
    return value.toBool();
}

QJsonObject slotToJson(const KeySlot &slot)
{
    QJsonObject kdf;
    kdf.insert(QStringLiteral("algorithm"), slot.kdf.algorithm);
    kdf.insert(QStringLiteral("opsLimit"), static_cast<double>(slot.kdf.opsLimit));
    kdf.insert(QStringLiteral("memLimitBytes"), static_cast<double>(slot.kdf.memLimitBytes));
    kdf.insert(QStringLiteral("salt"), QString::fromLatin1(slot.kdf.salt.toBase64()));

    QJsonObject o;
    o.insert(QStringLiteral("id"), slot.id);
    o.insert(QStringLiteral("kind"), slot.kind);
    o.insert(QStringLiteral("userId"), slot.userId);
    o.insert(QStringLiteral("userHint"), QString::fromLatin1(slot.userHint.toBase64()));
    o.insert(QStringLiteral("default"), slot.isDefault);
    o.insert(QStringLiteral("kdf"), kdf);
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64()));
    o.insert(QStringLiteral("wrappedKey"), QString::fromLatin1(slot.wrappedKey.toBase64()));
    o.insert(QStringLiteral("createdAtMs"), static_cast<double>(slot.createdAtMs));
    return o;
}

Result<KeySlot> slotFromJson(const QJsonValue &value, int index)
{
    const QString where = QStringLiteral("slots[%1]").arg(index);
    if (!value.isObject())
        return Result<KeySlot>(ErrorCode::VaultDamaged, QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject o = value.toObject();
    QString error;
    KeySlot slot;
    slot.id = text(o, QStringLiteral("id"), where, false, &error);
    slot.kind = text(o, QStringLiteral("kind"), where, false, &error);
    slot.userId = text(o, QStringLiteral("userId"), where, true, &error);
    slot.isDefault = boolean(o, QStringLiteral("default"), where, &error);
    const bool isRecovery = slot.kind == KeySlot::recoveryKind();
    slot.userHint = base64(o, QStringLiteral("userHint"), where, isRecovery ? 0 : 32, isRecovery, &error);

    const QString kdfWhere = where + QStringLiteral(".kdf");
    const QJsonValue kdfValue = o.value(QStringLiteral("kdf"));
    if (!kdfValue.isObject()) {
        if (error.isEmpty())
            error = QStringLiteral("field '%1' is missing or not an object").arg(kdfWhere);
    } else {
        const QJsonObject kdf = kdfValue.toObject();
        slot.kdf.algorithm = text(kdf, QStringLiteral("algorithm"), kdfWhere, false, &error);
        slot.kdf.opsLimit = unsignedNumber(kdf, QStringLiteral("opsLimit"), kdfWhere, Kdf::kMaxOps, &error);
        slot.kdf.memLimitBytes = unsignedNumber(kdf, QStringLiteral("memLimitBytes"), kdfWhere, Kdf::kMaxMem, &error);
        slot.kdf.salt
            = base64(kdf, QStringLiteral("salt"), kdfWhere, static_cast<qsizetype>(Kdf::kSaltBytes), false, &error);
    }
    slot.nonce = base64(o, QStringLiteral("nonce"), where, 24, false, &error);
    slot.wrappedKey = base64(o, QStringLiteral("wrappedKey"), where, 48, false, &error);
    slot.createdAtMs = static_cast<qint64>(
        unsignedNumber(o, QStringLiteral("createdAtMs"), where, static_cast<quint64>(kMaxExactInteger), &error));
    if (!error.isEmpty())
        return Result<KeySlot>(ErrorCode::VaultDamaged, error);

    if (slot.kind != KeySlot::passwordKind() && !isRecovery)
        return Result<KeySlot>(
            ErrorCode::VaultDamaged, QStringLiteral("%1 has unknown kind '%2'").arg(where, slot.kind.left(40)));
    if (isRecovery && (!slot.userId.isEmpty() || slot.isDefault))
        return Result<KeySlot>(ErrorCode::VaultDamaged,
            QStringLiteral("%1: a recovery slot has no user and is never the default").arg(where));
    if (!isRecovery && slot.userId.isEmpty())
        return Result<KeySlot>(ErrorCode::VaultDamaged, QStringLiteral("%1: password slot without a user").arg(where));
    if (Status params = Kdf::checkParams(slot.kdf); !params)
        return Result<KeySlot>(ErrorCode::VaultDamaged, where + QStringLiteral(": ") + params.error().message);
    return slot;
}

} // namespace relasi::vaultjson
