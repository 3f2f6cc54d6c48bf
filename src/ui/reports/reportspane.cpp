#include "ui/reports/reportspane.h"

#include "reports/weekly/reporthtmlrenderer.h"
#include "reports/weekly/reportpdfrenderer.h"
#include "reports/weekly/reporttranslator.h"
#include "storage/database.h"
#include "storage/workspacezone.h"
#include "ui/reports/reportoptionspanel.h"
#include "ui/reports/reportpreviewpanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort {

namespace {

enum Page { PreviewPage, ProgressPage, MessagePage };

const char *const ExportDirectoryKey = "reports/exportDirectory";

QString isoWeekText(const QDate &monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

/// Keeps the wait cursor up while a report is written on the GUI thread.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

ReportsPane::ReportsPane(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_controller(new ReportController(database, this))
{
    setObjectName(QStringLiteral("ReportsPane"));
    createActions();

    auto *layout = new QHBoxLayout(this);
    m_options = new ReportOptionsPanel(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_options);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(std::max(m_options->sizeHint().width(), 250) + 16);
    layout->addWidget(scroll);

    auto *right = new QVBoxLayout;
    right->setSpacing(0);
    m_preview = new ReportPreviewPanel(this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addActions(fileActions());
    m_toolBar->addSeparator();
    m_preview->addControls(m_toolBar);
    right->addWidget(m_toolBar);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_preview);

    m_progressPage = new QWidget(this);
    auto *progress = new QVBoxLayout(m_progressPage);
    progress->addStretch(1);
    m_progressLabel = new QLabel(m_progressPage);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setAlignment(Qt::AlignCenter);
    m_progressBar = new QProgressBar(m_progressPage);
    m_progressBar->setRange(0, 0); // the stages have no measurable fraction
    m_progressBar->setFixedWidth(320);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QPushButton(m_progressPage);
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progressBar, 0, Qt::AlignHCenter);
    progress->addWidget(m_cancelButton, 0, Qt::AlignHCenter);
    progress->addStretch(2);
    m_stack->addWidget(m_progressPage);

    m_messagePage = new QWidget(this);
    auto *message = new QVBoxLayout(m_messagePage);
    message->setContentsMargins(48, 32, 48, 32);
    // A column of readable width: wrapped labels get their height from its width.
    auto *column = new QWidget(m_messagePage);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    m_messageTitle = new QLabel(column);
    m_messageTitle->setTextFormat(Qt::PlainText);
    m_messageTitle->setAlignment(Qt::AlignCenter);
    m_messageTitle->setWordWrap(true);
    QFont titleFont = m_messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_messageTitle->setFont(titleFont);
    m_messageText = new QLabel(column);
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_primaryButton = new QPushButton(column);
    m_primaryButton->setDefault(true);
    m_secondaryButton = new QPushButton(column);
    buttons->addWidget(m_primaryButton);
    buttons->addWidget(m_secondaryButton);
    buttons->addStretch(1);
    columnLayout->addWidget(m_messageTitle);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_messageText);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);
    // Stretches, not an alignment, centre the column: an aligned widget gets its size hint's
    // height, which cuts a wrapped text short.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    message->addStretch(1);
    message->addLayout(row);
    message->addStretch(2);
    m_stack->addWidget(m_messagePage);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);

    m_rebuildTimer.setSingleShot(true);
    // Checking several groups in a row builds once, after the last click.
    m_rebuildTimer.setInterval(250);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ReportsPane::rebuild);
    m_progressDelay.setSingleShot(true);
    // A quick rebuild keeps the old pages up instead of flashing the progress page.
    m_progressDelay.setInterval(150);
    connect(&m_progressDelay, &QTimer::timeout, this, [this] {
        if (m_controller->isBuilding()) {
            m_stack->setCurrentIndex(ProgressPage);
            m_preview->setControlsEnabled(false);
        }
    });

    connect(m_options, &ReportOptionsPanel::optionsChanged, this, &ReportsPane::scheduleRebuild);
    connect(m_options, &ReportOptionsPanel::pageSizeChanged, this, &ReportsPane::relayout);
    connect(m_preview, &ReportPreviewPanel::paintRequested, this,
            [this](QPrinter *printer) { paintReport(*printer); });
    connect(m_controller, &ReportController::reportReady, this, &ReportsPane::onReport);
    connect(m_controller, &ReportController::failed, this, &ReportsPane::onFailed);
    connect(m_controller, &ReportController::cancelled, this, &ReportsPane::onCancelled);
    connect(m_controller, &ReportController::progress, this, &ReportsPane::onProgress);
    connect(m_controller, &ReportController::buildingChanged, this, &ReportsPane::onBuilding);
    connect(m_controller, &ReportController::factsChanged, this, &ReportsPane::reloadGroups);
    connect(m_controller, &ReportController::workspaceChanged, this, [this] {
        m_workspaceDirty = true;
        if (isVisible())
            rebuild();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPane::cancel);
    connect(m_primaryButton, &QPushButton::clicked, this, [this] {
        switch (m_state) {
        case State::NoData:
            if (m_result.latestDataWeek.isValid())
                m_options->setWeek(m_result.latestDataWeek); // rebuilds
            else
                showReportAnyway();
            break;
        case State::Cancelled:
        case State::Failed:
            rebuild();
            break;
        default:
            break;
        }
    });
    connect(m_secondaryButton, &QPushButton::clicked, this, &ReportsPane::showReportAnyway);

    // "Today" is the workspace's: a week ends on Sunday night there.
    m_zoneId = m_database.timeZoneId();
    m_options->setToday(
        QDateTime::currentDateTimeUtc().toTimeZone(WorkspaceZone::of(m_database)).date());
    connect(&m_database, &Database::changed, this, [this] {
        // Another workspace zone may be on another day already.
        if (m_database.timeZoneId() == m_zoneId)
            return;
        m_zoneId = m_database.timeZoneId();
        m_options->setToday(
            QDateTime::currentDateTimeUtc().toTimeZone(WorkspaceZone::of(m_database)).date());
    });
    m_preview->setPageLayout(ReportPdfRenderer(QLocale(), m_options->pageSize()).pageLayout());
    retranslate();
    setState(State::Waiting);
}

