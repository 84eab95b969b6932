#pragma once

#include <QList>

namespace relasi {

// Qt's own user-visible strings, in Qt's own translation contexts: the standard dialog buttons
// (QPlatformTheme), the context menu of text fields and spin boxes, message box details, the wizard's
// buttons, the undo actions and the widget-based file dialog.
//
// Qt translates them through its qtbase_<lang>.qm catalogues, which LanguageManager loads when Qt ships
// one for the language. Qt ships none for Bahasa Indonesia (Debian 12's qt6-translations-l10n has no
// qtbase_id.qm), so these strings are listed here with QT_TRANSLATE_NOOP: lupdate then keeps them in
// translations/relasi_id.ts, and the app's own catalogue answers Qt's lookups in those contexts.
class QtStandardTexts
{
public:
    struct Text {
        const char *context;
        const char *source;
    };

    // Every listed string (what lupdate sees; tests check the catalogue covers them).
    static QList<Text> all();
};

} // namespace relasi
