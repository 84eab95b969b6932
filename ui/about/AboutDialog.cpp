#include "about/AboutDialog.h"

#include "privacy/PrivacyNotice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relasi {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")).pixmap(64, 64));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("aboutHeading"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setOpenExternalLinks(true);
    auto *aboutPage = new QWidget(this);
    auto *aboutLayout = new QVBoxLayout(aboutPage);
    aboutLayout->addWidget(icon, 0, Qt::AlignHCenter);
    aboutLayout->addWidget(m_heading, 0, Qt::AlignHCenter);
    aboutLayout->addWidget(m_summary);
    aboutLayout->addStretch(1);

    m_licences = new QTextBrowser(this);
    m_licences->setObjectName(QStringLiteral("licencesText"));
    m_privacy = new QTextBrowser(this);
    m_privacy->setObjectName(QStringLiteral("aboutPrivacyText"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->addTab(aboutPage, QString());
    m_tabs->addTab(m_licences, QString());
    m_tabs->addTab(m_privacy, QString());

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(620, 520);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Relasi"));
    m_heading->setText(QStringLiteral("<h2>Relasi %1</h2>").arg(QStringLiteral(RELASI_VERSION)));
    m_summary->setText(tr("An encrypted, offline-first customer-relationship manager for small businesses.")
                       + QStringLiteral("<br><br>")
                       + tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped());
    const QList<QPair<QString, QString>> libraries = {
        {QStringLiteral("Qt 6"), tr("GNU LGPL version 3")},
        {QStringLiteral("SQLCipher"), tr("BSD-style licence")},
        {QStringLiteral("libsodium"), tr("ISC licence")},
        {QStringLiteral("libphonenumber"), tr("Apache License 2.0")},
        {QStringLiteral("uchardet"), tr("MPL 1.1, GPL 2 or LGPL 2.1, at your choice")},
        {QStringLiteral("Catch2"), tr("Boost Software License 1.0 (used by the tests only, not shipped)")}};
    QString html = QStringLiteral("<p>") + tr("Relasi uses these libraries:").toHtmlEscaped()
        + QStringLiteral("</p><table cellpadding='4'>");
    for (const auto &lib : libraries)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(lib.first.toHtmlEscaped(), lib.second.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_licences->setHtml(html);
    m_privacy->setHtml(QStringLiteral("<h2>") + PrivacyNotice::title().toHtmlEscaped() + QStringLiteral("</h2>")
                       + PrivacyNotice::html());
    m_tabs->setTabText(0, tr("About"));
    m_tabs->setTabText(1, tr("Licences"));
    m_tabs->setTabText(2, tr("Privacy"));
    m_licences->setAccessibleName(tr("Licences"));
    m_privacy->setAccessibleName(tr("Privacy notice"));
    m_close->setText(tr("Close"));
}

} // namespace relasi
