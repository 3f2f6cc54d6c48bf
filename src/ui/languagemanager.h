#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cohort {

/// Installs the Qt and Cohort translators for the chosen language at runtime; widgets follow
/// through QEvent::LanguageChange, so no restart is needed.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Language codes Cohort ships a catalogue for ("en" needs none).
    static QStringList availableLanguages();
    /// Native name of a language code ("简体中文"), never translated.
    static QString nativeName(const QString &code);

    /// The stored choice: empty = follow the system locale.
    QString preference() const;
    /// Stores `code` (empty = system default) and applies it.
    void setPreference(const QString &code);
    /// Applies the stored preference (called once at start).
    void applyPreference();
    /// The language in effect ("en" or "zh_CN").
    QString currentLanguage() const { return m_current; }

    /// The language the system locale maps to among availableLanguages().
    static QString systemLanguage();

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void apply(const QString &code);

    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
    QString m_current;
};

} // namespace cohort
