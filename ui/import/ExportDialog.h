#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace relasi {

class ServiceContext;

// Bulk export of one kind of record (customers, logs, deals, tasks) as CSV, .xlsx or (customers) vCard, through
// RecordExporter. CSV options: encoding, delimiter and the formula guard (on by default). The exporter reads
// through the GUI's connection, so it runs on the GUI thread; its progress callback keeps the dialog responsive
// and carries Cancel (the target file is then left as it was).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ServiceContext &services, QWidget *parent = nullptr);

    void reject() override;

private:
    void updateOptions();
    void browse();
    void startExport();
    QString suffix() const;

    ServiceContext &m_services;
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
    QElapsedTimer m_sinceUpdate;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace relasi
