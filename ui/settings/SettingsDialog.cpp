#include "settings/SettingsDialog.h"

#include "app/AppSettings.h"
#include "privacy/PrivacySettingsPage.h"
#include "settings/BusinessDefaultsBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relasi {

SettingsDialog::SettingsDialog(QWidget *parent, ServiceContext *services) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    // Language names are written in their own language, so they stay readable whatever is selected.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idle->setRange(0, 240);
    m_idle->setValue(AppSettings::idleLockMinutes());
    m_idleHint = new QLabel(this);
    m_idleHint->setWordWrap(true);
    m_languageLabel = new QLabel(this);
    m_idleLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_idleLabel->setBuddy(m_idle);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_idleLabel, m_idle);
    form->addRow(QString(), m_idleHint);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (services) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("settingsTabs"));
        auto *general = new QWidget(m_tabs);
        general->setObjectName(QStringLiteral("generalSettingsPage"));
        auto *generalLayout = new QVBoxLayout(general);
        generalLayout->addLayout(form);
        m_business = new BusinessDefaultsBox(*services, general);
        generalLayout->addSpacing(8);
        generalLayout->addWidget(m_business);
        generalLayout->addStretch(1);
        m_tabs->addTab(general, QString());
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setObjectName(QStringLiteral("privacySettingsScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(new PrivacySettingsPage(*services, scroll));
        m_tabs->addTab(scroll, QString());
        layout->addWidget(m_tabs, 1);
        resize(640, 660);
    } else {
        layout->addLayout(form);
        layout->addStretch(1);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_language, m_idle);
    setMinimumWidth(420);
    retranslate();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

int SettingsDialog::idleLockMinutes() const
{
    return m_idle->value();
}

void SettingsDialog::accept()
{
    if (m_business && m_business->canEdit()) {
        if (Status saved = m_business->save(); !saved) {
            m_error->setText(tr("The business defaults could not be saved: %1").arg(saved.error().message));
            m_error->show();
            if (m_tabs)
                m_tabs->setCurrentIndex(0);
            return;
        }
    }
    m_error->hide();
    AppSettings::setLanguage(language());
    AppSettings::setIdleLockMinutes(idleLockMinutes());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings – Relasi"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Language"));
    m_idleLabel->setText(tr("&Lock after idle:"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setAccessibleName(tr("Minutes of inactivity before the workspace locks"));
    m_idleHint->setText(tr("When nobody uses Relasi for this long, the workspace locks and the password is needed "
                           "again. 0 means never."));
    if (m_tabs) {
        m_tabs->setTabText(0, tr("&General"));
        m_tabs->setTabText(1, tr("Pri&vacy"));
    }
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace relasi
