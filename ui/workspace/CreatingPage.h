#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace relasi {

// Wizard page 5: shows progress while the workspace is created off the GUI thread, or what went wrong and
// what the user can do about it. The wizard drives it.
class CreatingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Failed, Done };

    explicit CreatingPage(QWidget *parent = nullptr);
    bool isComplete() const override;

    State state() const { return m_state; }
    void setRunning();
    void setFailed(const QString &message, const QString &detail);
    void setDone();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    State m_state = State::Idle;
};

} // namespace relasi
