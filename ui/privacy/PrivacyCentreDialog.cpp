#include "privacy/PrivacyCentreDialog.h"

#include "main/MainWindow.h"
#include "privacy/PrivacyDataPage.h"
#include "privacy/PrivacyNotice.h"
#include "privacy/PrivacySettingsPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relasi {

namespace {

QScrollArea *scrolled(QWidget *page, const QString &objectName, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    return scroll;
}

// Keeps the menu action's text in the window's language.
class ActionTranslator : public QObject
{
public:
    ActionTranslator(QAction *action, QWidget *window) : QObject(action), m_action(action)
    {
        window->installEventFilter(this);
        retranslate();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_action->setText(PrivacyCentreDialog::tr("&Privacy centre…"));
        m_action->setToolTip(PrivacyCentreDialog::tr("Export your data or the whole workspace, mailing lists with "
                                                     "consent, retention rules and usage data"));
    }

    QAction *m_action;
};

} // namespace

PrivacyCentreDialog::PrivacyCentreDialog(ServiceContext &services, const Workspace *workspace, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("privacyCentreDialog"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("privacyCentreTabs"));

    auto *dataTab = new QWidget(m_tabs);
    auto *dataLayout = new QVBoxLayout(dataTab);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    auto *customerNote = new QLabel(dataTab);
    customerNote->setObjectName(QStringLiteral("privacyCentreCustomerNote"));
    customerNote->setWordWrap(true);
    customerNote->setContentsMargins(9, 6, 9, 0);
    dataLayout->addWidget(customerNote);
    m_data = new PrivacyDataPage(services, dataTab);
    m_data->setWorkspace(workspace);
    dataLayout->addWidget(m_data, 1);
    m_tabs->addTab(scrolled(dataTab, QStringLiteral("privacyDataScroll"), m_tabs), QString());

    m_settings = new PrivacySettingsPage(services);
    m_settings->setWorkspace(workspace);
    m_tabs->addTab(scrolled(m_settings, QStringLiteral("privacyCentreSettingsScroll"), m_tabs), QString());

    m_notice = new QTextBrowser(m_tabs);
    m_notice->setObjectName(QStringLiteral("privacyNoticeView"));
    m_notice->setOpenExternalLinks(false);
    m_tabs->addTab(m_notice, QString());
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("privacyCentreCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
    resize(720, 700);
}

PrivacyCentreDialog::~PrivacyCentreDialog() = default;

void PrivacyCentreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PrivacyCentreDialog::retranslate()
{
    setWindowTitle(tr("Privacy centre – Relasi"));
    m_tabs->setTabText(0, tr("&Data and exports"));
    m_tabs->setTabText(1, tr("&Retention and usage"));
    m_tabs->setTabText(2, tr("Privacy &notice"));
    m_tabs->setAccessibleName(tr("Privacy centre sections"));
    if (auto *note = findChild<QLabel *>(QStringLiteral("privacyCentreCustomerNote")))
        note->setText(tr("A customer's own requests (consents, a copy of their data, erasure) are handled on that "
                         "customer's Privacy tab."));
    m_notice->setAccessibleName(tr("Privacy notice"));
    m_notice->setHtml(QStringLiteral("<h2>") + PrivacyNotice::title().toHtmlEscaped() + QStringLiteral("</h2>")
                      + PrivacyNotice::html());
}

QAction *PrivacyCentreDialog::createAction(MainWindow *window)
{
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("privacyCentreAction"));
    new ActionTranslator(action, window);
    QPointer<MainWindow> target(window);
    connect(action, &QAction::triggered, window, [target] {
        if (!target || !target->services())
            return;
        if (auto *open = target->findChild<PrivacyCentreDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new PrivacyCentreDialog(*target->services(), target->workspace(), target);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

} // namespace relasi