// The controller cancels its build; the workspace's job runner waits for it before closing.
ReportsPane::~ReportsPane() = default;

QString ReportsPane::title() const
{
    return tr("Reports");
}

void ReportsPane::createActions()
{
    const auto action = [this](const QString &themeIcon) {
        return new QAction(QIcon::fromTheme(themeIcon), QString(), this);
    };
    m_printPreviewAction = action(QStringLiteral("document-print-preview"));
    connect(m_printPreviewAction, &QAction::triggered, this, &ReportsPane::openPrintPreview);
    m_printAction = action(QStringLiteral("document-print"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &ReportsPane::print);
    m_exportPdfAction = action(QStringLiteral("application-pdf"));
    connect(m_exportPdfAction, &QAction::triggered, this, [this] { exportInteractively(true); });
    m_exportHtmlAction = action(QStringLiteral("text-html"));
    connect(m_exportHtmlAction, &QAction::triggered, this, [this] { exportInteractively(false); });
}

QList<QAction *> ReportsPane::fileActions() const
{
    return { m_printPreviewAction, m_printAction, m_exportPdfAction, m_exportHtmlAction };
}

void ReportsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_workspaceDirty || m_state == State::Waiting)
        rebuild();
    updateActions();
}

void ReportsPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void ReportsPane::retranslate()
{
    m_toolBar->setWindowTitle(tr("Report"));
    // The menu names what is printed; the pane's own buttons say it shorter.
    m_printPreviewAction->setText(tr("Print Report Pre&view…"));
    m_printPreviewAction->setIconText(tr("Print Preview…"));
    m_printAction->setText(tr("&Print Report…"));
    m_printAction->setIconText(tr("Print…"));
    m_exportPdfAction->setText(tr("Export Report as P&DF…"));
    m_exportPdfAction->setIconText(tr("Export PDF…"));
    m_exportHtmlAction->setText(tr("Export Report as &HTML…"));
    m_exportHtmlAction->setIconText(tr("Export HTML…"));
    m_cancelButton->setText(tr("Cancel"));
    m_stack->setAccessibleName(tr("Weekly report"));
    onProgress(m_stage);
    showMessage();
}

void ReportsPane::scheduleRebuild()
{
    m_optionsPending = true;
    m_showAnyway = false;
    updateActions();
    m_rebuildTimer.start();
}

void ReportsPane::rebuild()
{
    m_rebuildTimer.stop();
    if (!isVisible()) {
        // Built when shown (showEvent()), not at start-up or after each import behind another pane.
        m_workspaceDirty = true;
        return;
    }
    m_workspaceDirty = false;
    m_optionsPending = false;
    if (!m_options->isComplete()) {
        m_controller->cancel();
        setState(State::NoScope);
        return;
    }
    m_controller->request(m_options->request());
}

