#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "io/import/CustomerImporter.h"
#include "services/CustomerService.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace relasi {

// One row of an import that mapped cleanly (CustomerRowMapper), prepared for creation (CustomerService::prepare)
// unless it duplicates an earlier row of the file. A row prepare refuses is still here: only if it is to be
// created is it rejected (a duplicate is skipped, or fills a stored customer, whatever its other cells say).
struct ImportRow {
    qint64 line = 0;
    QStringList fields;   // the row as read (for the rejected-rows report)
    QStringList keys;     // duplicate keys ("e:…", "p:…", "x:…", "n:…")
    NewCustomer customer; // as mapped; kept only when the profile fills or overwrites stored customers
    bool inFile = false;  // one of its keys belongs to an earlier row of the file
    int prepared = -1;    // index in ImportBatch::prepared.records; -1: not prepared (a duplicate in the file)
    QString prepareError; // why CustomerService::prepare refused it (rejects the row if it is to be created)
    QList<QPair<int, QString>> warnings; // CustomerRowMapper: values kept in another form (column, why)
};

// What ImportBatchProducer hands to the writer: a run of consecutive data rows, the good ones prepared for
// CustomerService::createMany, the bad ones rejected with line, column and reason.
struct ImportBatch {
    QList<ImportRow> rows;
    PreparedCustomers prepared;
    QList<RejectedRow> rejected;
    qint64 dataRows = 0;  // data rows read for this batch: rows.size() + rejected.size()
    qint64 bytesRead = 0; // of the source, after this batch
    bool hasHeader = false;
    QStringList header;         // on the batch that read the header row
    std::optional<Error> error; // reading cannot go on (fatal read error, nothing mapped): the import fails
};

} // namespace relasi
