#include "workspace/UnlockDialog.h"

#include "common/BackgroundTask.h"
#include "common/CapsLockDetector.h"
#include "common/Clock.h"
#include "common/ErrorMessages.h"
#include "common/PasswordLineEdit.h"
#include "crypto/SecureBytes.h"
#include "workspace/PasswordStrengthMeter.h"
#include "workspace/SignInAttempts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relasi {

namespace {
QString errorStyle() { return QStringLiteral("color: #c62828;"); }
} // namespace

UnlockDialog::UnlockDialog(const QString &directory, QWidget *parent)
    : QDialog(parent), m_directory(QDir::cleanPath(directory))
{
    setObjectName(QStringLiteral("unlockDialog"));
    buildUi();
    retranslate();
    m_password->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::buildUi()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_workspace = new QLabel(this);
    m_workspace->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspace->setWordWrap(true);
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("infoLabel"));
    m_info->setWordWrap(true);
    m_info->setVisible(false);
    m_demoNote = new QLabel(this);
    m_demoNote->setObjectName(QStringLiteral("demoLabel"));
    m_demoNote->setWordWrap(true);
    m_demoNote->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px;"));
    m_demoNote->setVisible(false);

    // Password mode.
    auto *passwordPage = new QWidget(this);
    m_email = new QLineEdit(passwordPage);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password = new PasswordLineEdit(passwordPage);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_capsLock = new QLabel(passwordPage);
    m_capsLock->setObjectName(QStringLiteral("capsLockLabel"));
    m_capsLock->setStyleSheet(errorStyle());
    m_capsLock->setVisible(false);
    m_emailLabel = new QLabel(passwordPage);
    m_passwordLabel = new QLabel(passwordPage);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(m_emailLabel, m_email);
    passwordForm->addRow(m_passwordLabel, m_password);
    passwordForm->addRow(QString(), m_capsLock);

    // Recovery mode.
    auto *recoveryPage = new QWidget(this);
    m_code = new QLineEdit(recoveryPage);
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_newPassword = new PasswordLineEdit(recoveryPage);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm = new PasswordLineEdit(recoveryPage);
    m_confirm->setObjectName(QStringLiteral("confirmNewPasswordEdit"));
    m_meter = new PasswordStrengthMeter(recoveryPage);
    m_codeLabel = new QLabel(recoveryPage);
    m_newPasswordLabel = new QLabel(recoveryPage);
    m_confirmLabel = new QLabel(recoveryPage);
    m_codeLabel->setBuddy(m_code);
    m_newPasswordLabel->setBuddy(m_newPassword);
    m_confirmLabel->setBuddy(m_confirm);
    auto *recoveryForm = new QFormLayout(recoveryPage);
    recoveryForm->setContentsMargins(0, 0, 0, 0);
    recoveryForm->addRow(m_codeLabel, m_code);
    recoveryForm->addRow(m_newPasswordLabel, m_newPassword);
    recoveryForm->addRow(QString(), m_meter);
    recoveryForm->addRow(m_confirmLabel, m_confirm);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(passwordPage);
    m_stack->addWidget(recoveryPage);

    m_recoveryToggle = new QPushButton(this);
    m_recoveryToggle->setObjectName(QStringLiteral("recoveryToggle"));
    m_recoveryToggle->setCheckable(true);
    m_recoveryToggle->setFlat(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("unlockProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_upgradeNote = new QLabel(this);
    m_upgradeNote->setObjectName(QStringLiteral("upgradeNote"));
    m_upgradeNote->setWordWrap(true);
    m_upgradeNote->setVisible(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyle());
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_unlockButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_workspace);
    layout->addWidget(m_info);
    layout->addWidget(m_demoNote);
    layout->addSpacing(8);
    layout->addWidget(m_stack);
    layout->addWidget(m_recoveryToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_upgradeNote);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    m_capsDetector = new CapsLockDetector(this);
    m_capsDetector->watch(m_password);
    m_capsDetector->watch(m_newPassword);
    m_capsDetector->watch(m_confirm);
    connect(m_capsDetector, &CapsLockDetector::capsLockChanged, this, [this](bool on) {
        m_capsLock->setVisible(on);
    });
    connect(m_recoveryToggle, &QPushButton::toggled, this, &UnlockDialog::setRecoveryMode);
    connect(m_password, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockEnabled);
    connect(m_code, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockEnabled);
    auto reevaluate = [this]() {
        m_meter->setPassword(m_newPassword->text(), {m_email->text()});
        updateUnlockEnabled();
    };
    connect(m_newPassword, &QLineEdit::textChanged, this, reevaluate);
    connect(m_confirm, &QLineEdit::textChanged, this, reevaluate);
    connect(m_newPassword->toggleAction(), &QAction::toggled, m_confirm, &PasswordLineEdit::setPasswordVisible);

    m_delayTimer = new QTimer(this);
    m_delayTimer->setInterval(1000);
    connect(m_delayTimer, &QTimer::timeout, this, &UnlockDialog::tickDelay);

    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_code);
    setTabOrder(m_code, m_newPassword);
    setTabOrder(m_newPassword, m_confirm);
    setTabOrder(m_confirm, m_recoveryToggle);
    setTabOrder(m_recoveryToggle, m_unlockButton);
    setTabOrder(m_unlockButton, m_cancelButton);
    setRecoveryMode(false);
}

