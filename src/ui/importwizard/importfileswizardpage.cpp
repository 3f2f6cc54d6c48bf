#include "ui/importwizard/importfileswizardpage.h"

#include "ui/importwizard/importwizard.h"

#include "ui_importfileswizardpage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cohort {

namespace {
const char *const LastDirKey = "import/lastDirectory";
} // namespace

ImportFilesWizardPage::ImportFilesWizardPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ImportFilesWizardPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->fileList->setAccessibleName(tr("Files to import"));
    // Enter after choosing files goes on with the wizard (its Next button), instead of opening
    // the file dialog again from the button that still has the focus.
    m_ui->addButton->setAutoDefault(false);
    m_ui->removeButton->setAutoDefault(false);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ImportFilesWizardPage::chooseFiles);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &ImportFilesWizardPage::removeSelected);
    connect(m_ui->fileList, &QListWidget::itemSelectionChanged, this,
            &ImportFilesWizardPage::updateButtons);
    updateButtons();
}

ImportFilesWizardPage::~ImportFilesWizardPage() = default;

void ImportFilesWizardPage::addFiles(const QStringList &paths)
{
    QStringList known = files();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (known.contains(absolute))
            continue;
        known << absolute;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(absolute), m_ui->fileList);
        item->setData(Qt::UserRole, absolute);
        item->setToolTip(QDir::toNativeSeparators(absolute).toHtmlEscaped());
    }
    updateButtons();
    Q_EMIT completeChanged();
}

QStringList ImportFilesWizardPage::files() const
{
    QStringList result;
    for (int i = 0; i < m_ui->fileList->count(); ++i)
        result << m_ui->fileList->item(i)->data(Qt::UserRole).toString();
    return result;
}

bool ImportFilesWizardPage::isComplete() const
{
    return m_ui->fileList->count() > 0;
}

bool ImportFilesWizardPage::validatePage()
{
    m_wizard->setPaths(files());
    return true;
}

void ImportFilesWizardPage::chooseFiles()
{
    QSettings settings;
    // The first folder that exists: a path that does not would be taken for a file name and
    // prefilled in the dialog's name box ("Downloads").
    QString start = QDir::homePath();
    for (const QString &candidate :
         { settings.value(QLatin1String(LastDirKey)).toString(),
           QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) }) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
            start = candidate;
            break;
        }
    }
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Choose Chat Exports"), start,
        tr("Chat exports (*.txt *.zip *.json *.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(QLatin1String(LastDirKey), QFileInfo(chosen.first()).absolutePath());
    addFiles(chosen);
    m_ui->fileList->setFocus();
}

void ImportFilesWizardPage::removeSelected()
{
    const QList<QListWidgetItem *> items = m_ui->fileList->selectedItems();
    qDeleteAll(items);
    updateButtons();
    Q_EMIT completeChanged();
}

void ImportFilesWizardPage::updateButtons()
{
    m_ui->removeButton->setEnabled(!m_ui->fileList->selectedItems().isEmpty());
}

void ImportFilesWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->fileList->setAccessibleName(tr("Files to import"));
        // Enter after choosing files goes on with the wizard (its Next button), instead of opening
        // the file dialog again from the button that still has the focus.
        m_ui->addButton->setAutoDefault(false);
        m_ui->removeButton->setAutoDefault(false);
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
