#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace relasi {

// A one-line busy indicator for privacy work running on a worker (PrivacyJob): what is being done, a
// progress bar (moving without a total, filling with one) and, when the work can stop safely, a Cancel
// button. Hidden while idle. Child object names start with the bar's own (e.g. "exportBusy" →
// "exportBusyLabel", "exportBusyProgress", "exportBusyCancel").
class PrivacyBusyBar : public QWidget
{
    Q_OBJECT

public:
    PrivacyBusyBar(const QString &objectName, QWidget *parent = nullptr);

    void start(const QString &text, bool cancellable);
    // done of total steps; total 0 keeps the bar moving without a total.
    void setProgress(int done, int total);
    void stop();
    bool isBusy() const { return m_busy; }
    bool cancelRequested() const { return m_cancelled; }

Q_SIGNALS:
    void cancelClicked();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace relasi
