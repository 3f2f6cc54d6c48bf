#include "ui/settings/preferencesdialog.h"

#include "import/importlimits.h"
#include "ui/languagemanager.h"

#include "ui_preferencesdialog.h"

#include <QEvent>
#include <QSettings>
#include <QSignalBlocker>

namespace cohort {

PreferencesDialog::PreferencesDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->unzippedSpin->setSpecialValueText(tr("Automatic"));
    {
        // Shown as stored; written only when the user changes it (the dialog has no OK: like
        // the language, the value applies at once).
        const QSignalBlocker blocker(m_ui->unzippedSpin);
        bool ok = false;
        const qint64 stored
            = QSettings().value(import::ImportLimits::maxUnzippedSettingsKey()).toLongLong(&ok);
        m_ui->unzippedSpin->setValue(
            ok && stored > 0 ? int(qMin<qint64>(stored, m_ui->unzippedSpin->maximum())) : 0);
    }
    connect(m_ui->unzippedSpin, &QSpinBox::valueChanged, this, [](int megabytes) {
        QSettings settings;
        if (megabytes > 0)
            settings.setValue(import::ImportLimits::maxUnzippedSettingsKey(), megabytes);
        else
            settings.remove(import::ImportLimits::maxUnzippedSettingsKey());
    });
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
