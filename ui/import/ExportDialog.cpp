#include "import/ExportDialog.h"

#include "common/BackgroundTask.h"
#include "common/Uuid.h"
#include "io/export/RecordExporter.h"
#include "services/ServiceContext.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace relasi {

namespace {

// The export on a worker thread: its own connection to the workspace, a context for the same session.
Result<qint64> exportOnWorker(const Workspace *workspace, const Session &session, const Clock &clock,
                              const QString &path, const ExportOptions &options,
                              const std::shared_ptr<std::atomic_bool> &cancel,
                              const std::shared_ptr<std::atomic<qint64>> &rows)
{
    const QString name = QStringLiteral("export-") + Uuid::v7();
    auto opened = workspace->openConnection(name);
    if (!opened)
        return opened.error();
    Result<qint64> written = Error(ErrorCode::Other, QStringLiteral("the export did not run"));
    {
        auto ctx = ServiceContext::create(QSqlDatabase::database(name, false), session, clock);
        if (!ctx) {
            written = ctx.error();
        } else {
            RecordExporter exporter(**ctx);
            written = exporter.exportTo(path, options, [&](qint64 n) {
                rows->store(n);
                return !cancel->load();
            });
        }
    }
    Workspace::closeConnection(name);
    return written;
}

} // namespace

ExportDialog::ExportDialog(ServiceContext &services, QWidget *parent) : ExportDialog(services, nullptr, parent) {}

ExportDialog::ExportDialog(ServiceContext &services, Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_workspace(workspace)
    , m_entityCombo(new QComboBox(this))
    , m_formatCombo(new QComboBox(this))
    , m_encodingCombo(new QComboBox(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_guardCheck(new QCheckBox(tr("&Protect against spreadsheet formulas"), this))
    , m_vcardCombo(new QComboBox(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_exportButton(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    setAccessibleName(tr("Export"));

    m_entityCombo->setObjectName(QStringLiteral("exportEntityCombo"));
    m_entityCombo->setAccessibleName(tr("What to export"));
    m_entityCombo->addItem(tr("Customers"), QStringLiteral("customers"));
    m_entityCombo->addItem(tr("Interaction logs"), QStringLiteral("logs"));
    m_entityCombo->addItem(tr("Deals"), QStringLiteral("deals"));
    m_entityCombo->addItem(tr("Tasks"), QStringLiteral("tasks"));
    m_formatCombo->setObjectName(QStringLiteral("exportFormatCombo"));
    m_formatCombo->setAccessibleName(tr("File format"));
    m_formatCombo->addItem(tr("CSV (spreadsheets, other programs)"), QStringLiteral("csv"));
    m_formatCombo->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_formatCombo->addItem(tr("vCard (address books)"), QStringLiteral("vcard"));
    m_encodingCombo->setObjectName(QStringLiteral("exportEncodingCombo"));
    m_encodingCombo->setAccessibleName(tr("Text encoding"));
    m_encodingCombo->addItem(tr("UTF-8"), int(CsvWriter::Encoding::Utf8));
    m_encodingCombo->addItem(tr("UTF-8 with byte-order mark (Excel)"), int(CsvWriter::Encoding::Utf8WithBom));
    m_encodingCombo->addItem(tr("UTF-16"), int(CsvWriter::Encoding::Utf16LE));
    m_delimiterCombo->setObjectName(QStringLiteral("exportDelimiterCombo"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_guardCheck->setObjectName(QStringLiteral("exportFormulaGuardCheck"));
    m_guardCheck->setAccessibleName(tr("Protect against spreadsheet formulas"));
    m_guardCheck->setToolTip(tr("Cells starting with = + - or @ get a ' in front so a spreadsheet does not run them."));
    m_guardCheck->setChecked(true);
    m_vcardCombo->setObjectName(QStringLiteral("exportVCardVersionCombo"));
    m_vcardCombo->setAccessibleName(tr("vCard version"));
    m_vcardCombo->addItem(tr("3.0 (most address books)"), int(VCardWriter::Version::V3));
    m_vcardCombo->addItem(tr("4.0"), int(VCardWriter::Version::V4));
    m_pathEdit->setObjectName(QStringLiteral("exportPathEdit"));
    m_pathEdit->setAccessibleName(tr("File to write"));
    m_browseButton->setObjectName(QStringLiteral("exportBrowseButton"));
    m_browseButton->setAccessibleName(tr("Choose where to save"));
    m_progressBar->setObjectName(QStringLiteral("exportProgressBar"));
    m_progressBar->setAccessibleName(tr("Export progress"));
    m_progressBar->setRange(0, 0);
    m_progressBar->hide();
    m_statusLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("exportCancelButton"));

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_pathEdit->setText(QDir(docs).filePath(tr("customers") + QLatin1String(".csv")));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("E&xport:"), m_entityCombo);
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(tr("E&ncoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    form->addRow(QString(), m_guardCheck);
    form->addRow(tr("&vCard version:"), m_vcardCombo);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_entityCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOptions);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOptions);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ExportDialog::showProgress);
    updateOptions();
}

ExportDialog::~ExportDialog()
{
    // The worker checks the flag every 500 rows: a short wait, and the file is left as it was.
    m_cancel->store(true);
    if (m_worker)
        m_worker->wait();
}

QString ExportDialog::suffix() const
{
    const QString format = m_formatCombo->currentData().toString();
    return format == QLatin1String("vcard") ? QStringLiteral("vcf") : format;
}

void ExportDialog::updateOptions()
{
    const bool customers = m_entityCombo->currentData().toString() == QLatin1String("customers");
    // vCard is for customers only.
    const int vcard = m_formatCombo->findData(QStringLiteral("vcard"));
    if (!customers && m_formatCombo->currentIndex() == vcard)
        m_formatCombo->setCurrentIndex(0);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_formatCombo->model()))
        model->item(vcard)->setEnabled(customers);
    const QString format = m_formatCombo->currentData().toString();
    const bool csv = format == QLatin1String("csv");
    for (QWidget *w : {static_cast<QWidget *>(m_encodingCombo), static_cast<QWidget *>(m_delimiterCombo),
             static_cast<QWidget *>(m_guardCheck)})
        w->setEnabled(csv);
    m_vcardCombo->setEnabled(format == QLatin1String("vcard"));
    // The file name follows the entity and the format.
    const QFileInfo current(m_pathEdit->text());
    const QString base = m_entityCombo->currentText().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    m_pathEdit->setText(current.dir().filePath(base + QLatin1Char('.') + suffix()));
    m_statusLabel->clear();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), m_pathEdit->text(), tr("%1 files (*.%2)").arg(suffix().toUpper(), suffix()));
    if (!path.isEmpty())
        m_pathEdit->setText(path);
}

