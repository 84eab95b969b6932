#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace relasi {

// Installs the application translator. English is the source language; Bahasa Indonesia is used when the
// user picked it (AppSettings::language) or, with no choice made, when the system locale is Indonesian.
// Beside the app's catalogue it loads Qt's own (qtbase_<lang>.qm from Qt's translations folder) when Qt
// ships one; the app's catalogue also carries Qt's standard texts (QtStandardTexts) for languages Qt does
// not cover, Indonesian among them. Installing a translator makes Qt send LanguageChange to every widget,
// which retranslate themselves.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en" or "id" for a stored choice (empty = follow the system) and a system locale name like "id_ID".
    static QString resolveLanguage(const QString &storedChoice, const QString &systemLocaleName);

    // Applies the effective language from settings and the system locale.
    void applyFromSettings();
    // Applies "en" or "id" now (does not store the choice).
    bool apply(const QString &language);
    QString currentLanguage() const { return m_current; }
    // Whether Qt's own catalogue for the current language was found and installed.
    bool hasQtCatalogue() const { return m_qtTranslator != nullptr; }

private:
    void removeTranslators();

    QTranslator *m_translator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_current = QStringLiteral("en");
};

} // namespace relasi
