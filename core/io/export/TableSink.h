#pragma once

#include "common/Result.h"
#include "io/csv/CsvWriter.h"

#include <QByteArrayView>
#include <QSaveFile>
#include <QStringList>

#include <memory>

namespace relasi {

// Where a table export goes: a header, rows, then finish() which makes the file appear (atomically: until
// then the target is untouched, and a failed or cancelled export leaves no file).
class TableSink
{
public:
    virtual ~TableSink() = default;
    virtual Status begin(const QStringList &header) = 0;
    virtual Status row(const QStringList &fields) = 0;
    // The same with cells as UTF-8 (the bulk customer export); by default through row().
    virtual Status rowUtf8(const QByteArrayView *utf8Fields, qsizetype count);
    virtual Status finish() = 0;
};

// CSV through CsvWriter (CRLF, quoting, encoding, formula guard) into a QSaveFile.
class CsvTableSink : public TableSink
{
public:
    CsvTableSink(const QString &path, const CsvWriter::Options &options);
    Status begin(const QStringList &header) override;
    Status row(const QStringList &fields) override;
    Status rowUtf8(const QByteArrayView *utf8Fields, qsizetype count) override;
    Status finish() override;

private:
    QString m_path;
    CsvWriter::Options m_options;
    QSaveFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

// One worksheet of an .xlsx workbook (libxlsxwriter, constant-memory mode). Every cell is written as a string,
// which a spreadsheet never evaluates, so no formula guard is needed. At most 1,048,575 rows (Excel's limit):
// beyond that the export fails (Invalid) instead of cutting rows off. The workbook is written next to the
// target and then copied into it through QSaveFile.
class XlsxTableSink : public TableSink
{
public:
    XlsxTableSink(const QString &path, const QString &sheetName);
    ~XlsxTableSink() override;
    Status begin(const QStringList &header) override;
    Status row(const QStringList &fields) override;
    Status rowUtf8(const QByteArrayView *utf8Fields, qsizetype count) override;
    Status finish() override;

    static constexpr qint64 maxRows = 1048576;

private:
    Status writeRow(const QStringList &fields);
    Status writeCell(int column, const char *utf8);
    void discard();

    QString m_path;
    QString m_sheetName;
    QString m_tempPath;
    void *m_workbook = nullptr;  // lxw_workbook
    void *m_worksheet = nullptr; // lxw_worksheet
    void *m_bold = nullptr;      // lxw_format
    qint64 m_row = 0;
    QByteArray m_cell; // a NUL-terminated copy of a UTF-8 cell
};

} // namespace relasi
