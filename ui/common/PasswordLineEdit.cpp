#include "common/PasswordLineEdit.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>

namespace relasi {

PasswordLineEdit::PasswordLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_toggle = addAction(QIcon(QStringLiteral(":/relasi/icons/eye.svg")), QLineEdit::TrailingPosition);
    m_toggle->setCheckable(true);
    m_toggle->setObjectName(QStringLiteral("showPasswordAction"));
    m_toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_V));
    m_toggle->setShortcutContext(Qt::WidgetShortcut);
    connect(m_toggle, &QAction::toggled, this, &PasswordLineEdit::setPasswordVisible);
    retranslate();
}

bool PasswordLineEdit::isPasswordVisible() const
{
    return echoMode() == QLineEdit::Normal;
}

void PasswordLineEdit::setPasswordVisible(bool visible)
{
    setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setChecked(visible);
    m_toggle->setIcon(QIcon(visible ? QStringLiteral(":/relasi/icons/eye-off.svg")
                                    : QStringLiteral(":/relasi/icons/eye.svg")));
    retranslate();
}

void PasswordLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void PasswordLineEdit::retranslate()
{
    const QString text = isPasswordVisible() ? tr("Hide password") : tr("Show password");
    m_toggle->setText(text);
    m_toggle->setToolTip(tr("%1 (Alt+V)").arg(text));
}

} // namespace relasi
