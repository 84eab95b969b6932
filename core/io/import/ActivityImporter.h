#pragma once

#include "common/Result.h"
#include "io/import/CustomerImporter.h"
#include "io/import/ImportProfile.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QIODevice;

namespace relasi {

class ServiceContext;

// The headless import of communication logs or deals (profile.entity logs | deals) from CSV, e.g. what
// RecordExporter wrote. Each row names its customer by e-mail (customer_email / email / surel) or external id
// (customer_external_id / external_id); a row whose customer is not found, or whose values are invalid
// (unknown channel or stage, unreadable date or amount), is rejected with its line and column. A row equal to a
// stored one (logs: same customer, time, channel and subject; deals: same customer and title) is skipped,
// so re-importing a file adds nothing. Writes through InteractionService::add / DealService::create; the whole
// run is one RollbackLog, so cancel or failure leaves the database as it was. Recorded in imports /
// import_items (entity "interaction" / "deal") for undo: deals are deleted again, logs (insert-only,
// DESIGN §7) stay.
//
// Columns (header names, case-insensitive; English and Indonesian):
//   logs:  occurred_at|date|tanggal, channel|kanal, direction|arah, duration_s|duration|durasi, subject|subjek,
//          body|isi|notes|catatan, outcome|hasil
//   deals: title|judul, stage|tahap, amount|nilai, currency|mata_uang, probability|probabilitas,
//          expected_close|perkiraan_tutup, lost_reason|alasan_kalah
// Dates: ISO 8601 (UTC unless it carries an offset) or yyyy-MM-dd. Amounts: 1250000, 1250000.50 or
// Indonesian 1.250.000,50; currency defaults to IDR.
class ActivityImporter
{
public:
    using Progress = CustomerImporter::Progress;

    explicit ActivityImporter(ServiceContext &ctx);

    Result<ImportReport> run(QIODevice &device, const ImportProfile &profile, const Progress &progress = {},
                             bool dryRun = false, const QString &fileName = {});
    const ImportReport &report() const { return m_report; }

    // Column index of each known column name in header (names as listed above, canonical form).
    static QHash<QString, int> mapHeader(const QStringList &header, ImportProfile::Entity entity);
    // Parses a date or date-time; 0 when empty, -1 when unreadable.
    static qint64 parseTime(const QString &text);

private:
    ServiceContext &m_ctx;
    ImportReport m_report;
};

} // namespace relasi
