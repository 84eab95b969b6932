#include "workspace/PasswordPage.h"

#include "common/PasswordLineEdit.h"
#include "crypto/SecureBytes.h"
#include "workspace/PasswordStrengthMeter.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relasi {

PasswordPage::PasswordPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("passwordPage"));
    m_password = new PasswordLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm = new PasswordLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_meter = new PasswordStrengthMeter(this);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_matchHint = new QLabel(this);
    m_matchHint->setObjectName(QStringLiteral("matchHintLabel"));
    m_matchHint->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_matchHint->setVisible(false);
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);

    m_passwordLabel = new QLabel(this);
    m_confirmLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->addRow(m_advice);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_meter);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_matchHint);

    // Showing one field shows both, so the user can compare what they typed.
    connect(m_password->toggleAction(), &QAction::toggled, m_confirm, &PasswordLineEdit::setPasswordVisible);
    connect(m_confirm->toggleAction(), &QAction::toggled, m_password, &PasswordLineEdit::setPasswordVisible);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordPage::reevaluate);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordPage::reevaluate);
    setTabOrder(m_password, m_confirm);
    retranslate();
}

void PasswordPage::initializePage()
{
    reevaluate();
}

void PasswordPage::reevaluate()
{
    const QStringList userInputs = {field(QStringLiteral("ownerName")).toString(),
                                    field(QStringLiteral("ownerEmail")).toString(),
                                    QStringLiteral("relasi")};
    m_meter->setPassword(m_password->text(), userInputs);
    m_matchHint->setVisible(!m_confirm->text().isEmpty() && m_confirm->text() != m_password->text());
    Q_EMIT completeChanged();
}

bool PasswordPage::isComplete() const
{
    return m_meter->isAcceptable() && m_password->text() == m_confirm->text();
}

SecureBytes PasswordPage::password() const
{
    return SecureBytes::fromUtf8(m_password->text());
}

void PasswordPage::clearPassword()
{
    m_password->clear();
    m_confirm->clear();
}

void PasswordPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PasswordPage::retranslate()
{
    setTitle(tr("Choose a password"));
    setSubTitle(tr("The password protects the key that encrypts all data in this workspace."));
    m_advice->setText(tr("Nobody can reset this password for you. If you forget it, only the recovery code shown "
                         "at the end of this wizard can open the workspace."));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Repeat password:"));
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setAccessibleName(tr("Repeat password"));
    m_matchHint->setText(tr("The two passwords do not match."));
}

} // namespace relasi
