#pragma once

#include <QString>

namespace relasi {

// Kinds of failure the core reports. User-facing text is made at the UI edge (tr()); the message carried
// here is technical detail for logs and the command line.
enum class ErrorCode {
    Other,            // anything not listed below
    Usage,            // the caller asked for something malformed
    WrongSecret,      // wrong password or recovery code
    VaultMissing,     // relasi.vault is absent
    VaultDamaged,     // relasi.vault cannot be parsed or has been altered
    DatabaseDamaged,  // relasi.db is damaged or tampered with (page authentication failed)
    NewerVersion,     // the workspace was written by a newer Relasi
    InUse,            // another running Relasi holds the workspace
    PermissionDenied, // the signed-in user may not do this
    NotFound,         // no such record, file or workspace
    Invalid,          // a value failed validation (e-mail, card number, …)
    Conflict,         // the record changed underneath, or already exists
    Cancelled,        // the user cancelled long work
    Io,               // reading or writing a file failed
    Locked,           // the workspace is locked: no data key in memory
};

struct Error {
    ErrorCode code = ErrorCode::Other;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m) : code(c), message(std::move(m)) {}
};

// Process exit codes of relasi-cli (a firm contract, see README).
int exitCodeFor(ErrorCode code);

// Short stable identifier of an error kind, used in --json output and logs.
QString errorCodeName(ErrorCode code);

} // namespace relasi
