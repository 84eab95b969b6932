#include "common/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace relasi {

MessageBar::MessageBar(const QString &namePrefix, QWidget *parent) : QFrame(parent)
{
    setObjectName(namePrefix + QStringLiteral("Bar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#%1 { background: #fdecea; border: 1px solid #e0a39c; border-radius: 4px; } "
                                 "#%1 QLabel { color: #7a1f17; }")
                      .arg(objectName()));
    m_label = new QLabel(this);
    m_label->setObjectName(namePrefix + QStringLiteral("Label"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setObjectName(namePrefix + QStringLiteral("CloseButton"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    hide();
    retranslate();
}

void MessageBar::showMessage(const QString &text, const QString &detail)
{
    m_label->setText(text);
    m_label->setToolTip(detail);
    setAccessibleDescription(text);
    show();
}

void MessageBar::hideMessage()
{
    hide();
    m_label->clear();
    m_label->setToolTip(QString());
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    m_label->setAccessibleName(tr("Error"));
}

} // namespace relasi
