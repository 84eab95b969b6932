#include "io/import/ImportBatchProducer.h"

#include "io/csv/CsvRecord.h"
#include "io/import/CustomerRowMapper.h"
#include "io/import/ImportSource.h"
#include "search/SearchIndex.h"

#include <QHash>

namespace relasi {

ImportBatchProducer::ImportBatchProducer(ImportSource &source, Options options)
    : m_source(source), m_options(std::move(options))
{
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.queueDepth = qMax(1, m_options.queueDepth);
}

ImportBatchProducer::~ImportBatchProducer()
{
    stop();
}

void ImportBatchProducer::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this] { produce(); });
}

void ImportBatchProducer::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool ImportBatchProducer::next(ImportBatch &batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || !m_queue.empty() || m_finished; });
    if (m_stop || m_queue.empty())
        return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool ImportBatchProducer::push(ImportBatch &&batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || int(m_queue.size()) < m_options.queueDepth; });
    if (m_stop)
        return false;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

namespace {

// CustomerService::prepare normalises every contact point again, but CustomerRowMapper already made the phones
// E.164 in the same region, and libphonenumber is the costly part (~10 µs a number). So the phones sit out of
// prepare (taken out with their positions) and go back in after, their index column made from them alone.
using PhoneSlots = QList<QPair<int, ContactPoint>>;

PhoneSlots takePhones(Customer &c)
{
    PhoneSlots out;
    for (int i = 0; i < c.contacts.size(); ++i) {
        if (c.contacts.at(i).kind == ContactKind::Phone && !c.contacts.at(i).normalized.isEmpty())
            out << qMakePair(i, c.contacts.at(i));
    }
    for (int i = int(out.size()) - 1; i >= 0; --i)
        c.contacts.removeAt(out.at(i).first);
    return out;
}

void putPhones(Customer &c, SearchIndex::Row &indexRow, const PhoneSlots &phones, const QString &indexRegion)
{
    if (phones.isEmpty())
        return;
    Customer only;
    for (const auto &slot : phones) {
        c.contacts.insert(qMin(slot.first, int(c.contacts.size())), slot.second);
        only.contacts << slot.second;
    }
    indexRow.phones = SearchIndex::rowFor(only, indexRegion).phones;
}

} // namespace

// Prepares the batch's new customers at once; when one record fails (something only the service checks, e.g.
// a card number in the notes), record by record, noting the validator's reason on those that fail.
void ImportBatchProducer::prepareBatch(ImportBatch &batch, QList<NewCustomer> &toPrepare, QList<int> &rowOf)
{
    if (toPrepare.isEmpty()) {
        batch.prepared.region = m_options.region;
        batch.prepared.indexRegion = m_options.indexRegion;
        return;
    }
    QList<PhoneSlots> phones;
    phones.reserve(toPrepare.size());
    for (NewCustomer &c : toPrepare)
        phones << takePhones(c);
    auto all = CustomerService::prepare(toPrepare, m_options.region, m_options.indexRegion);
    if (all) {
        batch.prepared = std::move(*all);
        for (int i = 0; i < batch.prepared.records.size(); ++i)
            putPhones(batch.prepared.records[i], batch.prepared.indexRows[i], phones.at(i), m_options.indexRegion);
    } else {
        batch.prepared = PreparedCustomers();
        batch.prepared.region = m_options.region;
        batch.prepared.indexRegion = m_options.indexRegion;
        for (int i = 0; i < toPrepare.size(); ++i) {
            ImportRow &row = batch.rows[rowOf.at(i)];
            auto one = CustomerService::prepare({toPrepare.at(i)}, m_options.region, m_options.indexRegion);
            if (!one) {
                row.prepared = -1;
                row.prepareError = one.error().message;
                continue;
            }
            row.prepared = int(batch.prepared.records.size());
            putPhones(one->records.first(), one->indexRows.first(), phones.at(i), m_options.indexRegion);
            batch.prepared.records << one->records.constFirst();
            batch.prepared.indexRows << one->indexRows.constFirst();
        }
    }
    toPrepare.clear();
    rowOf.clear();
}

void ImportBatchProducer::produce()
{
    ImportProfile &profile = m_options.profile;
    const bool keepMapped = profile.action == ImportProfile::DuplicateAction::Fill
        || profile.action == ImportProfile::DuplicateAction::Overwrite;
    ImportBatch batch;
    QList<NewCustomer> toPrepare;
    QList<int> rowOf; // toPrepare index -> batch.rows index
    auto finish = [&](bool lastBatch) -> bool {
        prepareBatch(batch, toPrepare, rowOf);
        batch.bytesRead = m_source.bytesRead();
        const bool pushed = push(std::move(batch));
        batch = ImportBatch();
        if (lastBatch) {
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_finished = true;
            }
            m_changed.notify_all();
        }
        return pushed;
    };
    auto fail = [&](const QString &message) {
        batch.error = Error(ErrorCode::Invalid, message);
        finish(true);
    };

    CsvRecord record;
    while (!m_stop) {
        const bool ok = m_source.readRecord(record);
        if (!ok && m_source.atEnd() && !m_source.error().isError())
            break;
        const bool isHeader = profile.headerRow > 0 && record.number == profile.headerRow;
        if (!ok) {
            const CsvError &e = m_source.error();
            if (!e.isRecoverable() || isHeader)
                return fail(QStringLiteral("line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message));
            if (record.number >= profile.firstDataRow) {
                ++batch.dataRows;
                batch.rejected << RejectedRow{e.line, 0, e.message, record.fields}; // e.column counts characters
            }
        } else if (isHeader) {
            batch.hasHeader = true;
            batch.header = record.fields;
            if (profile.columns.isEmpty())
                profile.columns = ImportProfile::autoDetect(record.fields).columns;
            if (profile.mappedCount() == 0)
                return fail(QStringLiteral("no column of the header matches a customer field (%1)")
                                .arg(record.fields.mid(0, 8).join(QStringLiteral(", ")).left(200)));
            continue;
        } else if (record.number < profile.firstDataRow) {
            continue;
        } else {
            if (profile.columns.isEmpty() || profile.mappedCount() == 0)
                return fail(QStringLiteral("the profile maps no column"));
            ++batch.dataRows;
            MappedRow mapped = CustomerRowMapper::map(record.fields, profile, m_options.region);
            if (!mapped.error.isEmpty()) {
                batch.rejected << RejectedRow{record.line, mapped.errorColumn, mapped.error, record.fields};
            } else {
                ImportRow row;
                row.line = record.line;
                row.fields = record.fields;
                for (const QString &key : std::as_const(mapped.keys)) {
                    if (m_seen.contains(qHash(key, 0x5eed)))
                        row.inFile = true;
                }
                for (const QString &key : std::as_const(mapped.keys))
                    m_seen.insert(qHash(key, 0x5eed));
                row.keys = std::move(mapped.keys);
                row.warnings = std::move(mapped.warnings);
                if (!row.inFile || profile.action == ImportProfile::DuplicateAction::Create) {
                    rowOf << int(batch.rows.size());
                    row.prepared = int(toPrepare.size());
                    if (keepMapped)
                        row.customer = mapped.customer;
                    toPrepare << std::move(mapped.customer);
                }
                batch.rows << std::move(row);
            }
        }
        if (batch.dataRows >= m_options.batchSize && !finish(false))
            return;
    }
    if (!m_stop)
        finish(true);
}

} // namespace relasi
