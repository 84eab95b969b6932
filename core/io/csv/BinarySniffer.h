#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace relasi {

// Tells a text file from something that is not one, before any row is read: a spreadsheet or archive saved
// under a .csv name, a PDF, an image, or bytes with many control characters. A single stray NUL in an otherwise
// textual file is not enough (the reader rejects that record only).
class BinarySniffer
{
public:
    // Empty when head looks like text; else why it does not ("an Excel workbook (.xlsx)…").
    static QString whyNotText(const QByteArray &head);
    // Peeks (does not consume) the device's first 64 KiB.
    static QString whyNotText(QIODevice *device);
};

} // namespace relasi
