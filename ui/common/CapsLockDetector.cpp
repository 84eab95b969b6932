#include "common/CapsLockDetector.h"

#include <QKeyEvent>

namespace relasi {

CapsLockDetector::CapsLockDetector(QObject *parent) : QObject(parent) {}

void CapsLockDetector::watch(QObject *target)
{
    target->installEventFilter(this);
}

std::optional<bool> CapsLockDetector::guess(const QKeyEvent &event)
{
    const QString text = event.text();
    if (text.size() != 1)
        return std::nullopt;
    const QChar c = text.at(0);
    if (!c.isLetter() || c.toUpper() == c.toLower())
        return std::nullopt; // digits, symbols and letters without case say nothing
    const bool shift = event.modifiers().testFlag(Qt::ShiftModifier);
    return c.isUpper() != shift;
}

bool CapsLockDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        if (const auto g = guess(*static_cast<QKeyEvent *>(event)); g && *g != m_on) {
            m_on = *g;
            Q_EMIT capsLockChanged(m_on);
        }
    } else if (event->type() == QEvent::KeyRelease) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_CapsLock && m_on) {
            // Caps Lock was toggled: the next letter will tell the new state; hide the warning until then.
            m_on = false;
            Q_EMIT capsLockChanged(false);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relasi
