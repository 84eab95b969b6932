#include "privacy/ZipArchive.h"

#include <QSet>

#include <zip.h>

#include <cstdio>

namespace relasi {

namespace {

Error zipError(const char *what, zip_error_t *error)
{
    return Error(ErrorCode::Io,
        QStringLiteral("zip: %1: %2").arg(QLatin1String(what), QString::fromUtf8(zip_error_strerror(error))));
}

} // namespace

Result<QByteArray> ZipArchive::build() const
{
    QSet<QString> names;
    for (const Entry &e : m_entries) {
        if (e.name.isEmpty() || names.contains(e.name))
            return Error(ErrorCode::Invalid, QStringLiteral("zip: empty or duplicate entry name '%1'").arg(e.name));
        names.insert(e.name);
    }

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        Error e = zipError("creating the buffer", &error);
        zip_error_fini(&error);
        return e;
    }
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        Error e = zipError("opening the archive", &error);
        zip_source_free(buffer);
        zip_error_fini(&error);
        return e;
    }
    zip_error_fini(&error);
    zip_source_keep(buffer); // survives zip_close, so the bytes can be read back

    auto failArchive = [&](const char *what) {
        Error e = zipError(what, zip_get_error(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return e;
    };
    // The entries' bytes are referenced, not copied: m_entries outlives zip_close below.
    for (const Entry &entry : m_entries) {
        zip_source_t *data = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!data)
            return failArchive("adding an entry");
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index = zip_file_add(archive, name.constData(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return failArchive("adding an entry");
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0) != 0)
            return failArchive("setting the compression");
    }
    if (zip_close(archive) != 0)
        return failArchive("writing the archive");

    QByteArray out;
    if (zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        return Error(ErrorCode::Io, QStringLiteral("zip: reading the archive back"));
    }
    bool ok = zip_source_seek(buffer, 0, SEEK_END) == 0;
    const zip_int64_t size = ok ? zip_source_tell(buffer) : -1;
    ok = ok && size >= 0 && zip_source_seek(buffer, 0, SEEK_SET) == 0;
    if (ok) {
        out.resize(qsizetype(size));
        ok = zip_source_read(buffer, out.data(), zip_uint64_t(size)) == size;
    }
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (!ok)
        return Error(ErrorCode::Io, QStringLiteral("zip: reading the archive back"));
    return out;
}

} // namespace relasi
