#include "io/export/TableSink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace relasi {

Status TableSink::rowUtf8(const QByteArrayView *utf8Fields, qsizetype count)
{
    QStringList fields;
    fields.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        fields << QString::fromUtf8(utf8Fields[i].data(), utf8Fields[i].size());
    return row(fields);
}

CsvTableSink::CsvTableSink(const QString &path, const CsvWriter::Options &options)
    : m_path(path), m_options(options), m_file(path)
{
}

Status CsvTableSink::begin(const QStringList &header)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Status(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_writer = std::make_unique<CsvWriter>(&m_file, m_options);
    return m_writer->writeRecord(header);
}

Status CsvTableSink::row(const QStringList &fields)
{
    return m_writer->writeRecord(fields);
}

Status CsvTableSink::rowUtf8(const QByteArrayView *utf8Fields, qsizetype count)
{
    return m_writer->writeRecord(utf8Fields, count);
}

Status CsvTableSink::finish()
{
    if (Status s = m_writer->flush(); !s)
        return s;
    m_writer.reset();
    if (!m_file.commit())
        return Status(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString()));
    return {};
}

XlsxTableSink::XlsxTableSink(const QString &path, const QString &sheetName) : m_path(path), m_sheetName(sheetName) {}

XlsxTableSink::~XlsxTableSink()
{
    discard();
}

void XlsxTableSink::discard()
{
    if (m_workbook) {
        // libxlsxwriter has no "abandon": close writes the file, which is then removed.
        workbook_close(static_cast<lxw_workbook *>(m_workbook));
        m_workbook = nullptr;
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
}

Status XlsxTableSink::begin(const QStringList &header)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    {
        QTemporaryFile temp(QDir(dir).filePath(QStringLiteral(".relasi-export-XXXXXX.xlsx")));
        temp.setAutoRemove(false);
        if (!temp.open())
            return Status(ErrorCode::Io, QStringLiteral("cannot write in %1: %2").arg(dir, temp.errorString()));
        m_tempPath = temp.fileName();
    }
    const QByteArray tmpDir = QFile::encodeName(dir);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    auto *workbook = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (!workbook)
        return Status(ErrorCode::Io, QStringLiteral("cannot create the workbook %1").arg(m_tempPath));
    m_workbook = workbook;
    m_worksheet = workbook_add_worksheet(workbook, m_sheetName.left(31).toUtf8().constData());
    if (!m_worksheet)
        return Status(ErrorCode::Io, QStringLiteral("cannot add a worksheet"));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    m_bold = bold;
    // Column widths must be set before the first row in constant-memory mode: from the header's lengths.
    for (int c = 0; c < header.size(); ++c)
        worksheet_set_column(static_cast<lxw_worksheet *>(m_worksheet), lxw_col_t(c), lxw_col_t(c),
                             qBound(10, int(header.at(c).size()) + 4, 40), nullptr);
    worksheet_freeze_panes(static_cast<lxw_worksheet *>(m_worksheet), 1, 0);
    return writeRow(header);
}

Status XlsxTableSink::writeCell(int column, const char *utf8)
{
    const lxw_error e = worksheet_write_string(static_cast<lxw_worksheet *>(m_worksheet), lxw_row_t(m_row),
                                               lxw_col_t(column), utf8,
                                               m_row == 0 ? static_cast<lxw_format *>(m_bold) : nullptr);
    if (e != LXW_NO_ERROR)
        return Status(ErrorCode::Io, QStringLiteral("xlsx: %1").arg(QString::fromUtf8(lxw_strerror(e))));
    return {};
}

Status XlsxTableSink::writeRow(const QStringList &fields)
{
    if (m_row >= maxRows)
        return Status(ErrorCode::Invalid, QStringLiteral("more than %1 rows do not fit an .xlsx sheet; export as CSV")
                                              .arg(maxRows - 1));
    for (int c = 0; c < fields.size(); ++c) {
        const QString &v = fields.at(c);
        if (v.isEmpty())
            continue;
        // Excel's cell limit is 32,767 characters.
        if (Status s = writeCell(c, v.left(32767).toUtf8().constData()); !s)
            return s;
    }
    ++m_row;
    return {};
}

Status XlsxTableSink::rowUtf8(const QByteArrayView *utf8Fields, qsizetype count)
{
    if (m_row >= maxRows)
        return Status(ErrorCode::Invalid, QStringLiteral("more than %1 rows do not fit an .xlsx sheet; export as CSV")
                                              .arg(maxRows - 1));
    for (qsizetype c = 0; c < count; ++c) {
        const QByteArrayView v = utf8Fields[c];
        if (v.isEmpty())
            continue;
        m_cell.resize(0);
        if (v.size() <= 32767) // no more characters than bytes: within Excel's cell limit
            m_cell.append(v.data(), v.size());
        else
            m_cell.append(QString::fromUtf8(v.data(), v.size()).left(32767).toUtf8());
        if (Status s = writeCell(int(c), m_cell.constData()); !s)
            return s;
    }
    ++m_row;
    return {};
}

Status XlsxTableSink::row(const QStringList &fields)
{
    return writeRow(fields);
}

Status XlsxTableSink::finish()
{
    auto *workbook = static_cast<lxw_workbook *>(m_workbook);
    m_workbook = nullptr;
    const lxw_error e = workbook_close(workbook);
    if (e != LXW_NO_ERROR) {
        discard();
        return Status(ErrorCode::Io, QStringLiteral("xlsx: %1").arg(QString::fromUtf8(lxw_strerror(e))));
    }
    QFile temp(m_tempPath);
    QSaveFile out(m_path);
    if (!temp.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        discard();
        return Status(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_path, out.errorString()));
    }
    while (!temp.atEnd()) {
        const QByteArray chunk = temp.read(1 << 20);
        if (out.write(chunk) != chunk.size()) {
            discard();
            return Status(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_path, out.errorString()));
        }
    }
    temp.close();
    if (!out.commit()) {
        discard();
        return Status(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_path, out.errorString()));
    }
    discard();
    return {};
}

} // namespace relasi
