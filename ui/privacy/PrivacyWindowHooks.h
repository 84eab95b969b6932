#pragma once

namespace relasi {

class MainWindow;

// What the privacy features add to the main window, in one call from its constructor: File → "Privacy
// centre…" (PrivacyCentreDialog::createAction, before Quit) and the opt-in usage analytics of time spent and
// actions taken (UsageTracker), and the marking of values copied in the window so that a lock clears them
// from the clipboard (ClipboardSentinel). Nothing is added when the window has no signed-in services.
// What is added and holds the services lets go of them on MainWindow::servicesReleasing (lock, or the window
// closing), so the window's teardown needs no step of its own for them.
class PrivacyWindowHooks
{
public:
    static void install(MainWindow *window);
};

} // namespace relasi
