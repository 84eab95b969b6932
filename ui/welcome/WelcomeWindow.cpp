#include "welcome/WelcomeWindow.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace relasi {

WelcomeWindow::WelcomeWindow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/relasi/icons/relasi.svg")).pixmap(72, 72));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tagline = new QLabel(this);
    m_tagline->setObjectName(QStringLiteral("taglineLabel"));
    m_tagline->setWordWrap(true);

    m_create = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/plus.svg")), QString(), this);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_open = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/folder-open.svg")), QString(), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_demo = new QPushButton(QIcon(QStringLiteral(":/relasi/icons/demo.svg")), QString(), this);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    for (QPushButton *b : {m_create, m_open, m_demo}) {
        b->setIconSize(QSize(22, 22));
        b->setMinimumHeight(40);
        b->setStyleSheet(QStringLiteral("text-align: left; padding-left: 10px;"));
    }
    m_create->setDefault(true);

    m_recentLabel = new QLabel(this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recentLabel->setBuddy(m_recent);
    m_recentEmpty = new QLabel(this);
    m_recentEmpty->setObjectName(QStringLiteral("recentEmptyLabel"));
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setEnabled(false);
    m_recentEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_languageLabel->setBuddy(m_language);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("welcomeProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_tagline);
    header->addLayout(titles, 1);

    auto *actions = new QVBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_open);
    actions->addWidget(m_demo);
    actions->addStretch(1);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language, 1);
    actions->addLayout(languageRow);

    auto *recent = new QVBoxLayout;
    recent->addWidget(m_recentLabel);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_recentEmpty, 1);

    auto *body = new QHBoxLayout;
    body->addLayout(actions, 2);
    body->addSpacing(16);
    body->addLayout(recent, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(header);
    layout->addSpacing(16);
    layout->addLayout(body, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &WelcomeWindow::createRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWindow::chooseFolder);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeWindow::demoRequested);
    // itemActivated covers double-click and Enter.
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomeWindow::openItem);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageChosen(m_language->itemData(index).toString()); });

    setTabOrder(m_create, m_open);
    setTabOrder(m_open, m_demo);
    setTabOrder(m_demo, m_language);
    setTabOrder(m_language, m_recent);
    resize(780, 480);
    retranslate();
    setRecentWorkspaces({});
}

void WelcomeWindow::setRecentWorkspaces(const QStringList &directories)
{
    m_recent->clear();
    for (const QString &dir : directories) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/relasi/icons/workspace.svg")),
                                         QFileInfo(dir).fileName() + QLatin1Char('\n') + QDir::toNativeSeparators(dir),
                                         m_recent);
        item->setData(Qt::UserRole, dir);
        item->setToolTip(QDir::toNativeSeparators(dir));
    }
    m_recent->setVisible(!directories.isEmpty());
    m_recentEmpty->setVisible(directories.isEmpty());
    if (!directories.isEmpty())
        m_recent->setCurrentRow(0);
}

QStringList WelcomeWindow::recentWorkspaces() const
{
    QStringList out;
    for (int i = 0; i < m_recent->count(); ++i)
        out << m_recent->item(i)->data(Qt::UserRole).toString();
    return out;
}

void WelcomeWindow::setCurrentLanguage(const QString &code)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
}

void WelcomeWindow::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(message);
    m_status->setVisible(true);
}

void WelcomeWindow::clearMessage()
{
    m_status->clear();
    m_status->setVisible(false);
}

void WelcomeWindow::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_create), static_cast<QWidget *>(m_open),
                       static_cast<QWidget *>(m_demo), static_cast<QWidget *>(m_recent)})
        w->setEnabled(!busy);
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void WelcomeWindow::chooseFolder()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a workspace folder"), start);
    if (!dir.isEmpty())
        Q_EMIT openRequested(dir);
}

void WelcomeWindow::openItem(QListWidgetItem *item)
{
    if (item)
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
}

void WelcomeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomeWindow::retranslate()
{
    setWindowTitle(tr("Welcome – Relasi"));
    m_title->setText(tr("Welcome to Relasi"));
    m_tagline->setText(tr("Your customers, conversations and sales, encrypted on this computer."));
    m_create->setText(tr("&Create a new workspace"));
    m_create->setToolTip(tr("Set up an encrypted workspace for your business"));
    m_open->setText(tr("&Open a workspace…"));
    m_open->setToolTip(tr("Choose an existing workspace folder"));
    m_demo->setText(tr("Open the &demo workspace"));
    m_demo->setToolTip(tr("Try Relasi with a demo workspace. Not for real data."));
    m_recentLabel->setText(tr("&Recent workspaces"));
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recentEmpty->setText(tr("No recent workspaces. Create one or open an existing folder."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Language"));
    m_progress->setAccessibleName(tr("Working"));
}

} // namespace relasi
