#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace relasi {

class TableSink;

// Rows of UTF-8 cells packed into one buffer: the unit the reading thread hands to the writing thread.
class RowBlock
{
public:
    void clear();
    qsizetype rows() const { return m_rows; }
    qsizetype bytes() const { return m_used; }

    void appendCell(QByteArrayView utf8)
    {
        appendPart(utf8);
        endCell();
    }
    // A cell made of parts: appendPart()…, endCell().
    void appendPart(QByteArrayView utf8)
    {
        const qsizetype n = utf8.size();
        if (m_used + n > m_bytes.size())
            grow(n);
        if (n > 0)
            std::memcpy(m_bytes.data() + m_used, utf8.data(), size_t(n));
        m_used += n;
    }
    void endCell() { m_ends.push_back(m_used); }
    void endRow() { ++m_rows; }

    // Views of every cell, row after row.
    void views(std::vector<QByteArrayView> &out) const;

private:
    void grow(qsizetype more);

    QByteArray m_bytes; // the first m_used bytes are cells; the rest is room (kept between blocks)
    qsizetype m_used = 0;
    std::vector<qsizetype> m_ends; // end offset of each cell
    qsizetype m_rows = 0;
};

// Puts rows into a TableSink (TableSink::rowUtf8) on a thread of its own, so that the thread that reads them (from
// SQLite) and the one that encodes and writes them (CSV quoting and guard, UTF-16LE, xlsx, the file) run on two
// cores. The reader fills current() and calls endRow(); full blocks go through a bounded queue and come back
// empty, so memory stays constant (kBlocks blocks of about kRowsPerBlock rows). The sink is only touched by the
// writing thread between start() and finish()/abort(); begin() before and finish() after stay with the caller.
class RowPipeline
{
public:
    static constexpr qsizetype kRowsPerBlock = 1024;
    static constexpr qsizetype kBytesPerBlock = 512 * 1024;
    static constexpr int kBlocks = 4;

    RowPipeline(TableSink &sink, int columns);
    ~RowPipeline(); // abort() when still running
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    void start();
    RowBlock &current() { return *m_current; }
    // Ends the row in current(); hands the block over when full. Fails (then stop reading) once a write failed.
    Status endRow()
    {
        m_current->endRow();
        if (m_current->rows() < kRowsPerBlock && m_current->bytes() < kBytesPerBlock)
            return {};
        return handOver();
    }
    // Writes what is left and waits for the writer: the rows written, or the first write error.
    Result<qint64> finish();
    // Drops what is queued and waits for the writer (cancel, read error).
    void abort();
    // Rows the sink has taken so far.
    qint64 rowsWritten() const { return m_written.load(); }
    // CPU seconds the writing thread used (CLOCK_THREAD_CPUTIME_ID), known after finish()/abort().
    double writerCpuSeconds() const { return m_writerCpu; }

private:
    Status handOver();
    void stop(bool drop);
    void run();

    TableSink &m_sink;
    int m_columns;
    std::vector<std::unique_ptr<RowBlock>> m_pool;
    RowBlock *m_current = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBlock *> m_full; // to write, in order
    std::vector<RowBlock *> m_free;
    bool m_done = false;  // no more blocks will come
    bool m_drop = false;  // throw queued blocks away
    bool m_failed = false;
    Status m_writeStatus;
    std::atomic<qint64> m_written{0};
    double m_writerCpu = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace relasi
