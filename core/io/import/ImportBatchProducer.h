#pragma once

#include "io/import/ImportBatch.h"
#include "io/import/ImportProfile.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace relasi {

class ImportSource;

// The first stage of an import, on a thread of its own: reads the source, finds the header (auto-mapping the
// columns when the profile has none), maps every data row (CustomerRowMapper: e-mails, phones, websites
// validated and normalised), finds duplicates within the file (an in-memory set of key hashes) and prepares
// the rows to create (CustomerService::prepare: normalisation and search index rows). It hands batches of
// `batchSize` data rows to one consumer, the writer, through a bounded queue (at most `queueDepth` batches
// wait), so memory stays bounded whatever the file's size. No database access: the writer does that.
//
// Every data row read ends in exactly one batch, as a row or a rejected row. A fatal read error ends the
// stream with a batch carrying the error.
class ImportBatchProducer
{
public:
    struct Options {
        ImportProfile profile;
        QString region;      // phone numbers without a country prefix
        QString indexRegion; // SearchIndex::indexRegion() of the writer's database
        int batchSize = 2000;
        int queueDepth = 2;
    };

    ImportBatchProducer(ImportSource &source, Options options);
    ~ImportBatchProducer(); // stop()
    ImportBatchProducer(const ImportBatchProducer &) = delete;
    ImportBatchProducer &operator=(const ImportBatchProducer &) = delete;

    void start();
    // The next batch, waiting for it; false once the last one was taken (or after stop()).
    bool next(ImportBatch &batch);
    // Asks the thread to finish and waits for it; batches not taken are dropped. Safe to call twice.
    void stop();

private:
    void produce();
    bool push(ImportBatch &&batch); // waits while the queue is full; false when stopped
    void prepareBatch(ImportBatch &batch, QList<NewCustomer> &toPrepare, QList<int> &rowOf);

    ImportSource &m_source;
    Options m_options;
    QSet<size_t> m_seen; // hashes of the duplicate keys of rows taken from this file (producer thread only)

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ImportBatch> m_queue;
    bool m_finished = false; // the producer pushed its last batch
    std::atomic<bool> m_stop{false};
};

} // namespace relasi
