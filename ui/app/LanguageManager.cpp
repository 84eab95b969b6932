#include "app/LanguageManager.h"

#include "app/AppSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace relasi {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
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
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    m_current = QStringLiteral("en");
    if (language == QLatin1String("id")) {
        auto *translator = new QTranslator(this);
        if (!translator->load(QStringLiteral(":/i18n/relasi_id.qm"))) {
            delete translator;
            return false;
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
