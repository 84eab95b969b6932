#pragma once

#include "privacy/RetentionService.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace relasi {

class ServiceContext;

// The Privacy page of Settings: the workspace's retention rules (RetentionService; changing them needs
// ConfigureSettings, applying them EraseData too: the owner). Rules are saved with "Save rules"; "Preview"
// shows what the saved rules would remove now (a dry run, nothing changed) and "Apply now" runs them after
// a confirmation that repeats those counts. Other roles see the rules read-only with the reason.
// Above them, for every user: usage analytics opt-in (UsageLog; off until the user ticks it, applied at
// once), "Delete my usage data", and what Relasi records about this device (DeviceRecord).
class PrivacySettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacySettingsPage(ServiceContext &services, QWidget *parent = nullptr);
    ~PrivacySettingsPage() override;

    // A readable account of retention counts ("3 communication log entries, 1 customer, …").
    static QString describe(const RetentionCounts &counts);

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
    void showResult(const QString &text, bool error);

    ServiceContext &m_services;
    RetentionPolicy m_saved;
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
};

} // namespace relasi
