#pragma once

#include "io/import/CustomerImporter.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace relasi {

class ImportWizard;

// Step 6: runs the import (progress: rows, rows per second, time left; Cancel rolls everything back) on a worker
// thread (ImportRunner, polled a few times a second), then shows what it did (created / updated / skipped / rejected) with "Save rejected rows…", "Undo import" and "Save this
// mapping as…".
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void runImport();
    void runOnGuiThread();
    void requestCancel();
    bool onProgress(const ImportProgress &progress);
    void showProgress(const ImportProgress &progress);
    void pollProgress();
    void showSummary(const Result<ImportReport> &result);
    void saveRejected();
    void undoImport();
    void saveMapping();

    ImportWizard *m_wizard;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QLabel *m_rateLabel;
    QPushButton *m_cancelButton;
    QGroupBox *m_summaryBox;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_skipped;
    QLabel *m_rejected;
    QLabel *m_warned; // values kept in another form (phones in the notes)
    QPushButton *m_saveRejectedButton;
    QPushButton *m_undoButton;
    QPushButton *m_saveMappingButton;
    QLabel *m_messageLabel;
    QTimer *m_pollTimer;
    ImportReport m_report; // of the finished run
    QElapsedTimer m_elapsed;
    QElapsedTimer m_sinceUpdate;
    bool m_cancelRequested = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace relasi
