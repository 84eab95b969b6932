#include "workspace/PrivacyNoticePage.h"

#include "privacy/PrivacyNotice.h"

#include <QCheckBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relasi {

PrivacyNoticePage::PrivacyNoticePage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("privacyPage"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("privacyNoticeText"));
    m_text->setOpenExternalLinks(true);
    m_text->setMinimumHeight(260);
    m_accept = new QCheckBox(this);
    m_accept->setObjectName(QStringLiteral("acceptNoticeCheck"));
    m_adult = new QCheckBox(this);
    m_adult->setObjectName(QStringLiteral("adultCheck"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_adult);

    // Mandatory fields: Next stays disabled until both boxes differ from their initial (unchecked) state.
    registerField(QStringLiteral("acceptedNotice*"), m_accept);
    registerField(QStringLiteral("confirmedAdult*"), m_adult);
    setTabOrder(m_text, m_accept);
    setTabOrder(m_accept, m_adult);
    retranslate();
}

void PrivacyNoticePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PrivacyNoticePage::retranslate()
{
    setTitle(tr("Welcome to Relasi"));
    setSubTitle(tr("Please read how Relasi handles your data before you create a workspace."));
    m_text->setHtml(QStringLiteral("<h2>") + PrivacyNotice::title().toHtmlEscaped() + QStringLiteral("</h2>")
                    + PrivacyNotice::html());
    m_text->setAccessibleName(tr("Privacy notice"));
    m_accept->setText(tr("I have read and &accept the privacy notice"));
    m_adult->setText(tr("I am &18 years of age or older"));
}

} // namespace relasi
