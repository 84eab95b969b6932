#include "io/export/RowPipeline.h"

#include "io/export/TableSink.h"

#include <QThread>

#include <algorithm>
#include <ctime>

namespace relasi {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

void RowBlock::clear()
{
    m_used = 0;
    m_ends.clear();
    m_rows = 0;
}

void RowBlock::grow(qsizetype more)
{
    m_bytes.resize(std::max({m_bytes.size() * 2, m_used + more, qsizetype(64 * 1024)}));
}

void RowBlock::views(std::vector<QByteArrayView> &out) const
{
    out.resize(m_ends.size());
    const char *base = m_bytes.constData();
    qsizetype from = 0;
    for (size_t i = 0; i < m_ends.size(); ++i) {
        out[i] = QByteArrayView(base + from, m_ends[i] - from);
        from = m_ends[i];
    }
}

RowPipeline::RowPipeline(TableSink &sink, int columns) : m_sink(sink), m_columns(columns)
{
    for (int i = 0; i < kBlocks; ++i) {
        m_pool.push_back(std::make_unique<RowBlock>());
        m_free.push_back(m_pool.back().get());
    }
    m_current = m_free.back();
    m_free.pop_back();
}

RowPipeline::~RowPipeline()
{
    abort();
}

void RowPipeline::start()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("export-writer"));
    m_thread->start();
}

Status RowPipeline::handOver()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_failed)
        return m_writeStatus;
    m_full.push_back(m_current);
    m_current = nullptr;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return !m_free.empty() || m_failed; });
    if (m_free.empty())
        return m_writeStatus;
    m_current = m_free.back();
    m_free.pop_back();
    return {};
}

void RowPipeline::run()
{
    const double cpu0 = threadCpuSeconds();
    std::vector<QByteArrayView> cells;
    for (;;) {
        RowBlock *block = nullptr;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
            if (m_full.empty() || m_drop)
                break;
            block = m_full.front();
            m_full.pop_front();
        }
        block->views(cells);
        Status s;
        qsizetype r = 0;
        for (; r < block->rows() && s; ++r)
            s = m_sink.rowUtf8(cells.data() + r * m_columns, m_columns);
        m_written.fetch_add(s ? r : r - 1);
        block->clear();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_free.push_back(block);
        if (!s) {
            m_failed = true;
            m_writeStatus = s;
        }
        m_changed.notify_all();
        if (m_failed)
            break;
    }
    m_writerCpu = threadCpuSeconds() - cpu0;
}

void RowPipeline::stop(bool drop)
{
    if (!m_thread)
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!drop && m_current && m_current->rows() > 0) {
            m_full.push_back(m_current);
            m_current = nullptr;
        }
        m_done = true;
        m_drop = drop;
        m_changed.notify_all();
    }
    m_thread->wait();
    m_thread.reset();
}

Result<qint64> RowPipeline::finish()
{
    stop(false);
    if (m_failed)
        return m_writeStatus.error();
    return m_written.load();
}

void RowPipeline::abort()
{
    stop(true);
}

} // namespace relasi
