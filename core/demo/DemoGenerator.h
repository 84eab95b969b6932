#pragma once

#include "common/Result.h"
#include "domain/Customer.h"

#include <QtGlobal>

#include <functional>

namespace relasi {

class ServiceContext;

// What DemoGenerator::generate made.
struct DemoStats {
    qint64 customers = 0;
    qint64 deals = 0;
    qint64 interactions = 0;
    qint64 tasks = 0;
    qint64 dealErrors = 0; // deals the services refused (see the warning logged for the first)
};

// Deterministic, realistic demo data written through the services (so journal, audit and search index
// are filled exactly as by hand): customers with Indonesian, European (accented) and Chinese/Japanese/
// Korean names, companies (PT, CV, GmbH, 株式会社, …), +62 mobile numbers in mixed formats and some
// foreign ones, e-mails, cities, tags, statuses and notes. About one customer in ten also gets deals in
// every pipeline stage (IDR, integer minor units), communication logs over the last two years and a task
// (some overdue). The same seed gives the same customers (names, contacts, …); ids and timestamps come
// from the services' clock. Customers go in through CustomerService::createMany, batchSize per transaction;
// the next batch is made and prepared (CustomerService::prepare: normalisation, index rows) on a worker thread
// while the current one is written. A run of 50,000 customers or more ends with SearchIndex::optimize.
class DemoGenerator
{
public:
    // done/total customers; return false to stop (ErrorCode::Cancelled; earlier batches stay).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoGenerator(ServiceContext &ctx, quint64 seed);

    void setBatchSize(int batchSize) { m_batchSize = qMax(1, batchSize); }
    // Every n-th customer (on average) gets deals, logs and a task; 0: none.
    void setDetailEvery(int n) { m_detailEvery = qMax(0, n); }

    // The index-th demo customer (owner left empty), independent of any batch it is made in.
    Customer customerAt(qint64 index) const;

    Result<DemoStats> generate(qint64 count, const Progress &progress = {});

private:
    Status addDetails(const QString &customerId, qint64 index, qint64 nowMs, DemoStats *stats);

    ServiceContext &m_ctx;
    quint64 m_seed;
    int m_batchSize = 5000;
    int m_detailEvery = 10;
};

} // namespace relasi
