#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relasi {

// A zip file built in memory with libzip (deflate), for bundles small enough to hold whole (one person's
// data). The caller writes the bytes atomically (QSaveFile). Not a QObject; no file system access.
class ZipArchive
{
public:
    struct Entry {
        QString name; // path inside the archive, '/'-separated, UTF-8
        QByteArray data;
    };

    void add(const QString &name, const QByteArray &data) { m_entries.append(Entry {name, data}); }
    const QList<Entry> &entries() const { return m_entries; }

    // The archive's bytes. Io when libzip fails; Invalid for an empty or duplicate entry name.
    Result<QByteArray> build() const;

private:
    QList<Entry> m_entries;
};

} // namespace relasi
