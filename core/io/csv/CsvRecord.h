#pragma once

#include <QStringList>

namespace relasi {

// One logical CSV record. Ragged files are accepted: fields.size() is whatever the record held.
struct CsvRecord {
    QStringList fields;
    qint64 number = 0; // 1-based count of records read so far, rejected ones included
    qint64 line = 0; // physical line (1-based) where the record starts
    qint64 byteOffset = -1; // offset of the record's first byte in the input, -1 if the encoding makes it unknowable

    int fieldCount() const { return int(fields.size()); }
    // A record from an empty line: one empty field.
    bool isBlank() const { return fields.size() == 1 && fields.constFirst().isEmpty(); }
};

} // namespace relasi
