#include "ui/settings/workspacesettingsdialog.h"

#include "storage/database.h"
#include "ui/settings/timezonechangerunner.h"
#include "ui/widgets/dialogvalidation.h"

#include "ui_workspacesettingsdialog.h"

#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

namespace cohort {

WorkspaceSettingsDialog::WorkspaceSettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WorkspaceSettingsDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    QStringList zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        zones << QString::fromUtf8(id);
    m_ui->timeZoneCombo->addItems(zones);
    m_ui->timeZoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->timeZoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->timeZoneCombo->setCurrentText(database.timeZoneId());
    m_ui->timeZoneCombo->setEnabled(!database.isReadOnly());
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this,
            &WorkspaceSettingsDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkspaceSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

WorkspaceSettingsDialog::~WorkspaceSettingsDialog() = default;

QString WorkspaceSettingsDialog::timeZoneId() const
{
    return m_ui->timeZoneCombo->currentText().trimmed();
}

void WorkspaceSettingsDialog::setTimeZoneId(const QString &ianaId)
{
    m_ui->timeZoneCombo->setCurrentText(ianaId);
}

void WorkspaceSettingsDialog::validate()
{
    const QString id = timeZoneId();
    const QTimeZone zone(id.toUtf8());
    QStringList problems;
    if (!zone.isValid())
        problems << tr("“%1” is not a time zone; choose one from the list.").arg(id);
    if (m_database.isReadOnly())
        m_ui->offsetLabel->setText(
            tr("The workspace is open read-only: its time zone cannot be changed."));
    else if (zone.isValid())
        m_ui->offsetLabel->setText(
            tr("Now %1 there (%2).")
                .arg(QLocale().toString(QDateTime::currentDateTimeUtc().toTimeZone(zone),
                                        QLocale::ShortFormat),
                     zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName)));
    else
        m_ui->offsetLabel->clear();
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems);
}

void WorkspaceSettingsDialog::accept()
{
    const QString id = timeZoneId();
    if (m_database.isReadOnly() || id == m_database.timeZoneId()) {
        QDialog::accept();
        return;
    }
    // The change runs as a job; the dialog waits for it, greyed, and closes once it is done.
    setEnabled(false);
    auto *runner = TimeZoneChangeRunner::start(this, m_database, id);
    connect(runner, &TimeZoneChangeRunner::finished, this,
            [this](TimeZoneChangeRunner::Result result, const QString &error) {
                setEnabled(true);
                switch (result) {
                case TimeZoneChangeRunner::Result::Changed:
                    QDialog::accept();
                    return;
                case TimeZoneChangeRunner::Result::Cancelled:
                    return; // the workspace kept its zone; the user may pick again or close
                case TimeZoneChangeRunner::Result::Failed: {
                    Q_EMIT errorShown(error);
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Change Time Zone"), error,
                                                QMessageBox::Ok, this);
                    box->setTextFormat(Qt::PlainText);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    return;
                }
                }
            });
}

void WorkspaceSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
