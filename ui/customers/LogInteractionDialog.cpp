#include "customers/LogInteractionDialog.h"

#include "common/Clock.h"
#include "domain/CardNumberGuard.h"
#include "services/InteractionService.h"
#include "services/ServiceContext.h"
#include "services/TaskService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace relasi {

namespace {

bool hasDuration(const QString &channel)
{
    return channel == QLatin1String("call") || channel == QLatin1String("meeting") ||
           channel == QLatin1String("visit") || channel == QLatin1String("whatsapp");
}

} // namespace

QString LogInteractionDialog::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("call"))
        return tr("Call");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    if (channel == QLatin1String("meeting"))
        return tr("Meeting");
    if (channel == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("visit"))
        return tr("Visit");
    if (channel == QLatin1String("note"))
        return tr("Note");
    return channel;
}

QString LogInteractionDialog::directionLabel(const QString &direction)
{
    if (direction == QLatin1String("in"))
        return tr("Incoming");
    if (direction == QLatin1String("out"))
        return tr("Outgoing");
    return QString();
}

QString LogInteractionDialog::channelIconPath(const QString &channel)
{
    static const QStringList known{QStringLiteral("call"),     QStringLiteral("email"), QStringLiteral("meeting"),
                                   QStringLiteral("whatsapp"), QStringLiteral("sms"),   QStringLiteral("visit"),
                                   QStringLiteral("note")};
    return known.contains(channel) ? QStringLiteral(":/relasi/icons/channel-%1.svg").arg(channel) : QString();
}

