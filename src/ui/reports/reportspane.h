#pragma once

#include "ui/reports/reportcontroller.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace cohort {

class Database;
class ReportOptionsPanel;
class ReportPreviewPanel;

/// The weekly report (issue 6) in the window: options, the paginated on-screen preview drawn by
/// the PDF's paint code, Print Preview…, Print…, Export PDF… and Export HTML…. The report is
/// built off the GUI thread (ReportController) and rebuilt when the options or the workspace
/// change; empty workspaces and quiet weeks get an explanation instead of a blank page.
class ReportsPane final : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        Waiting, ///< nothing asked for yet (never shown)
        Building,
        Ready, ///< the preview shows the report
        NoData, ///< built, but nothing happened in the week and scope
        EmptyWorkspace, ///< no groups at all
        NoScope, ///< "selected groups" with none checked
        Cancelled,
        Failed,
    };

    explicit ReportsPane(Database &database, QWidget *parent = nullptr);
    ~ReportsPane() override;

    QString title() const;
    State state() const { return m_state; }
    ReportOptionsPanel *options() const { return m_options; }
    ReportPreviewPanel *preview() const { return m_preview; }
    ReportController *controller() const { return m_controller; }
    /// The report shown (valid when hasReport()).
    const ReportResult &result() const { return m_result; }
    bool hasReport() const { return m_hasResult; }

    /// Print Preview…, Print…, Export PDF… and Export HTML…, for the File menu.
    QList<QAction *> fileActions() const;
    QAction *printPreviewAction() const { return m_printPreviewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *exportHtmlAction() const { return m_exportHtmlAction; }

    /// Builds the report for the current options now.
    void rebuild();
    void cancel();
    /// Shows the pages of a week without data instead of the explanation.
    void showReportAnyway();

    /// Writes the shown report; false with a reason in `error` (nothing is left behind then).
    bool exportPdf(const QString &path, QString *error);
    bool exportHtml(const QString &path, QString *error);
    /// "cohort-report-2026-W48.pdf" for the shown report.
    QString defaultFileName(const QString &suffix) const;

    /// Asks for the file to export to; the default shows a save dialog. Tests replace it.
    using FileChooser = std::function<QString(const QString &title, const QString &suggested,
                                              const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

Q_SIGNALS:
    /// A build ended: the preview or an explanation is shown.
    void updated();
    /// Emitted whenever an error is shown to the user (also lets tests observe it).
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void retranslate();
    void scheduleRebuild();
    void onReport(const ReportResult &result);
    void onFailed(const QString &message);
    void onCancelled();
    void onProgress(ReportController::Stage stage);
    void onBuilding(bool building);
    void reloadGroups();
    void relayout();
    void setState(State state);
    void showMessage();
    void updateActions();
    int paintReport(QPrinter &printer);
    void openPrintPreview();
    void print();
    void exportInteractively(bool pdf);
    QString chooseFile(const QString &title, const QString &suggested, const QString &filter);
    void showError(const QString &title, const QString &message);

    Database &m_database;
    QString m_zoneId; ///< the workspace zone "today" was taken in
    ReportController *m_controller = nullptr;
    ReportOptionsPanel *m_options = nullptr;
    ReportPreviewPanel *m_preview = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_progressPage = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_primaryButton = nullptr;
    QPushButton *m_secondaryButton = nullptr;

    QAction *m_printPreviewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportHtmlAction = nullptr;

    State m_state = State::Waiting;
    ReportResult m_result;
    bool m_hasResult = false;
    bool m_showAnyway = false;
    bool m_optionsPending = false; ///< the options changed since the shown report was built
    bool m_workspaceDirty = true; ///< rebuild when shown
    QString m_failure;
    ReportController::Stage m_stage = ReportController::Stage::Reading;
    QTimer m_rebuildTimer;
    QTimer m_progressDelay;
    FileChooser m_fileChooser;
};

} // namespace cohort
