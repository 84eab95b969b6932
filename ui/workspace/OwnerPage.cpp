#include "workspace/OwnerPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace relasi {

OwnerPage::OwnerPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("ownerPage"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ownerNameEdit"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("ownerEmailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("ownerPhoneEdit"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_emailHint = new QLabel(this);
    m_emailHint->setObjectName(QStringLiteral("emailHintLabel"));
    m_emailHint->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_emailHint->setVisible(false);

    m_nameLabel = new QLabel(this);
    m_emailLabel = new QLabel(this);
    m_phoneLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_phoneLabel->setBuddy(m_phone);

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_emailLabel, m_email);
    form->addRow(QString(), m_emailHint);
    form->addRow(m_phoneLabel, m_phone);

    registerField(QStringLiteral("ownerName"), m_name);
    registerField(QStringLiteral("ownerEmail"), m_email);
    registerField(QStringLiteral("ownerPhone"), m_phone);
    connect(m_name, &QLineEdit::textChanged, this, &OwnerPage::completeChanged);
    connect(m_email, &QLineEdit::textChanged, this, [this]() {
        updateEmailHint();
        Q_EMIT completeChanged();
    });
    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_phone);
    retranslate();
}

bool OwnerPage::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(email.trimmed()).hasMatch();
}

bool OwnerPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && isPlausibleEmail(m_email->text());
}

void OwnerPage::updateEmailHint()
{
    const QString email = m_email->text().trimmed();
    m_emailHint->setVisible(!email.isEmpty() && !isPlausibleEmail(email));
}

void OwnerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void OwnerPage::retranslate()
{
    setTitle(tr("About you"));
    setSubTitle(tr("You will be the owner of this workspace. Your e-mail address is also your sign-in name."));
    m_nameLabel->setText(tr("&Name:"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_phoneLabel->setText(tr("&Phone (optional):"));
    m_name->setAccessibleName(tr("Owner name"));
    m_email->setAccessibleName(tr("Owner e-mail address"));
    m_phone->setAccessibleName(tr("Owner phone number"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone->setPlaceholderText(tr("+62 812 3456 7890"));
    m_emailHint->setText(tr("This does not look like an e-mail address."));
}

} // namespace relasi
