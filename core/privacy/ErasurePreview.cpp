#include "privacy/ErasurePreview.h"

#include <QJsonArray>

namespace relasi {

qint64 ErasurePreview::count(const QString &kind) const
{
    for (const Row &r : rows) {
        if (r.kind == kind)
            return r.count;
    }
    return 0;
}

ErasurePreview::Fate ErasurePreview::fate(const QString &kind) const
{
    for (const Row &r : rows) {
        if (r.kind == kind)
            return r.fate;
    }
    return Fate::Kept;
}

QString ErasurePreview::modeName(Mode mode)
{
    return mode == Mode::Erase ? QStringLiteral("erase") : QStringLiteral("anonymize");
}

QString ErasurePreview::fateName(Fate fate)
{
    switch (fate) {
    case Fate::Deleted:
        return QStringLiteral("deleted");
    case Fate::Anonymised:
        return QStringLiteral("anonymised");
    case Fate::Kept:
        return QStringLiteral("kept");
    }
    return QStringLiteral("kept");
}

QJsonObject ErasurePreview::toJson() const
{
    QJsonArray list;
    for (const Row &r : rows) {
        list.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                {QStringLiteral("count"), r.count},
                                {QStringLiteral("fate"), fateName(r.fate)}});
    }
    return QJsonObject{{QStringLiteral("mode"), modeName(mode)},
                       {QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("legal_hold"), legalHold},
                       {QStringLiteral("rows"), list}};
}

QJsonObject ErasureReport::toJson() const
{
    QJsonObject o = done.toJson();
    o.insert(QStringLiteral("outbox_scrubbed"), outboxScrubbed);
    o.insert(QStringLiteral("markers"), markers);
    o.insert(QStringLiteral("wal_truncated"), walTruncated);
    o.insert(QStringLiteral("vacuumed"), vacuumed);
    return o;
}

} // namespace relasi
