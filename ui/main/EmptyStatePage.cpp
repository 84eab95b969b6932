#include "main/EmptyStatePage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace relasi {

EmptyStatePage::EmptyStatePage(const QString &iconPath, QWidget *parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setAlignment(Qt::AlignCenter);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addStretch(2);
}

void EmptyStatePage::setTexts(const QString &heading, const QString &body)
{
    m_heading->setText(heading);
    m_body->setText(body);
    setAccessibleName(heading);
    setAccessibleDescription(body);
}

QString EmptyStatePage::heading() const
{
    return m_heading->text();
}

} // namespace relasi
