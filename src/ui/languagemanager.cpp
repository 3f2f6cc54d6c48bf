#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cohort {

namespace {
const char *const SettingsKey = "ui/language";
const char *const English = "en";
const char *const SimplifiedChinese = "zh_CN";
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_current(QLatin1String(English))
{
}

LanguageManager::~LanguageManager()
{
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
}

QStringList LanguageManager::availableLanguages()
{
    return { QLatin1String(English), QLatin1String(SimplifiedChinese) };
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String(SimplifiedChinese))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::preference() const
{
    const QString stored = QSettings().value(QLatin1String(SettingsKey)).toString();
    return availableLanguages().contains(stored) ? stored : QString();
}

void LanguageManager::setPreference(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), code);
    applyPreference();
}

void LanguageManager::applyPreference()
{
    const QString code = preference();
    apply(code.isEmpty() ? systemLanguage() : code);
}

QString LanguageManager::systemLanguage()
{
    // Any Chinese locale reads Simplified Chinese better than English until zh_TW ships.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &language : uiLanguages) {
        if (language.startsWith(QLatin1String("zh")))
            return QLatin1String(SimplifiedChinese);
        if (language.startsWith(QLatin1String("en")))
            return QLatin1String(English);
    }
    return QLatin1String(English);
}

void LanguageManager::apply(const QString &code)
{
    // Dates, numbers and money follow the system locale by default, the chosen language otherwise.
    // Set first: removing or installing a translator sends LanguageChange at once, and what
    // reformats on it must find the new locale.
    if (preference().isEmpty())
        QLocale::setDefault(QLocale::system());
    else if (code == QLatin1String(English))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    else
        QLocale::setDefault(QLocale(code));

    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (code != QLatin1String(English)) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLatin1String("qtbase_") + code,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
        auto app = std::make_unique<QTranslator>();
        if (app->load(QLatin1String(":/i18n/cohort_") + code + QLatin1String(".qm"))) {
            QCoreApplication::installTranslator(app.get());
            m_appTranslator = std::move(app);
        }
    }
    const bool changed = m_current != code;
    m_current = code;
    // Installing or removing a translator already posts LanguageChange to every widget.
    if (changed)
        Q_EMIT languageChanged(code);
}

} // namespace cohort
