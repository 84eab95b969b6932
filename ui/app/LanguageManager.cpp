#include "app/LanguageManager.h"

#include "app/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relasi {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **t : {&m_translator, &m_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

QString LanguageManager::resolveLanguage(const QString &storedChoice, const QString &systemLocaleName)
{
    if (storedChoice == QLatin1String("en") || storedChoice == QLatin1String("id"))
        return storedChoice;
    return systemLocaleName.startsWith(QLatin1String("id")) ? QStringLiteral("id") : QStringLiteral("en");
}

void LanguageManager::applyFromSettings()
{
    apply(resolveLanguage(AppSettings::language(), QLocale::system().name()));
}

bool LanguageManager::apply(const QString &language)
{
    removeTranslators();
    m_current = QStringLiteral("en");
    if (language == QLatin1String("id")) {
        auto *translator = new QTranslator(this);
        if (!translator->load(QStringLiteral(":/i18n/relasi_id.qm"))) {
            delete translator;
            return false;
        }
        // Qt's catalogue first: translators installed later are asked first, so the app's wording wins
        // where both translate a Qt text.
        auto *qt = new QTranslator(this);
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            m_qtTranslator = qt;
        } else {
            delete qt; // none shipped for this language: QtStandardTexts in the app's catalogue stand in
        }
        QCoreApplication::installTranslator(translator);
        m_translator = translator;
        m_current = language;
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return true;
}

} // namespace relasi
