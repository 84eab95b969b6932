#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace relasi {

class ServiceContext;
class Workspace;
struct ExportOptions;

// Bulk export of one kind of record (customers, logs, deals, tasks) as CSV, .xlsx or (customers) vCard, through
// RecordExporter. CSV options: encoding, delimiter and the formula guard (on by default). With a workspace the
// export runs on a worker thread over its own connection (same user and session), and the dialog shows the rows
// written so far and stays responsive; without one (tests of the options) it runs on the GUI thread, with the
// progress callback processing events. Cancel (the button, Esc) stops it either way and leaves the target file as
// it was. Closing the dialog while an export runs cancels it and waits for the worker to stop.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ServiceContext &services, QWidget *parent = nullptr);
    ExportDialog(ServiceContext &services, Workspace *workspace, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void reject() override;
    bool isRunning() const { return m_running; }

private:
    void updateOptions();
    void browse();
    void startExport();
    void runOnGuiThread(const QString &path, const ExportOptions &options);
    void runOnWorker(const QString &path, const ExportOptions &options);
    void showProgress();
    void finish(const QString &path, const Result<qint64> &written);
    QString suffix() const;

    ServiceContext &m_services;
    Workspace *m_workspace = nullptr;
    QComboBox *m_entityCombo;
    QComboBox *m_formatCombo;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QCheckBox *m_guardCheck;
    QComboBox *m_vcardCombo;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QTimer *m_progressTimer;
    QElapsedTimer m_sinceUpdate;
    bool m_running = false;
    // Shared with the worker, which may outlive a step of the dialog's shutdown.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic<qint64>> m_rows = std::make_shared<std::atomic<qint64>>(0);
    QPointer<QThread> m_worker;
};

} // namespace relasi