LogInteractionDialog::LogInteractionDialog(ServiceContext &services, const QString &customerId, QWidget *parent)
    : QDialog(parent), m_services(services), m_customerId(customerId)
{
    setObjectName(QStringLiteral("logInteractionDialog"));
    setWindowTitle(tr("Log interaction"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    m_channelCombo->setAccessibleName(tr("Channel"));
    for (const QString &ch : InteractionService::channels())
        m_channelCombo->addItem(QIcon(channelIconPath(ch)), channelLabel(ch), ch);
    form->addRow(tr("&Channel:"), m_channelCombo);

    m_directionCombo = new QComboBox(this);
    m_directionCombo->setObjectName(QStringLiteral("directionCombo"));
    m_directionCombo->setAccessibleName(tr("Direction"));
    m_directionCombo->addItem(tr("Outgoing"), QStringLiteral("out"));
    m_directionCombo->addItem(tr("Incoming"), QStringLiteral("in"));
    m_directionCombo->addItem(tr("None"), QString());
    form->addRow(tr("&Direction:"), m_directionCombo);

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(services.clock().nowMs());
    m_whenEdit = new QDateTimeEdit(now, this);
    m_whenEdit->setObjectName(QStringLiteral("whenEdit"));
    m_whenEdit->setAccessibleName(tr("When"));
    m_whenEdit->setCalendarPopup(true);
    m_whenEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(tr("&When:"), m_whenEdit);

    auto *durationRow = new QHBoxLayout;
    m_durationEdit = new QTimeEdit(QTime(0, 0), this);
    m_durationEdit->setObjectName(QStringLiteral("durationEdit"));
    m_durationEdit->setAccessibleName(tr("Duration (hours, minutes, seconds)"));
    m_durationEdit->setDisplayFormat(QStringLiteral("HH:mm:ss"));
    m_timerButton = new QPushButton(tr("&Start timer"), this);
    m_timerButton->setObjectName(QStringLiteral("timerButton"));
    m_timerButton->setAccessibleName(tr("Start or stop the call timer"));
    m_timerButton->setAutoDefault(false);
    durationRow->addWidget(m_durationEdit);
    durationRow->addWidget(m_timerButton);
    durationRow->addStretch(1);
    auto *durationLabel = new QLabel(tr("D&uration:"), this);
    durationLabel->setBuddy(m_durationEdit);
    form->addRow(durationLabel, durationRow);

    m_subjectEdit = new QLineEdit(this);
    m_subjectEdit->setObjectName(QStringLiteral("subjectEdit"));
    m_subjectEdit->setAccessibleName(tr("Subject"));
    form->addRow(tr("Su&bject:"), m_subjectEdit);
    m_bodyEdit = new QPlainTextEdit(this);
    m_bodyEdit->setObjectName(QStringLiteral("bodyEdit"));
    m_bodyEdit->setAccessibleName(tr("Notes of the conversation"));
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setMinimumHeight(80);
    form->addRow(tr("&Notes:"), m_bodyEdit);
    m_outcomeEdit = new QLineEdit(this);
    m_outcomeEdit->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcomeEdit->setAccessibleName(tr("Outcome"));
    m_outcomeEdit->setPlaceholderText(tr("e.g. interested, call back, no answer"));
    form->addRow(tr("&Outcome:"), m_outcomeEdit);

    m_followUpCheck = new QCheckBox(tr("Create a &follow-up task"), this);
    m_followUpCheck->setObjectName(QStringLiteral("followUpCheck"));
    m_followUpCheck->setAccessibleName(tr("Create a follow-up task"));
    form->addRow(QString(), m_followUpCheck);
    m_followUpTitleEdit = new QLineEdit(this);
    m_followUpTitleEdit->setObjectName(QStringLiteral("followUpTitleEdit"));
    m_followUpTitleEdit->setAccessibleName(tr("Follow-up task title"));
    form->addRow(tr("&Task:"), m_followUpTitleEdit);
    m_followUpDueEdit = new QDateTimeEdit(now.addDays(1), this);
    m_followUpDueEdit->setObjectName(QStringLiteral("followUpDueEdit"));
    m_followUpDueEdit->setAccessibleName(tr("Follow-up due"));
    m_followUpDueEdit->setCalendarPopup(true);
    m_followUpDueEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(tr("Due:"), m_followUpDueEdit);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("logErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("logButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("logSaveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("logCancelButton"));
    layout->addWidget(m_buttons);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &LogInteractionDialog::tick);
    connect(m_timerButton, &QPushButton::clicked, this, &LogInteractionDialog::toggleTimer);
    connect(m_channelCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &LogInteractionDialog::updateChannelFields);
    connect(m_followUpCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_followUpTitleEdit->setEnabled(on);
        m_followUpDueEdit->setEnabled(on);
        if (on && m_followUpTitleEdit->text().isEmpty()) {
            m_followUpTitleEdit->setText(tr("Follow up: %1").arg(m_subjectEdit->text().isEmpty()
                                                                    ? channelLabel(m_channelCombo->currentData().toString())
                                                                    : m_subjectEdit->text()));
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogInteractionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogInteractionDialog::reject);
    m_followUpTitleEdit->setEnabled(false);
    m_followUpDueEdit->setEnabled(false);
    updateChannelFields();
    resize(480, sizeHint().height());
}

LogInteractionDialog::~LogInteractionDialog() = default;

void LogInteractionDialog::setChannel(const QString &channel)
{
    const int i = m_channelCombo->findData(channel);
    if (i >= 0)
        m_channelCombo->setCurrentIndex(i);
}

void LogInteractionDialog::updateChannelFields()
{
    const QString channel = m_channelCombo->currentData().toString();
    const bool timed = hasDuration(channel);
    m_durationEdit->setEnabled(timed);
    m_timerButton->setEnabled(timed);
    if (!timed && m_ticker->isActive())
        toggleTimer();
    if (channel == QLatin1String("note"))
        m_directionCombo->setCurrentIndex(m_directionCombo->findData(QString()));
    else if (m_directionCombo->currentData().toString().isEmpty())
        m_directionCombo->setCurrentIndex(0);
}

void LogInteractionDialog::toggleTimer()
{
    if (m_ticker->isActive()) {
        m_ticker->stop();
        tick();
        m_timerButton->setText(tr("&Start timer"));
        m_durationEdit->setReadOnly(false);
        return;
    }
    m_durationBase = QTime(0, 0).secsTo(m_durationEdit->time());
    m_elapsed.start();
    m_ticker->start();
    m_timerButton->setText(tr("&Stop timer"));
    m_durationEdit->setReadOnly(true);
}

void LogInteractionDialog::tick()
{
    const qint64 seconds = m_durationBase + m_elapsed.elapsed() / 1000;
    m_durationEdit->setTime(QTime(0, 0).addSecs(int(std::min<qint64>(seconds, 24 * 3600 - 1))));
}

void LogInteractionDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void LogInteractionDialog::accept()
{
    if (m_ticker->isActive())
        toggleTimer();
    if (!m_interactionId.isEmpty()) // logged already; only the follow-up failed before
        return QDialog::accept();
    const QString channel = m_channelCombo->currentData().toString();
    if (m_followUpCheck->isChecked() && m_followUpTitleEdit->text().trimmed().isEmpty()) {
        showError(tr("Give the follow-up task a title, or untick \"Create a follow-up task\"."));
        m_followUpTitleEdit->setFocus();
        return;
    }
    const QString texts[] = {m_subjectEdit->text(), m_bodyEdit->toPlainText(), m_outcomeEdit->text(),
                             m_followUpTitleEdit->text()};
    for (const QString &t : texts) {
        if (CardNumberGuard::containsCardNumber(t)) {
            showError(tr("Not saved: the text contains a payment card number. Card numbers are never stored; write "
                         "only the last four digits (for example \"card ending %1\").")
                          .arg(CardNumberGuard::lastFour(t)));
            return;
        }
    }

    Interaction entry;
    entry.customerId = m_customerId;
    entry.channel = channel;
    entry.direction = m_directionCombo->currentData().toString();
    entry.occurredAt = m_whenEdit->dateTime().toMSecsSinceEpoch();
    const int duration = QTime(0, 0).secsTo(m_durationEdit->time());
    entry.durationS = hasDuration(channel) && duration > 0 ? duration : -1;
    entry.subject = m_subjectEdit->text().trimmed();
    entry.body = m_bodyEdit->toPlainText().trimmed();
    entry.outcome = m_outcomeEdit->text().trimmed();
    auto added = InteractionService(m_services).add(entry);
    if (!added) {
        const Error &e = added.error();
        if (e.code == ErrorCode::PermissionDenied)
            showError(tr("You are not allowed to log interactions for this customer."));
        else if (e.code == ErrorCode::NotFound)
            showError(tr("This customer no longer exists."));
        else
            showError(tr("Not saved: %1").arg(e.message));
        return;
    }
    m_interactionId = *added;

    if (m_followUpCheck->isChecked()) {
        Task task;
        task.customerId = m_customerId;
        task.title = m_followUpTitleEdit->text().trimmed();
        task.dueAt = m_followUpDueEdit->dateTime().toMSecsSinceEpoch();
        auto t = TaskService(m_services).add(task);
        if (!t) {
            // The log entry is stored; say so and let the user close or retry the task elsewhere.
            showError(tr("The interaction was logged, but the follow-up task was not created: %1")
                          .arg(t.error().message));
            m_buttons->button(QDialogButtonBox::Save)->setText(tr("Close"));
            return;
        }
        m_taskId = *t;
    }
    QDialog::accept();
}

} // namespace relasi