void ReportsPane::cancel()
{
    m_rebuildTimer.stop();
    m_controller->cancel();
}

void ReportsPane::onBuilding(bool building)
{
    if (building) {
        m_state = State::Building;
        m_progressDelay.start();
        // Stay on the old pages for a moment unless something else is shown.
        if (m_stack->currentIndex() != PreviewPage) {
            m_stack->setCurrentIndex(ProgressPage);
            m_preview->setControlsEnabled(false);
        }
    }
    updateActions();
}

void ReportsPane::onProgress(ReportController::Stage stage)
{
    m_stage = stage;
    m_progressLabel->setText(stage == ReportController::Stage::Reading
                                 ? tr("Reading the workspace…")
                                 : tr("Computing the week’s figures…"));
}

void ReportsPane::onReport(const ReportResult &result)
{
    m_progressDelay.stop();
    m_result = result;
    m_hasResult = true;
    const std::shared_ptr<const AnalyticsFacts> facts = m_controller->facts();
    if (!facts || facts->groups.isEmpty()) {
        setState(State::EmptyWorkspace);
    } else {
        relayout();
        setState(result.hasData || m_showAnyway ? State::Ready : State::NoData);
        m_preview->setCurrentPage(1); // a new report opens on its cover
    }
    Q_EMIT updated();
}

void ReportsPane::onFailed(const QString &message)
{
    m_progressDelay.stop();
    m_failure = message;
    setState(State::Failed);
    Q_EMIT updated();
}

void ReportsPane::onCancelled()
{
    m_progressDelay.stop();
    setState(State::Cancelled);
    Q_EMIT updated();
}

void ReportsPane::showReportAnyway()
{
    if (!m_hasResult)
        return;
    m_showAnyway = true;
    if (m_state == State::NoData)
        setState(State::Ready);
}

void ReportsPane::reloadGroups()
{
    const std::shared_ptr<const AnalyticsFacts> facts = m_controller->facts();
    QList<std::pair<qint64, QString>> groups;
    if (facts) {
        for (auto it = facts->groups.cbegin(); it != facts->groups.cend(); ++it)
            groups.append({ it.key(), it->name });
    }
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.second.localeAwareCompare(b.second) < 0;
    });
    m_options->setGroups(groups);
}

void ReportsPane::relayout()
{
    const QPageLayout layout
        = ReportPdfRenderer(m_result.locale, m_options->pageSize()).pageLayout();
    m_preview->setPageLayout(layout);
    if (m_hasResult)
        m_preview->updatePreview();
}

int ReportsPane::paintReport(QPrinter &printer)
{
    if (!m_hasResult)
        return 0;
    ReportTranslator::ensureInstalled();
    const ReportTranslator::Scope language(m_result.locale);
    return ReportPdfRenderer(m_result.locale, m_options->pageSize())
        .paint(m_result.report, printer);
}

void ReportsPane::setState(State state)
{
    m_state = state;
    m_stack->setCurrentIndex(state == State::Ready          ? PreviewPage
                                 : state == State::Building ? ProgressPage
                                                            : MessagePage);
    m_preview->setControlsEnabled(state == State::Ready);
    showMessage();
    updateActions();
}

void ReportsPane::showMessage()
{
    QString title;
    QString text;
    QString primary;
    QString secondary;
    const QString week = isoWeekText(m_options->weekStart());
    switch (m_state) {
    case State::Waiting:
    case State::Building:
    case State::Ready:
        break;
    case State::EmptyWorkspace:
        title = tr("No groups yet");
        text = tr("The weekly report sums up a week of your groups: activity, members, orders and "
                  "campaigns. Import a chat export or add groups, members and orders first; "
                  "Help ▸ Fill with Demo Data shows what a report looks like.");
        break;
    case State::NoData: {
        const QString scope = m_options->allGroups() ? tr("any group") : tr("the checked groups");
        title = tr("Nothing happened in %1").arg(week);
        if (m_result.latestDataWeek.isValid()) {
            const QString latest = isoWeekText(m_result.latestDataWeek);
            text = tr("There are no messages, orders, joins or leaves in %1 for %2. The most "
                      "recent activity is in %3.")
                       .arg(week, scope, latest);
            primary = tr("&Go to %1").arg(latest);
        } else {
            text = tr("No messages, orders, joins or leaves have been recorded for %1 yet. "
                      "Import a chat export to fill the report.")
                       .arg(scope);
        }
        secondary = tr("Show the &Report Anyway");
        break;
    }
    case State::NoScope:
        title = tr("No groups checked");
        text = tr("Check at least one group under Groups, or choose All groups.");
        break;
    case State::Cancelled:
        title = tr("Report not built");
        text = tr("Building the report of %1 was cancelled.").arg(week);
        primary = tr("&Build the Report");
        break;
    case State::Failed:
        title = tr("Could not build the report");
        text = m_failure;
        primary = tr("&Try Again");
        break;
    }
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_primaryButton->setText(primary);
    m_primaryButton->setVisible(!primary.isEmpty());
    m_secondaryButton->setText(secondary);
    m_secondaryButton->setVisible(!secondary.isEmpty());
}

