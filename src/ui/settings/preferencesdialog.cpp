#include "ui/settings/preferencesdialog.h"

#include "ui/languagemanager.h"

#include "ui_preferencesdialog.h"

#include <QEvent>
#include <QSignalBlocker>

namespace cohort {

PreferencesDialog::PreferencesDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    fillLanguages();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_languages->setPreference(m_ui->languageCombo->itemData(index).toString());
    });
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::selectLanguage(const QString &code)
{
    const int index = m_ui->languageCombo->findData(code);
    if (index >= 0)
        m_ui->languageCombo->setCurrentIndex(index);
}

void PreferencesDialog::fillLanguages()
{
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(
        tr("System default (%1)")
            .arg(LanguageManager::nativeName(LanguageManager::systemLanguage())),
        QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    const QStringList languages = LanguageManager::availableLanguages();
    for (const QString &code : languages)
        m_ui->languageCombo->addItem(LanguageManager::nativeName(code), code);
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(m_languages->preference())));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
