#include "import/ImportRunPage.h"

#include "import/ImportRunner.h"
#include "import/ImportWizard.h"
#include "services/ServiceContext.h"
#include "io/import/ImportProfileStore.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace relasi {

namespace {

QLabel *countLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(QStringLiteral("0"), parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_rateLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("&Cancel import"), this))
    , m_summaryBox(new QGroupBox(tr("Result"), this))
    , m_created(countLabel(m_summaryBox, "importCreatedCount"))
    , m_updated(countLabel(m_summaryBox, "importUpdatedCount"))
    , m_skipped(countLabel(m_summaryBox, "importSkippedCount"))
    , m_rejected(countLabel(m_summaryBox, "importRejectedCount"))
    , m_warned(countLabel(m_summaryBox, "importWarnedCount"))
    , m_saveRejectedButton(new QPushButton(tr("Save &rejected rows…"), this))
    , m_undoButton(new QPushButton(tr("&Undo import"), this))
    , m_saveMappingButton(new QPushButton(tr("Save this &mapping as…"), this))
    , m_messageLabel(new QLabel(this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Rows are checked and saved as they are read. Cancel puts everything back as it was."));

    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setRange(0, 1000);
    m_rateLabel->setObjectName(QStringLiteral("importRateLabel"));
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel import"));
    m_saveRejectedButton->setObjectName(QStringLiteral("importSaveRejectedButton"));
    m_saveRejectedButton->setAccessibleName(tr("Save rejected rows"));
    m_undoButton->setObjectName(QStringLiteral("importUndoButton"));
    m_undoButton->setAccessibleName(tr("Undo import"));
    m_saveMappingButton->setObjectName(QStringLiteral("importSaveMappingButton"));
    m_saveMappingButton->setAccessibleName(tr("Save this mapping as"));
    m_messageLabel->setObjectName(QStringLiteral("importMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *counts = new QFormLayout(m_summaryBox);
    counts->addRow(tr("New customers created:"), m_created);
    counts->addRow(tr("Stored customers updated:"), m_updated);
    counts->addRow(tr("Duplicates skipped:"), m_skipped);
    counts->addRow(tr("Rows rejected:"), m_rejected);
    // A phone number or website that is not valid does not cost the customer: it is kept in the notes.
    counts->addRow(tr("Unrecognised phones and websites kept in notes:"), m_warned);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_saveRejectedButton);
    actions->addWidget(m_undoButton);
    actions->addWidget(m_saveMappingButton);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_rateLabel);
    layout->addWidget(m_summaryBox);
    layout->addLayout(actions);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);

    m_pollTimer->setInterval(100);
    connect(m_pollTimer, &QTimer::timeout, this, &ImportRunPage::pollProgress);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::requestCancel);
    connect(m_wizard, &ImportWizard::cancelRequested, this, &ImportRunPage::requestCancel);
    connect(m_saveRejectedButton, &QPushButton::clicked, this, &ImportRunPage::saveRejected);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportRunPage::undoImport);
    connect(m_saveMappingButton, &QPushButton::clicked, this, &ImportRunPage::saveMapping);
}

