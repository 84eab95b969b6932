#include "main/IdleLockWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace relasi {

IdleLockWatcher::IdleLockWatcher(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        stop();
        Q_EMIT idleTimeout();
    });
}

IdleLockWatcher::~IdleLockWatcher()
{
    stop();
}

void IdleLockWatcher::setIntervalMs(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (m_watching) {
        if (m_intervalMs > 0)
            m_timer->start(m_intervalMs);
        else
            m_timer->stop();
    }
}

void IdleLockWatcher::setIntervalMinutes(int minutes)
{
    setIntervalMs(qBound(0, minutes, 24 * 60) * 60 * 1000);
}

void IdleLockWatcher::start()
{
    if (!m_watching) {
        QCoreApplication::instance()->installEventFilter(this);
        m_watching = true;
    }
    if (m_intervalMs > 0)
        m_timer->start(m_intervalMs);
}

void IdleLockWatcher::stop()
{
    m_timer->stop();
    if (m_watching && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_watching = false;
}

bool IdleLockWatcher::isActive() const
{
    return m_watching && m_timer->isActive();
}

bool IdleLockWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
    case QEvent::ShortcutOverride:
        if (m_intervalMs > 0)
            m_timer->start(m_intervalMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relasi