void ReportsPane::updateActions()
{
    // Only the report on screen is printed or exported, never one the options no longer match.
    const bool ready = m_hasResult && !m_controller->isBuilding() && !m_optionsPending
        && (m_state == State::Ready || m_state == State::NoData) && isVisible();
    for (QAction *action : fileActions())
        action->setEnabled(ready);
}

QString ReportsPane::defaultFileName(const QString &suffix) const
{
    const QString week
        = m_hasResult ? m_result.report.weekText : isoWeekText(m_options->weekStart());
    return QStringLiteral("cohort-report-%1.%2").arg(week, suffix);
}

bool ReportsPane::exportPdf(const QString &path, QString *error)
{
    if (!m_hasResult) {
        *error = tr("There is no report to export yet.");
        return false;
    }
    const WaitCursor wait;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    bool written = false;
    {
        ReportTranslator::ensureInstalled();
        const ReportTranslator::Scope language(m_result.locale);
        written = ReportPdfRenderer(m_result.locale, m_options->pageSize())
                      .write(m_result.report, file, error);
    }
    if (!written) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool ReportsPane::exportHtml(const QString &path, QString *error)
{
    if (!m_hasResult) {
        *error = tr("There is no report to export yet.");
        return false;
    }
    const WaitCursor wait;
    ReportTranslator::ensureInstalled();
    const ReportTranslator::Scope language(m_result.locale);
    return ReportHtmlRenderer::writeFile(m_result.report, m_result.locale, path, error);
}

QString ReportsPane::chooseFile(const QString &title, const QString &suggested,
                                const QString &filter)
{
    if (m_fileChooser)
        return m_fileChooser(title, suggested, filter);
    return QFileDialog::getSaveFileName(this, title, suggested, filter);
}

void ReportsPane::exportInteractively(bool pdf)
{
    if (!m_hasResult)
        return;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("html");
    QString directory = QSettings().value(QLatin1String(ExportDirectoryKey)).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = chooseFile(pdf ? tr("Export Report as PDF") : tr("Export Report as HTML"),
                              QDir(directory).filePath(defaultFileName(suffix)),
                              pdf ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html *.htm)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    const bool ok = pdf ? exportPdf(path, &error) : exportHtml(path, &error);
    if (!ok) {
        showError(tr("Could Not Export the Report"),
                  tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    QSettings().setValue(QLatin1String(ExportDirectoryKey), QFileInfo(path).absolutePath());
}

void ReportsPane::openPrintPreview()
{
    if (!m_hasResult)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPdfRenderer(m_result.locale, m_options->pageSize()).pageLayout());
    printer.setDocName(defaultFileName(QStringLiteral("pdf")).chopped(4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview – %1").arg(m_result.report.weekText));
    // Its default size shows a page too small to read.
    dialog.resize(window()->size() * 0.9);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { paintReport(*target); });
    dialog.exec();
}

void ReportsPane::print()
{
    if (!m_hasResult)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPdfRenderer(m_result.locale, m_options->pageSize()).pageLayout());
    printer.setDocName(defaultFileName(QStringLiteral("pdf")).chopped(4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The paper is the printer's (the dialog may have changed it); the margins stay the
    // report's, which every printer can print.
    printer.setPageMargins(ReportPdfRenderer::margins(), QPageLayout::Millimeter);
    const WaitCursor wait;
    if (paintReport(printer) == 0)
        showError(tr("Could Not Print the Report"),
                  tr("The printer “%1” could not be started.").arg(printer.printerName()));
}

void ReportsPane::showError(const QString &title, const QString &message)
{
    Q_EMIT errorShown(message);
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace cohort