void ImportRunPage::initializePage()
{
    m_summaryBox->hide();
    m_saveRejectedButton->hide();
    m_undoButton->hide();
    m_saveMappingButton->hide();
    m_messageLabel->clear();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_progressBar->setValue(0);
    m_statusLabel->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    if (!m_started) {
        m_started = true;
        // Start once the page is on screen.
        QTimer::singleShot(0, this, &ImportRunPage::runImport);
    }
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::requestCancel()
{
    m_cancelRequested = true;
    if (m_wizard->runner().isRunning()) {
        m_wizard->runner().cancel();
        m_cancelButton->setEnabled(false);
        m_statusLabel->setText(tr("Cancelling: putting everything back as it was…"));
    }
}

void ImportRunPage::showProgress(const ImportProgress &p)
{
    const double seconds = qMax<qint64>(1, m_elapsed.elapsed()) / 1000.0;
    const double fraction = p.bytesTotal > 0 ? double(p.bytesRead) / double(p.bytesTotal) : 0.0;
    m_progressBar->setValue(int(fraction * 1000));
    const QLocale locale;
    QString text = tr("%1 rows, %2 rows/s").arg(locale.toString(p.rows), locale.toString(qRound(p.rows / seconds)));
    if (fraction > 0.01 && fraction < 1.0) {
        const int left = qRound(seconds * (1.0 - fraction) / fraction);
        text += QLatin1String(" · ")
            + tr("about %1 left").arg(left >= 60 ? tr("%1 min").arg((left + 59) / 60) : tr("%1 s").arg(qMax(1, left)));
    }
    m_rateLabel->setText(text);
}

void ImportRunPage::pollProgress()
{
    showProgress(m_wizard->runner().progress());
}

bool ImportRunPage::onProgress(const ImportProgress &p)
{
    // GUI-thread run only: called for every batch on the GUI thread; repaint and handle Cancel a few times a
    // second.
    if (m_sinceUpdate.isValid() && m_sinceUpdate.elapsed() < 80)
        return !m_cancelRequested;
    m_sinceUpdate.restart();
    showProgress(p);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_cancelRequested;
}

void ImportRunPage::runImport()
{
    m_cancelRequested = false;
    m_elapsed.start();
    m_sinceUpdate.invalidate();
    m_cancelButton->setFocus();
    const Workspace *workspace = m_wizard->workspace();
    if (!workspace) {
        runOnGuiThread();
        return;
    }
    if (!QFileInfo(m_wizard->filePath()).isReadable()) {
        showSummary(Error(ErrorCode::Io, tr("The file cannot be read.")));
        return;
    }
    m_wizard->setImporting(true);
    m_wizard->button(QWizard::CancelButton)->setEnabled(false);
    ServiceContext &services = m_wizard->services();
    m_wizard->runner().start(workspace, services.session(), services.clock(), m_wizard->filePath(),
        m_wizard->profile(), [this](Result<ImportReport> result) {
            m_pollTimer->stop();
            m_wizard->setImporting(false);
            // The worker's own notifier told nobody: the screens over the main connection refresh now.
            if (result.ok() && (result.value().created > 0 || result.value().updated > 0))
                Q_EMIT m_wizard->services().notifier().changed(QStringLiteral("customer"), {});
            showSummary(result);
        });
    m_pollTimer->start();
}

void ImportRunPage::runOnGuiThread()
{
    QFile file(m_wizard->filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        showSummary(Error(ErrorCode::Io, file.errorString()));
        return;
    }
    m_wizard->setImporting(true);
    m_wizard->button(QWizard::CancelButton)->setEnabled(false);
    auto result = m_wizard->importer().run(
        file, m_wizard->profile(), [this](const ImportProgress &p) { return onProgress(p); }, false,
        QFileInfo(file).fileName());
    m_wizard->setImporting(false);
    showSummary(result);
}

void ImportRunPage::showSummary(const Result<ImportReport> &result)
{
    m_cancelButton->hide();
    m_done = true;
    Q_EMIT completeChanged();
    const QLocale locale;
    if (!result.ok()) {
        m_progressBar->setValue(0);
        setTitle(tr("Import not done"));
        setSubTitle(tr("Nothing was changed in the workspace."));
        if (result.code() == ErrorCode::Cancelled)
            m_statusLabel->setText(tr("The import was cancelled. Nothing was changed."));
        else if (result.code() == ErrorCode::PermissionDenied)
            m_statusLabel->setText(tr("You are not allowed to import customers. Nothing was changed."));
        else
            m_statusLabel->setText(tr("The import failed and nothing was changed: %1").arg(result.error().message));
        m_rateLabel->clear();
        return;
    }
    m_report = result.value();
    const ImportReport &r = m_report;
    setTitle(tr("Import finished"));
    setSubTitle(tr("What the import did. You can still undo it."));
    m_progressBar->setValue(m_progressBar->maximum());
    const double seconds = qMax<qint64>(1, m_elapsed.elapsed()) / 1000.0;
    m_statusLabel->setText(seconds < 1.0
            ? tr("%1 rows read.").arg(locale.toString(r.rows))
            : tr("%1 rows read in %2 s.").arg(locale.toString(r.rows), locale.toString(seconds, 'f', 1)));
    m_rateLabel->clear();
    m_created->setText(locale.toString(r.created));
    m_updated->setText(locale.toString(r.updated));
    m_skipped->setText(locale.toString(r.skipped));
    m_rejected->setText(locale.toString(r.rejected));
    m_warned->setText(locale.toString(r.warned));
    m_summaryBox->show();
    m_saveRejectedButton->setVisible(r.rejected > 0);
    m_undoButton->setVisible(!r.importId.isEmpty() && (r.created > 0 || r.updated > 0));
    m_saveMappingButton->show();
    m_wizard->button(QWizard::FinishButton)->setFocus();
}

void ImportRunPage::saveRejected()
{
    const QFileInfo source(m_wizard->filePath());
    const QString suggested
        = source.dir().filePath(source.completeBaseName() + tr("-rejected") + QLatin1String(".csv"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status saved = CustomerImporter::writeRejected(m_report, path);
    m_messageLabel->setText(saved.ok() ? tr("Rejected rows saved to %1. Correct them and import that file again.")
                                             .arg(QDir::toNativeSeparators(path))
                                       : tr("The rejected rows could not be saved: %1").arg(saved.error().message));
}

void ImportRunPage::undoImport()
{
    auto undone = m_wizard->importer().undo(m_report.importId);
    if (!undone.ok()) {
        m_messageLabel->setText(tr("The import could not be undone: %1").arg(undone.error().message));
        return;
    }
    m_undoButton->setEnabled(false);
    setTitle(tr("Import undone"));
    setSubTitle(tr("The workspace is back as it was before the import."));
    const ImportUndo &u = undone.value();
    m_messageLabel->setText(u.restored > 0
            ? tr("Import undone: %1 customers removed, %2 restored.").arg(u.removed).arg(u.restored)
            : tr("Import undone: %1 customers removed.").arg(u.removed));
}

void ImportRunPage::saveMapping()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"),
        tr("Name for this mapping (e.g. the system the file comes from):"), QLineEdit::Normal, m_wizard->profile().name,
        &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    ImportProfile profile = m_wizard->profile();
    profile.name = name;
    const Status saved = ImportProfileStore(m_wizard->services()).save(profile);
    if (saved.ok())
        m_wizard->profile().name = name;
    m_messageLabel->setText(saved.ok() ? tr("Mapping saved as “%1”. Choose it next time on the column page.").arg(name)
                                       : tr("The mapping could not be saved: %1").arg(saved.error().message));
}

} // namespace relasi
