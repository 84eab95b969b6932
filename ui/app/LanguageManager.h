#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace relasi {

// Installs the application translator. English is the source language; Bahasa Indonesia is used when the
// user picked it (AppSettings::language) or, with no choice made, when the system locale is Indonesian.
// Installing a translator makes Qt send LanguageChange to every widget, which retranslate themselves.
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

private:
    QTranslator *m_translator = nullptr;
    QString m_current = QStringLiteral("en");
};

} // namespace relasi
