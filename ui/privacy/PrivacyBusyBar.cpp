#include "privacy/PrivacyBusyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace relasi {

PrivacyBusyBar::PrivacyBusyBar(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(objectName + QStringLiteral("Label"));
    m_label->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(objectName + QStringLiteral("Progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(objectName + QStringLiteral("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the work in progress"));
    m_cancel->setAutoDefault(false);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelled = true;
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        Q_EMIT cancelClicked();
    });
    hide();
}

void PrivacyBusyBar::start(const QString &text, bool cancellable)
{
    m_busy = true;
    m_cancelled = false;
    m_label->setText(text);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(cancellable);
    m_cancel->setToolTip(QString());
    show();
}

void PrivacyBusyBar::setProgress(int done, int total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(qBound(0, done, total));
}

void PrivacyBusyBar::stop()
{
    m_busy = false;
    hide();
}

} // namespace relasi
