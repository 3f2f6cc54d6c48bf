#pragma once

#include "ui/importwizard/importfilejob.h"

#include <QList>
#include <QWizard>

namespace cohort {

class Database;
class ImportFilesWizardPage;
class ImportPreviewWizardPage;
class ImportRunWizardPage;
class ImportSummaryWizardPage;
class ImportTargetWizardPage;

/// File ▸ Import…: choose chat exports, preview them, pick target groups, time zone and date
/// order, run the import off the GUI thread and show what it did.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPage, PreviewPage, TargetPage, RunPage, SummaryPage };

    explicit ImportWizard(Database &database, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Database &database() const { return m_database; }
    /// Pre-fills the file list (files dropped on the main window).
    void addFiles(const QStringList &paths);

    /// The files of this run, in list order; pages keep them current.
    QList<ImportFileJob> &jobs() { return m_jobs; }
    /// Makes the jobs follow `paths`, keeping what is known about files still listed.
    void setPaths(const QStringList &paths);
    QString timeZoneId() const { return m_timeZoneId; }
    void setTimeZoneId(const QString &id) { m_timeZoneId = id; }

    ImportFilesWizardPage *filesPage() const { return m_filesPage; }
    ImportPreviewWizardPage *previewPage() const { return m_previewPage; }
    ImportTargetWizardPage *targetPage() const { return m_targetPage; }
    ImportRunWizardPage *runPage() const { return m_runPage; }
    ImportSummaryWizardPage *summaryPage() const { return m_summaryPage; }

public Q_SLOTS:
    /// While the import runs, Cancel stops it (and rolls back) before the wizard closes.
    void reject() override;

Q_SIGNALS:
    /// The user asked to see the messages of a group the import filled.
    void showGroupMessagesRequested(qint64 groupId);
    /// An import run committed: the workspace changed.
    void importCommitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database &m_database;
    QList<ImportFileJob> m_jobs;
    QString m_timeZoneId;
    ImportFilesWizardPage *m_filesPage = nullptr;
    ImportPreviewWizardPage *m_previewPage = nullptr;
    ImportTargetWizardPage *m_targetPage = nullptr;
    ImportRunWizardPage *m_runPage = nullptr;
    ImportSummaryWizardPage *m_summaryPage = nullptr;
};

} // namespace cohort
