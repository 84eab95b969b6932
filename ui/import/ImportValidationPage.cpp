#include "import/ImportValidationPage.h"

#include "import/ImportWizard.h"
#include "io/import/ImportPreview.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace relasi {

ImportValidationPage::ImportValidationPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_countsLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("importValidationPage"));
    setTitle(tr("Check the rows"));
    setSubTitle(
        tr("A trial run over the first %1 rows. Nothing has been saved yet.").arg(QLocale().toString(checkedRows)));
    setCommitPage(true);

    m_countsLabel->setObjectName(QStringLiteral("importValidationCounts"));
    m_countsLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importValidationTable"));
    m_table->setAccessibleName(tr("Rows with their problems"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_table, 1);
}

void ImportValidationPage::initializePage()
{
    m_countsLabel->setText(tr("Checking…"));
    m_model->clear();
    validate();
}

void ImportValidationPage::validate()
{
    const ImportProfile &profile = m_wizard->profile();
    QFile file(m_wizard->filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        m_countsLabel->setText(tr("The file could not be opened: %1").arg(file.errorString()));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto preview = ImportPreview::run(file, profile, m_wizard->services(), checkedRows, m_wizard->isVCard(),
        QFileInfo(m_wizard->filePath()).fileName());
    QApplication::restoreOverrideCursor();
    QList<ImportPreviewResult::Row> rows = preview.ok() ? preview.value().rows : QList<ImportPreviewResult::Row>();
    const Result<ImportReport> report = preview.ok() ? Result<ImportReport>(preview.value().report)
                                                     : Result<ImportReport>(preview.error());
    if (!report.ok()) {
        m_countsLabel->setText(tr("These rows cannot be imported: %1").arg(report.error().message));
        return;
    }
    const ImportReport &r = report.value();
    const int checked = int(r.rows);
    m_countsLabel->setText(tr("Of the first %1 rows: %2 new, %3 update stored customers, %4 duplicates skipped, "
                              "%5 with problems (highlighted; they will not be imported).")
                               .arg(checked)
                               .arg(r.created)
                               .arg(r.updated)
                               .arg(r.skipped)
                               .arg(r.rejected));

    QHash<qint64, const RejectedRow *> rejected;
    for (const RejectedRow &row : r.rejectedRows)
        rejected.insert(row.line, &row);
    if (m_wizard->isVCard()) { // only the rejected cards, as the importer read them
        for (const RejectedRow &row : r.rejectedRows)
            rows.append(ImportPreviewResult::Row {row.line, row.fields});
    }
    const QStringList header = m_wizard->isVCard() ? r.header : m_wizard->header();
    QStringList labels {tr("Line"), tr("Problem")};
    labels << header;
    m_model->setHorizontalHeaderLabels(labels);
    const QBrush bad(QColor(0xfd, 0xe2, 0xe2));
    const QColor badText(0xb0, 0x00, 0x20);
    // Rows with problems first, then the others.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportPreviewResult::Row &row : rows) {
            const RejectedRow *problem = rejected.value(row.line);
            if ((problem != nullptr) != (pass == 0))
                continue;
            QList<QStandardItem *> items;
            items << new QStandardItem(QString::number(row.line));
            items << new QStandardItem(problem ? problem->reason : tr("OK"));
            for (int c = 0; c < header.size(); ++c)
                items << new QStandardItem(row.fields.value(c));
            if (problem) {
                for (QStandardItem *item : items)
                    item->setBackground(bad);
                items.at(1)->setForeground(badText);
                items.at(1)->setToolTip(problem->reason);
                if (problem->column > 0 && problem->column + 1 < items.size()) {
                    QStandardItem *cell = items.at(problem->column + 1);
                    QFont f = cell->font();
                    f.setBold(true);
                    cell->setFont(f);
                    cell->setForeground(badText);
                }
            }
            m_model->appendRow(items);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
}

} // namespace relasi
