#pragma once

// Internal helpers shared by SqlCipherDriver and SqlCipherResult (not part of the public API).

#include <QByteArray>
#include <QMetaType>
#include <QSqlError>
#include <QString>

#include <sqlite3.h>

namespace relasi::sqlcipher {

// A QSqlError for the last failure on db: databaseText is sqlite3_errmsg, nativeErrorCode the extended
// result code as a decimal string. A non-zero code overrides the connection's (for checks of our own).
inline QSqlError makeError(sqlite3 *db, const QString &what, QSqlError::ErrorType type, int code = 0,
                           const QString &message = QString())
{
    int native = code;
    if (native == 0)
        native = db ? sqlite3_extended_errcode(db) : SQLITE_MISUSE;
    QString text = message;
    if (text.isEmpty())
        text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(native));
    return QSqlError(what, text, type, QString::number(native));
}

// The Qt type of a column declared as decl, following SQLite's type-affinity rules (section 3.1 of
// "Datatypes In SQLite"); invalid for expressions without a declared type.
inline QMetaType metaTypeForDeclaredType(const char *decl)
{
    if (!decl || !*decl)
        return QMetaType();
    const QByteArray d = QByteArray(decl).toUpper();
    if (d.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT"))
        return QMetaType(QMetaType::QString);
    if (d.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (d.contains("BOOL"))
        return QMetaType(QMetaType::Bool);
    if (d.contains("DATE") || d.contains("TIME"))
        return QMetaType(QMetaType::QString); // stored as ISO-8601 text
    return QMetaType(QMetaType::Double);      // NUMERIC affinity
}

// The Qt type of a value SQLite reports for a column at run time.
inline QMetaType metaTypeForStorageClass(int storageClass)
{
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType(QMetaType::LongLong);
    case SQLITE_FLOAT:
        return QMetaType(QMetaType::Double);
    case SQLITE_TEXT:
        return QMetaType(QMetaType::QString);
    case SQLITE_BLOB:
        return QMetaType(QMetaType::QByteArray);
    default:
        return QMetaType();
    }
}

} // namespace relasi::sqlcipher
