#pragma once

#include <QObject>

namespace relasi {

// Makes whatever the user copies inside Relasi while a workspace is open — one phone number, an e-mail
// address, a cell of a list, a note — carry ClipboardGuard's private marker, so that locking (by hand or
// after idle time: AppController calls ClipboardGuard::clearIfOurs) clears it from the clipboard. Text
// copied in other applications is left alone. Copying one value is allowed to everyone; exporting many
// records is the BulkExport permission (lists copy one cell at most).
//
// A copy is recognised by what causes it: the clipboard changes while this application handles the Copy or
// Cut key (Ctrl+C, Ctrl+X, Ctrl+Insert…) or a click/key in one of its menus (a context menu's Copy). The
// change is then re-set with the marker added (same formats, same bytes).
class ClipboardSentinel : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardSentinel(QObject *parent = nullptr);
    ~ClipboardSentinel() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged();

    bool m_armed = false;
    bool m_marking = false;
};

} // namespace relasi
