#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace cohort {

class LanguageManager;

/// Application preferences: the language and the largest chat a zip archive may expand to
/// (ImportLimits). Each applies as soon as it is changed; an untouched dialog writes nothing.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(LanguageManager *languages, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// Selects `code` ("" = system default, "en", "zh_CN") as if the user picked it.
    void selectLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    LanguageManager *m_languages;
};

} // namespace cohort
