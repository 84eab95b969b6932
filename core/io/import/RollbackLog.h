#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace relasi {

// Makes a run of many committed service transactions undoable as if it had been one transaction.
//
// The services each open their own (non-nestable) write transaction, so an import that writes in batches
// cannot simply be rolled back. While armed, a RollbackLog records on its connection, with TEMP triggers
// (never persisted, invisible to other connections), how to undo every row change of every ordinary table of
// the main database — the FTS shadow tables, the journal, the outbox and the audit log included:
//  - rows inserted above a table's highest rowid at begin() are simply deleted at rollback (no per-row cost);
//  - an insert at or below it (or into a WITHOUT ROWID table), and every update or delete of an older row,
//    appends the statement that reverses it to a TEMP table.
// rollback() replays those statements newest first, deletes the rows above each high-water mark and puts
// sqlite_sequence back, in one transaction: every table then holds exactly the rows it held at begin().
// release() keeps the changes and drops the triggers. The connection's recursive_triggers is switched on
// while armed, so the delete half of an INSERT OR REPLACE is recorded as well.
// FTS3/4 tables: their index shadow tables (%_segments, %_segdir, …) cannot carry triggers (SQLite recurses);
// changes are recorded on %_content and reversed through the virtual table, so the index holds the same
// documents afterwards (its segment layout may differ: it is an index of the same content).
// Only this connection's writes are recorded; use it where the connection has a single writer (an import).
class RollbackLog
{
public:
    explicit RollbackLog(QSqlDatabase db);
    ~RollbackLog(); // releases (keeps the changes) if still armed
    RollbackLog(const RollbackLog &) = delete;
    RollbackLog &operator=(const RollbackLog &) = delete;

    Status begin();
    Status rollback();
    Status release();
    bool isArmed() const { return m_armed; }

    // Number of reversing statements recorded so far (rows above the high-water marks are not counted).
    qint64 recordedChanges() const;

private:
    struct Table {
        QString name;
        bool withoutRowid = false;
        qint64 highWater = 0;
        QString fts; // for an FTS3/4 table's %_content: the virtual table, which the reversal goes through
    };

    Status disarm();

    QSqlDatabase m_db;
    bool m_armed = false;
    bool m_recursiveTriggers = false;
    QList<Table> m_tables;
    QStringList m_triggers;
    QList<QPair<QString, qint64>> m_sequences;
    bool m_hasSequenceTable = false;
};

} // namespace relasi
