#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace relasi {

// What an erasure or an anonymisation of one customer would do, counted per kind of record, before it is
// done (shown to the owner for confirmation, printed by `relasi-cli privacy erase` without --yes).
struct ErasurePreview {
    enum class Mode { Erase, Anonymize };
    enum class Fate { Deleted, Anonymised, Kept };

    struct Row {
        QString kind;  // "contact_points", "addresses", "tags", "shares", "interactions", "tasks", "deals",
                       // "deal_items", "payments", "consents", "audit_entries", "company_people"
        qint64 count = 0;
        Fate fate = Fate::Deleted;
    };

    Mode mode = Mode::Erase;
    QString customerId;
    QString displayName; // shown to confirm the right person; never stored anywhere
    bool legalHold = false;
    QList<Row> rows;

    qint64 count(const QString &kind) const;
    Fate fate(const QString &kind) const;
    // {"mode", "customer_id", "legal_hold", "rows": [{"kind", "count", "fate"}]} (no name: it is personal).
    QJsonObject toJson() const;

    static QString modeName(Mode mode);  // "erase" / "anonymize"
    static QString fateName(Fate fate);  // "deleted" / "anonymised" / "kept"
};

// What an erasure or anonymisation did.
struct ErasureReport {
    ErasurePreview done;           // counts of what was removed / anonymised / kept
    qint64 outboxScrubbed = 0;     // earlier outbox mutations whose personal values were replaced
    qint64 markers = 0;            // id-only erasure markers written
    bool walTruncated = false;     // the WAL was checkpointed and truncated (false: another reader held it)
    bool vacuumed = false;

    QJsonObject toJson() const;
};

} // namespace relasi
