#include "privacy/ClipboardSentinel.h"

#include "common/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTimer>

namespace relasi {

ClipboardSentinel::ClipboardSentinel(QObject *parent) : QObject(parent)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &ClipboardSentinel::onChanged);
    qApp->installEventFilter(this);
}

ClipboardSentinel::~ClipboardSentinel()
{
    qApp->removeEventFilter(this);
}

bool ClipboardSentinel::eventFilter(QObject *watched, QEvent *event)
{
    bool arm = false;
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        arm = key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut) || qobject_cast<QMenu *>(watched);
    } else if (event->type() == QEvent::MouseButtonRelease) {
        arm = qobject_cast<QMenu *>(watched) != nullptr;
    }
    if (arm && !m_armed) {
        // For the handling of this event only: the copy, if it is one, happens while it is delivered.
        m_armed = true;
        QTimer::singleShot(0, this, [this] { m_armed = false; });
    }
    return QObject::eventFilter(watched, event);
}

void ClipboardSentinel::onChanged()
{
    if (m_marking || !m_armed)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *current = clipboard->mimeData();
    if (!current || current->formats().isEmpty() || current->hasFormat(ClipboardGuard::markerMimeType()))
        return;
    // The same content again, with the marker (and the hint asking clipboard managers to keep no history).
    auto *marked = new QMimeData;
    for (const QString &format : current->formats())
        marked->setData(format, current->data(format));
    marked->setData(ClipboardGuard::markerMimeType(), QByteArrayLiteral("1"));
    marked->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    m_marking = true;
    clipboard->setMimeData(marked);
    m_marking = false;
}

} // namespace relasi
