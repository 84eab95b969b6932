#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;
class QTimer;

namespace relasi {

class ServiceContext;

// "Log call / visit / WhatsApp…": one entry of a customer's communication log (InteractionService::add),
// with a running timer for a call's duration, and optionally a follow-up task (TaskService::add) made in
// the same step. A payment card number in the texts is refused with the reason; the dialog stays open.
class LogInteractionDialog : public QDialog
{
    Q_OBJECT

public:
    LogInteractionDialog(ServiceContext &services, const QString &customerId, QWidget *parent = nullptr);
    ~LogInteractionDialog() override;

    void setChannel(const QString &channel);
    QString interactionId() const { return m_interactionId; }
    QString taskId() const { return m_taskId; }

    // Translated names of InteractionService channels and directions ("call" → "Call").
    static QString channelLabel(const QString &channel);
    static QString directionLabel(const QString &direction);
    static QString channelIconPath(const QString &channel);

    void accept() override;

private:
    void toggleTimer();
    void tick();
    void updateChannelFields();
    void showError(const QString &text);

    ServiceContext &m_services;
    QString m_customerId;
    QString m_interactionId;
    QString m_taskId;
    QElapsedTimer m_elapsed;
    QTimer *m_ticker = nullptr;
    int m_durationBase = 0;

    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_directionCombo = nullptr;
    QDateTimeEdit *m_whenEdit = nullptr;
    QTimeEdit *m_durationEdit = nullptr;
    QPushButton *m_timerButton = nullptr;
    QLineEdit *m_subjectEdit = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    QLineEdit *m_outcomeEdit = nullptr;
    QCheckBox *m_followUpCheck = nullptr;
    QLineEdit *m_followUpTitleEdit = nullptr;
    QDateTimeEdit *m_followUpDueEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace relasi
