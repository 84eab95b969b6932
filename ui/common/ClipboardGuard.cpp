#include "common/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace relasi {

QString ClipboardGuard::markerMimeType()
{
    return QStringLiteral("application/x-relasi-owned");
}

void ClipboardGuard::copy(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(markerMimeType(), QByteArrayLiteral("1"));
    // Ask clipboard managers not to keep a history copy (honoured by KDE Klipper and others).
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
}

bool ClipboardGuard::clipboardHoldsOurData()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(markerMimeType());
}

bool ClipboardGuard::clearIfOurs()
{
    if (!clipboardHoldsOurData())
        return false;
    QGuiApplication::clipboard()->clear();
    return true;
}

} // namespace relasi