void ExportDialog::startExport()
{
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        m_statusLabel->setText(tr("Choose the file to write."));
        return;
    }
    ExportOptions options;
    options.entity = exportEntityFromName(m_entityCombo->currentData().toString()).value_or(ExportEntity::Customers);
    options.format = exportFormatFromName(m_formatCombo->currentData().toString()).value_or(ExportFormat::Csv);
    options.csv.delimiter = m_delimiterCombo->currentData().toString().at(0);
    options.csv.encoding = CsvWriter::Encoding(m_encodingCombo->currentData().toInt());
    options.csv.formulaGuard = m_guardCheck->isChecked();
    options.vcardVersion = VCardWriter::Version(m_vcardCombo->currentData().toInt());

    m_running = true;
    m_cancel->store(false);
    m_rows->store(0);
    for (QWidget *w : {static_cast<QWidget *>(m_entityCombo), static_cast<QWidget *>(m_formatCombo),
                       static_cast<QWidget *>(m_pathEdit), static_cast<QWidget *>(m_browseButton),
                       static_cast<QWidget *>(m_exportButton)})
        w->setEnabled(false);
    m_progressBar->show();
    m_statusLabel->setText(tr("Exporting…"));
    if (m_workspace)
        runOnWorker(path, options);
    else
        runOnGuiThread(path, options);
}

void ExportDialog::runOnWorker(const QString &path, const ExportOptions &options)
{
    const Workspace *workspace = m_workspace;
    const Session session = m_services.session();
    const Clock &clock = m_services.clock();
    auto cancel = m_cancel;
    auto rows = m_rows;
    m_progressTimer->start();
    m_worker = BackgroundTask::run<Result<qint64>>(
        this,
        [workspace, session, &clock, path, options, cancel, rows]() {
            return exportOnWorker(workspace, session, clock, path, options, cancel, rows);
        },
        [this, path](Result<qint64> written) { finish(path, written); });
}

void ExportDialog::runOnGuiThread(const QString &path, const ExportOptions &options)
{
    m_sinceUpdate.invalidate();
    RecordExporter exporter(m_services);
    auto written = exporter.exportTo(path, options, [&](qint64 rows) {
        m_rows->store(rows);
        if (!m_sinceUpdate.isValid() || m_sinceUpdate.elapsed() >= 80) {
            m_sinceUpdate.restart();
            showProgress();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return !m_cancel->load();
    });
    finish(path, written);
}

void ExportDialog::showProgress()
{
    if (const qint64 rows = m_rows->load(); rows > 0)
        m_statusLabel->setText(tr("Exporting… %1 records written").arg(QLocale().toString(rows)));
}

void ExportDialog::finish(const QString &path, const Result<qint64> &written)
{
    m_progressTimer->stop();
    m_running = false;
    m_progressBar->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_entityCombo), static_cast<QWidget *>(m_formatCombo),
                       static_cast<QWidget *>(m_pathEdit), static_cast<QWidget *>(m_browseButton),
                       static_cast<QWidget *>(m_exportButton)})
        w->setEnabled(true);
    const QLocale locale;
    if (written.ok()) {
        m_statusLabel->setText(
            tr("%1 records exported to %2.").arg(locale.toString(written.value()), QDir::toNativeSeparators(path)));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    } else if (written.code() == ErrorCode::Cancelled) {
        m_statusLabel->setText(tr("Export cancelled. No file was written."));
    } else if (written.code() == ErrorCode::PermissionDenied) {
        m_statusLabel->setText(tr("You are not allowed to export records."));
    } else {
        m_statusLabel->setText(tr("The export failed: %1").arg(written.error().message));
    }
}

void ExportDialog::reject()
{
    if (m_running) {
        m_cancel->store(true);
        m_statusLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace relasi
