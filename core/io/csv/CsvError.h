#pragma once

#include <QString>

namespace relasi {

// A problem the CSV reader found, with the physical position (1-based line and column, columns counted in
// Unicode code points of the decoded text) where it was found.
struct CsvError {
    enum class Kind {
        None,
        UnterminatedQuote, // a quoted field is still open at the end of the input (fatal: reading stops)
        NulByte, // a NUL character inside the data (the record is rejected, reading goes on)
        InvalidEncoding, // bytes that are not valid in the file's encoding (record rejected, reading goes on)
        FieldTooLarge, // a field longer than the configured limit (record rejected, reading goes on)
        RecordTooLarge, // a record longer than the configured limit (record rejected, reading goes on)
        Io, // the device could not be read (fatal)
        Encoding, // the encoding is unknown or not supported (fatal)
    };

    Kind kind = Kind::None;
    qint64 line = 0;
    qint64 column = 0;
    qint64 record = 0; // number of the affected record (1-based), 0 if none
    QString message; // technical detail for logs and the command line; the UI words its own text

    bool isError() const { return kind != Kind::None; }
    // Recoverable errors reject one record; the next readRecord() carries on with the record after it.
    bool isRecoverable() const
    {
        return kind == Kind::NulByte || kind == Kind::InvalidEncoding || kind == Kind::FieldTooLarge
            || kind == Kind::RecordTooLarge;
    }
};

} // namespace relasi
