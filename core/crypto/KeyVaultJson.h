#pragma once

#include "common/Result.h"
#include "crypto/KeySlot.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace relasi::vaultjson {

// JSON form of relasi.vault fields (internal to KeyVault). Readers never trust their input: a missing
// field, a wrong type, a number outside its range or a base64 value of the wrong length is an error naming
// the field, never a crash.

QString text(const QJsonObject &object, const QString &key, const QString &where, bool allowEmpty, QString *error);
QByteArray base64(const QJsonObject &object, const QString &key, const QString &where, qsizetype expectedSize,
    bool allowEmpty, QString *error);
quint64 unsignedNumber(
    const QJsonObject &object, const QString &key, const QString &where, quint64 max, QString *error);
bool boolean(const QJsonObject &object, const QString &key, const QString &where, QString *error);

QJsonObject slotToJson(const KeySlot &slot);
Result<KeySlot> slotFromJson(const QJsonValue &value, int index);

} // namespace relasi::vaultjson
