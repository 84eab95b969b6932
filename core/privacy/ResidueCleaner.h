#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace relasi {

// Removes what deleted personal data can leave behind in the database files after the rows are gone
// (docs/privacy.md, "Erasure, anonymisation, retention"):
//  - the FTS4 index keeps a deleted document's terms in older segments until they are merged: optimize()
//    merges every segment into one (old segment blobs are deleted, and secure_delete zeroes them);
//  - the WAL keeps earlier page images until a checkpoint: checkpointTruncate() copies them back and
//    truncates the -wal file to zero bytes;
//  - free pages and freed cell space are zeroed by PRAGMA secure_delete (Database turns it on for every
//    connection; secureDeleteOn() checks it); vacuumIfDue() rebuilds the file when many pages are free.
class ResidueCleaner
{
public:
    // Merges the FTS index into one segment. Runs inside the caller's transaction (or on its own).
    static Status optimizeSearchIndex(QSqlDatabase &db);

    // PRAGMA wal_checkpoint(TRUNCATE). True when the whole WAL was written back and truncated; false when
    // another connection's open read kept part of it (it is then retried by the next erasure or run).
    // Never call inside a transaction.
    static Result<bool> checkpointTruncate(QSqlDatabase &db);

    // Whether PRAGMA secure_delete is on for this connection.
    static Result<bool> secureDeleteOn(QSqlDatabase &db);

    // Free pages / all pages.
    static Result<double> freeFraction(QSqlDatabase &db);

    // VACUUM (then a truncating checkpoint) when at least `threshold` of the pages are free. True if it ran.
    // Never call inside a transaction; needs no other connection writing.
    static Result<bool> vacuumIfDue(QSqlDatabase &db, double threshold = 0.25);
};

} // namespace relasi
