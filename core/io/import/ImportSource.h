#pragma once

#include "io/csv/CsvError.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvRecord.h"

#include <QList>
#include <QStringList>

namespace relasi {

// Where an import's rows come from: a CSV file, or records of another format (vCard) made into rows.
// The first record of a source with a header is that header.
class ImportSource
{
public:
    virtual ~ImportSource() = default;
    // The next record; false at the end (atEnd(), no error) or on an error (error() set).
    virtual bool readRecord(CsvRecord &record) = 0;
    virtual bool atEnd() const = 0;
    virtual const CsvError &error() const = 0;
    virtual qint64 bytesRead() const = 0;
};

// A CsvReader as a source.
class CsvImportSource : public ImportSource
{
public:
    explicit CsvImportSource(CsvReader &reader) : m_reader(reader) {}
    bool readRecord(CsvRecord &record) override { return m_reader.readRecord(record); }
    bool atEnd() const override { return m_reader.atEnd(); }
    const CsvError &error() const override { return m_reader.error(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }

private:
    CsvReader &m_reader;
};

// Rows already in memory (a header, then one row per record, each with the line it came from).
class RowListSource : public ImportSource
{
public:
    RowListSource(QStringList header, QList<QStringList> rows, QList<qint64> lines, qint64 bytes)
        : m_header(std::move(header)), m_rows(std::move(rows)), m_lines(std::move(lines)), m_bytes(bytes)
    {
    }
    bool readRecord(CsvRecord &record) override
    {
        if (m_next > m_rows.size())
            return false;
        record.number = m_next + 1;
        record.fields = m_next == 0 ? m_header : m_rows.at(m_next - 1);
        record.line = m_next == 0 ? 0 : m_lines.value(m_next - 1);
        ++m_next;
        return true;
    }
    bool atEnd() const override { return m_next > m_rows.size(); }
    const CsvError &error() const override { return m_error; }
    qint64 bytesRead() const override { return m_rows.isEmpty() ? m_bytes : m_bytes * (m_next - 1) / m_rows.size(); }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    qint64 m_bytes = 0;
    qsizetype m_next = 0;
    CsvError m_error;
};

} // namespace relasi
