#include "workspace/CreatingPage.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace relasi {

CreatingPage::CreatingPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("creatingPage"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("creatingStatusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("creatingProgress"));
    m_progress->setRange(0, 0); // busy: the key derivation reports no progress
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("createErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch(1);
    retranslate();
}

bool CreatingPage::isComplete() const
{
    return m_state == State::Done;
}

void CreatingPage::setRunning()
{
    m_state = State::Running;
    m_progress->setVisible(true);
    m_error->setVisible(false);
    retranslate();
    Q_EMIT completeChanged();
}

void CreatingPage::setFailed(const QString &message, const QString &detail)
{
    m_state = State::Failed;
    m_progress->setVisible(false);
    m_error->setText(detail.isEmpty() ? message
                                      : message + QStringLiteral("\n\n") + tr("Details: %1").arg(detail));
    m_error->setVisible(true);
    retranslate();
    Q_EMIT completeChanged();
}

void CreatingPage::setDone()
{
    m_state = State::Done;
    m_progress->setVisible(false);
    retranslate();
    Q_EMIT completeChanged();
}

void CreatingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CreatingPage::retranslate()
{
    setTitle(tr("Creating your workspace"));
    setSubTitle(tr("Everything happens on this computer; nothing is sent anywhere."));
    switch (m_state) {
    case State::Idle:
    case State::Running:
        m_status->setText(tr("Generating the encryption key, protecting it with your password and setting up "
                             "the encrypted database. This takes a few seconds…"));
        break;
    case State::Failed:
        m_status->setText(tr("The workspace was not created."));
        break;
    case State::Done:
        m_status->setText(tr("The workspace has been created."));
        break;
    }
    m_progress->setAccessibleName(tr("Creating the workspace"));
}

} // namespace relasi
