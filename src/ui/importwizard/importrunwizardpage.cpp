#include "ui/importwizard/importrunwizardpage.h"

#include "ui/importwizard/importrunner.h"
#include "ui/importwizard/importwizard.h"

#include "ui_importrunwizardpage.h"

#include <QEvent>
#include <QFileInfo>
#include <QTimer>

namespace cohort {

namespace {
constexpr int ProgressSteps = 1000;
} // namespace

ImportRunWizardPage::ImportRunWizardPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ImportRunWizardPage>())
    , m_wizard(wizard)
    , m_runner(new ImportRunner(wizard->database(), this))
{
    m_ui->setupUi(this);
    m_ui->progressBar->setRange(0, ProgressSteps);
    m_ui->progressBar->setAccessibleName(tr("Import progress"));
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportRunWizardPage::cancel);
    connect(m_runner, &ImportRunner::fileStarted, this, &ImportRunWizardPage::onFileStarted);
    connect(m_runner, &ImportRunner::progressed, this, &ImportRunWizardPage::onProgress);
    connect(m_runner, &ImportRunner::fileFinishing, this, &ImportRunWizardPage::onFileFinishing);
    connect(m_runner, &ImportRunner::saving, this, &ImportRunWizardPage::onSaving);
    connect(m_runner, &ImportRunner::fileFinished, this, &ImportRunWizardPage::onFileFinished);
    connect(m_runner, &ImportRunner::finished, this, &ImportRunWizardPage::onFinished);
}

ImportRunWizardPage::~ImportRunWizardPage() = default;

void ImportRunWizardPage::initializePage()
{
    QList<ImportRunner::Request> requests;
    m_jobIndexes.clear();
    m_sizes.clear();
    m_totalBytes = 0;
    m_doneBytes = 0;
    QList<ImportFileJob> &jobs = m_wizard->jobs();
    for (int i = 0; i < jobs.size(); ++i) {
        ImportFileJob &job = jobs[i];
        job.finished = false;
        job.summary = {};
        if (!job.canImport())
            continue;
        ImportRunner::Request request;
        request.path = job.path;
        request.options.formatKey = job.preview.formatKey;
        request.options.groupId = job.groupId;
        // The chat's own title lets the pipeline find the group of an earlier import (by the
        // chat's id or name); only a name the user typed is forced.
        const QString name = job.newGroupName.trimmed();
        if (job.groupId == 0 && !job.multiChat() && name != job.chatTitle)
            request.options.groupName = name;
        request.options.timeZoneId = m_wizard->timeZoneId();
        request.options.dateOrder = job.dateOrder;
        // The target page proposed the group holding the file's messages; what the user chose
        // there stands.
        request.options.useOverlappingGroup = false;
        if (job.choosesChats())
            request.options.chats.ids = job.chosenChats;
        requests << request;
        m_jobIndexes << i;
        const qint64 size = QFileInfo(job.path).size();
        m_sizes << size;
        m_totalBytes += size;
    }
    m_started = true;
    m_done = false;
    m_cancelled = false;
    m_closeWhenDone = false;
    m_ui->progressBar->setValue(0);
    m_ui->rateValue->clear();
    m_ui->cancelButton->setEnabled(true);
    m_runner->start(requests);
    Q_EMIT completeChanged();
}

bool ImportRunWizardPage::isComplete() const
{
    return m_started && m_done;
}

bool ImportRunWizardPage::isRunning() const
{
    return m_runner->isRunning();
}

bool ImportRunWizardPage::committed() const
{
    return m_runner->committed();
}

QString ImportRunWizardPage::runError() const
{
    return m_runner->error();
}

QString ImportRunWizardPage::logOnly() const
{
    return m_runner->logOnly();
}

void ImportRunWizardPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_cancelled = true;
    m_runner->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->fileValue->setText(tr("Cancelling: undoing what was read so far…"));
}

void ImportRunWizardPage::cancelAndClose()
{
    m_closeWhenDone = true;
    cancel();
}

void ImportRunWizardPage::onFileStarted(int index)
{
    if (index < 0 || index >= m_jobIndexes.size() || m_cancelled)
        return;
    m_ui->fileValue->setText(
        tr("Reading %1 (%2 of %3)…")
            .arg(QFileInfo(m_wizard->jobs().at(m_jobIndexes.at(index)).path).fileName())
            .arg(index + 1)
            .arg(m_jobIndexes.size()));
}

void ImportRunWizardPage::onProgress(int index, qint64 bytesRead, double messagesPerSecond)
{
    if (index < 0 || index >= m_sizes.size())
        return;
    const qint64 read = m_doneBytes + qMin(bytesRead, m_sizes.at(index));
    if (m_totalBytes > 0)
        m_ui->progressBar->setValue(int(double(read) / double(m_totalBytes) * ProgressSteps));
    m_lastRate = messagesPerSecond;
    const QLocale locale;
    m_ui->rateValue->setText(tr("%1 of %2 read, %3 messages/s")
                                 .arg(locale.formattedDataSize(read),
                                      locale.formattedDataSize(m_totalBytes),
                                      locale.toString(qRound64(messagesPerSecond))));
}

void ImportRunWizardPage::onFileFinishing(int index)
{
    if (index < 0 || index >= m_jobIndexes.size() || m_cancelled)
        return;
    onProgress(index, m_sizes.at(index), m_lastRate); // the last report came a little before EOF
    // Index builds and the commit report no bytes: a busy bar rather than one stuck near 100 %.
    m_ui->progressBar->setRange(0, 0);
    m_ui->fileValue->setText(
        tr("Saving %1 (%2 of %3): building indexes…")
            .arg(QFileInfo(m_wizard->jobs().at(m_jobIndexes.at(index)).path).fileName())
            .arg(index + 1)
            .arg(m_jobIndexes.size()));
}

void ImportRunWizardPage::onSaving()
{
    if (m_cancelled)
        return;
    m_ui->progressBar->setRange(0, 0);
    m_ui->fileValue->setText(tr("Saving the workspace…"));
}

void ImportRunWizardPage::onFileFinished(int index)
{
    if (index < 0 || index >= m_jobIndexes.size())
        return;
    m_ui->progressBar->setRange(0, ProgressSteps);
    ImportFileJob &job = m_wizard->jobs()[m_jobIndexes.at(index)];
    job.summary = m_runner->summaries().at(index);
    job.finished = true;
    m_doneBytes += m_sizes.at(index);
    if (m_totalBytes > 0)
        m_ui->progressBar->setValue(
            int(double(m_doneBytes) / double(m_totalBytes) * ProgressSteps));
}

void ImportRunWizardPage::onFinished()
{
    m_done = true;
    m_ui->cancelButton->setEnabled(false);
    m_ui->progressBar->setRange(0, ProgressSteps);
    if (m_runner->committed()) {
        m_ui->progressBar->setValue(ProgressSteps);
        Q_EMIT m_wizard->importCommitted();
    }
    Q_EMIT completeChanged();
    if (m_closeWhenDone) {
        m_wizard->reject();
        return;
    }
    // The summary follows on its own; nothing is left to do on this page.
    QTimer::singleShot(0, m_wizard, &QWizard::next);
}

QProgressBar *ImportRunWizardPage::progressBar() const
{
    return m_ui->progressBar;
}

QPushButton *ImportRunWizardPage::cancelButton() const
{
    return m_ui->cancelButton;
}

void ImportRunWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->progressBar->setAccessibleName(tr("Import progress"));
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