void UnlockDialog::setInfoMessage(const QString &message)
{
    m_info->setText(message);
    m_info->setVisible(!message.isEmpty());
}

void UnlockDialog::setDemoPassword(const QString &password)
{
    m_isDemo = true;
    m_password->setText(password);
    m_demoNote->setVisible(true);
    retranslate();
}

void UnlockDialog::setRecoveryMode(bool on)
{
    m_recoveryMode = on;
    m_recoveryToggle->setChecked(on);
    m_stack->setCurrentIndex(on ? 1 : 0);
    // Size the stack to the page on show, not the largest page, so the password form stays compact.
    for (int i = 0; i < m_stack->count(); ++i) {
        const QSizePolicy::Policy p = i == m_stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_stack->widget(i)->setSizePolicy(p, p);
    }
    adjustSize();
    m_error->setVisible(false);
    (on ? static_cast<QWidget *>(m_code) : m_password)->setFocus();
    retranslate();
    updateUnlockEnabled();
}

void UnlockDialog::updateUnlockEnabled()
{
    bool ready = !m_busy && m_delayLeft == 0;
    if (m_recoveryMode)
        ready = ready && !m_code->text().trimmed().isEmpty() && m_meter->isAcceptable()
            && m_newPassword->text() == m_confirm->text();
    else
        ready = ready && !m_password->text().isEmpty();
    m_unlockButton->setEnabled(ready);
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_stack->setEnabled(!busy);
    m_recoveryToggle->setEnabled(!busy);
    if (busy)
        m_error->setVisible(false);
    updateUnlockEnabled();
}

void UnlockDialog::unlock()
{
    if (!m_unlockButton->isEnabled())
        return;
    setBusy(true);
    const int generation = ++m_generation;
    const QString dir = m_directory;
    if (m_recoveryMode) {
        auto code = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_code->text().trimmed()));
        auto newPassword = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_newPassword->text()));
        BackgroundTask::run<Result<UnlockToken>>(
            this,
            [dir, code, newPassword]() -> Result<UnlockToken> {
                const Status recovered = Workspace::recover(dir, *code, *newPassword);
                code->clear();
                if (!recovered.ok()) {
                    newPassword->clear();
                    return recovered.error();
                }
                Result<UnlockToken> token = Workspace::unlock(dir, Credentials{}, *newPassword);
                newPassword->clear();
                return token;
            },
            [this, generation](Result<UnlockToken> token) {
                if (generation == m_generation)
                    finishUnlock(std::move(token));
            });
        return;
    }
    Credentials credentials;
    credentials.kind = Credentials::Kind::Password;
    credentials.userEmail = m_email->text().trimmed();
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
    BackgroundTask::run<Result<UnlockToken>>(
        this,
        [dir, credentials, password]() -> Result<UnlockToken> {
            Result<UnlockToken> token = Workspace::unlock(dir, credentials, *password);
            password->clear();
            return token;
        },
        [this, generation](Result<UnlockToken> token) {
            if (generation == m_generation)
                finishUnlock(std::move(token));
        });
}

