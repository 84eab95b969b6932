#pragma once

#include "privacy/RetentionService.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace relasi {

class PrivacyBusyBar;
class ServiceContext;
class Workspace;

// The Privacy page of Settings: the workspace's retention rules (RetentionService; changing them needs
// ConfigureSettings, applying them EraseData too: the owner). Rules are saved with "Save rules"; "Preview"
// shows what the saved rules would remove now (a dry run, nothing changed) and "Apply now" runs them after
// a confirmation that repeats those counts. Other roles see the rules read-only with the reason.
// Above them, for every user: usage analytics opt-in (UsageLog; off until the user ticks it, applied at
// once), "Delete my usage data", and what Relasi records about this device (DeviceRecord).
// Preview and Apply run on a worker connection (PrivacyJob) with a busy bar; a run is one transaction and
// has no Cancel, the confirmation before it is the way out.
class PrivacySettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacySettingsPage(ServiceContext &services, QWidget *parent = nullptr);
    ~PrivacySettingsPage() override;

    // A readable account of retention counts ("3 communication log entries, 1 customer, …").
    static QString describe(const RetentionCounts &counts);

    // The workspace whose connection long work runs on (default: the main window's, see PrivacyJob).
    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    bool isBusy() const;
    // The counts of the last preview and of the last run (dryRun says which), for the user and tests.
    const RetentionCounts &lastPreview() const { return m_lastPreview; }
    const RetentionCounts &lastRun() const { return m_lastRun; }

private:
    void loadUsage();
    void setOptIn(bool optedIn);
    void deleteUsage();
    void loadPolicy();
    RetentionPolicy shownPolicy() const;
    void updateButtons();
    void savePolicy();
    void preview();
    void applyNow();
    void confirmAndRun(const RetentionCounts &dry);
    const Workspace *workspace() const;
    void showResult(const QString &text, bool error);

    ServiceContext &m_services;
    const Workspace *m_workspace = nullptr;
    RetentionPolicy m_saved;
    RetentionCounts m_lastPreview;
    RetentionCounts m_lastRun;
    bool m_mayConfigure = false;
    bool m_mayRun = false;
    QCheckBox *m_optIn = nullptr;
    QPushButton *m_deleteUsage = nullptr;
    QLabel *m_usageLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QSpinBox *m_logMonths = nullptr;
    QSpinBox *m_inactiveYears = nullptr;
    QSpinBox *m_usageDays = nullptr;
    QLabel *m_roleNote = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    PrivacyBusyBar *m_busy = nullptr;
    QTreeWidget *m_usageView = nullptr;
};

} // namespace relasi
