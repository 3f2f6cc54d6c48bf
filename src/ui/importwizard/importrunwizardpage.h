#pragma once

#include <QWizardPage>

#include <memory>

class QProgressBar;
class QPushButton;

namespace Ui {
class ImportRunWizardPage;
}

namespace cohort {

class ImportRunner;
class ImportWizard;

/// Import wizard, page 4: runs the import on a worker thread with a progress bar (bytes read,
/// messages per second) and Cancel, then moves on to the summary.
class ImportRunWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunWizardPage(ImportWizard *wizard);
    ~ImportRunWizardPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// Whether the last run changed the workspace.
    bool committed() const;
    bool wasCancelled() const { return m_cancelled; }
    /// Why the run as a whole failed (empty when it did not).
    QString runError() const;
    /// ImportRunner::logOnly().
    QString logOnly() const;
    /// Cancel, as the wizard's Cancel button does while importing: roll back, then close.
    void cancelAndClose();
    QProgressBar *progressBar() const;
    QPushButton *cancelButton() const;

public Q_SLOTS:
    void cancel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(int index, qint64 bytesRead, double messagesPerSecond);
    void onFileStarted(int index);
    void onFileFinishing(int index);
    void onSaving();
    void onFileFinished(int index);
    void onFinished();

    std::unique_ptr<Ui::ImportRunWizardPage> m_ui;
    ImportWizard *m_wizard;
    ImportRunner *m_runner;
    QList<int> m_jobIndexes; ///< request -> job
    QList<qint64> m_sizes; ///< request -> file size
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    double m_lastRate = 0; ///< messages/s of the latest progress report
    bool m_started = false;
    bool m_done = false;
    bool m_cancelled = false;
    bool m_closeWhenDone = false;
};

} // namespace cohort