void UnlockDialog::finishUnlock(Result<UnlockToken> token)
{
    if (token.ok()) {
        // A schema migration after an update can take minutes on a large workspace: never on this thread.
        const Result<bool> pending = Workspace::schemaUpgradePending(token.value());
        if (pending.ok() && pending.value()) {
            upgradeThenOpen(std::move(token).value());
            return;
        }
    }
    setBusy(false);
    if (!token.ok()) {
        showError(ErrorMessages::forUnlock(token.error(), m_recoveryMode));
        if (token.code() == ErrorCode::WrongSecret) // audited at the next successful sign-in
            (void)SignInAttempts::record(m_directory, QStringLiteral("gui"), SystemClock());
        if (token.code() == ErrorCode::WrongSecret && ++m_failures >= kFailuresBeforeDelay) {
            // Slow down guessing at the keyboard: 2 s after the fifth failure, growing to 30 s.
            m_delayLeft = qMin(30, 2 * (m_failures - kFailuresBeforeDelay + 1));
            m_delayTimer->start();
            retranslate();
            updateUnlockEnabled();
        }
        return;
    }
    openUnlocked(std::move(token).value());
}

void UnlockDialog::upgradeThenOpen(UnlockToken token)
{
    m_upgradeNote->setVisible(true);
    auto shared = std::make_shared<UnlockToken>(std::move(token));
    const int generation = m_generation;
    BackgroundTask::run<Status>(
        this, [shared]() { return Workspace::upgradeSchema(*shared); },
        [this, shared, generation](Status upgraded) {
            m_upgradeNote->setVisible(false);
            setBusy(false);
            if (generation != m_generation)
                return;
            if (!upgraded.ok()) {
                showError(ErrorMessages::forUnlock(upgraded.error(), m_recoveryMode));
                return;
            }
            openUnlocked(std::move(*shared));
        });
}

void UnlockDialog::openUnlocked(UnlockToken token)
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(std::move(token));
    if (!opened.ok()) {
        showError(ErrorMessages::forUnlock(opened.error(), m_recoveryMode));
        return;
    }
    m_opened = std::move(opened).value();
    m_password->clear();
    m_code->clear();
    m_newPassword->clear();
    m_confirm->clear();
    accept();
}

void UnlockDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    QLineEdit *field = m_recoveryMode ? m_code : static_cast<QLineEdit *>(m_password);
    field->setFocus();
    field->selectAll();
}

void UnlockDialog::tickDelay()
{
    if (--m_delayLeft <= 0) {
        m_delayLeft = 0;
        m_delayTimer->stop();
    }
    retranslate();
    updateUnlockEnabled();
}

std::unique_ptr<Workspace> UnlockDialog::takeWorkspace()
{
    return std::move(m_opened);
}

void UnlockDialog::reject()
{
    // A running key derivation cannot be interrupted; its result is ignored and dropped (wiping the key).
    ++m_generation;
    setBusy(false);
    QDialog::reject();
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslate()
{
    setWindowTitle(tr("Unlock workspace – Relasi"));
    m_title->setText(m_isDemo ? tr("Unlock the demo workspace") : tr("Unlock workspace"));
    m_workspace->setText(tr("<b>%1</b><br>%2")
                             .arg(QFileInfo(m_directory).fileName().toHtmlEscaped(),
                                  QDir::toNativeSeparators(m_directory).toHtmlEscaped()));
    m_workspace->setAccessibleName(tr("Workspace folder"));
    m_demoNote->setText(tr("This is a demo workspace with the publicly known password \"demo-relasi-2026\". "
                           "Do not enter real customer data into it."));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setPlaceholderText(tr("Owner (leave empty)"));
    m_email->setAccessibleName(tr("E-mail address of the user signing in"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_capsLock->setText(tr("Caps Lock appears to be on."));
    m_codeLabel->setText(tr("&Recovery code:"));
    m_code->setAccessibleName(tr("Recovery code"));
    m_newPasswordLabel->setText(tr("&New password:"));
    m_newPassword->setAccessibleName(tr("New password"));
    m_confirmLabel->setText(tr("Re&peat new password:"));
    m_confirm->setAccessibleName(tr("Repeat new password"));
    m_recoveryToggle->setText(m_recoveryMode ? tr("Use my &password instead") : tr("Use recovery &code instead"));
    m_progress->setAccessibleName(tr("Unlocking"));
    m_progress->setFormat(tr("Unlocking…"));
    m_upgradeNote->setText(tr("Updating this workspace for this version of Relasi. This happens once and can take a "
                              "few minutes for a large workspace; please keep Relasi open."));
    m_unlockButton->setText(m_recoveryMode ? tr("&Recover and unlock") : tr("&Unlock"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_delayLeft > 0)
        m_unlockButton->setText(tr("Wait %n s", nullptr, m_delayLeft));
}

} // namespace relasi
