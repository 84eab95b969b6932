#pragma once

#include "common/Result.h"
#include "privacy/ErasurePreview.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace relasi {

class PrivacyBusyBar;
class ServiceContext;
class Workspace;

// Erases or anonymises one customer (owner only; docs/privacy.md). The owner picks Erase or Anonymize, sees
// what will be deleted, anonymised and kept with the counts from ErasureService::preview, and confirms by
// typing the customer's name or ERASE. While the customer is under legal hold the dialog says why nothing
// can be done and offers no way to go ahead. Accepted only after the operation succeeded; report() then
// holds what was done. The erasure runs on a worker connection (PrivacyJob) with a busy bar; it is one
// transaction and cannot be interrupted, so the dialog cannot be cancelled or closed while it runs.
class ErasureDialog : public QDialog
{
    Q_OBJECT

public:
    ErasureDialog(ServiceContext &services, const QString &customerId, QWidget *parent = nullptr);
    ~ErasureDialog() override;

    // The workspace whose connection the work runs on (default: the main window's, see PrivacyJob).
    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    bool isRunning() const { return m_running; }

    ErasurePreview::Mode mode() const;
    const ErasureReport &report() const { return m_report; }

    // A readable label for a preview row kind ("interactions" → "Communication log entries").
    static QString kindLabel(const QString &kind);
    static QString fateLabel(ErasurePreview::Fate fate);
    // The word typed to confirm when the name is not used.
    static QString confirmWord() { return QStringLiteral("ERASE"); }

public Q_SLOTS:
    void reject() override;

private:
    void loadPreview();
    void updateRunButton();
    void run();
    void finished(Result<ErasureReport> done);

    ServiceContext &m_services;
    const Workspace *m_workspace = nullptr;
    bool m_running = false;
    QString m_customerId;
    ErasurePreview m_preview;
    bool m_previewOk = false;
    ErasureReport m_report;
    QRadioButton *m_eraseRadio = nullptr;
    QRadioButton *m_anonymizeRadio = nullptr;
    QLabel *m_modeHelp = nullptr;
    QTreeWidget *m_previewTree = nullptr;
    QLabel *m_holdLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    PrivacyBusyBar *m_busy = nullptr;
};

} // namespace relasi
