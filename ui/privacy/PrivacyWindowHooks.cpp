#include "privacy/PrivacyWindowHooks.h"

#include "main/MainWindow.h"
#include "privacy/ClipboardSentinel.h"
#include "privacy/PrivacyCentreDialog.h"
#include "privacy/UsageTracker.h"

#include <QAction>
#include <QMenu>

namespace relasi {

void PrivacyWindowHooks::install(MainWindow *window)
{
    if (!window || !window->services())
        return;
    if (QMenu *file = window->fileMenu()) {
        QAction *centre = PrivacyCentreDialog::createAction(window);
        QAction *quit = window->findChild<QAction *>(QStringLiteral("quitAction"));
        QAction *before = nullptr;
        const QList<QAction *> actions = file->actions();
        for (int i = 0; i < actions.size(); ++i) {
            if (actions.at(i) == quit) // before the separator that precedes Quit
                before = i > 0 && actions.at(i - 1)->isSeparator() ? actions.at(i - 1) : quit;
        }
        file->insertAction(before, centre);
    }
    UsageTracker::install(window);
    // Values copied while the workspace is open are cleared from the clipboard on lock.
    new ClipboardSentinel(window);
}

} // namespace relasi
