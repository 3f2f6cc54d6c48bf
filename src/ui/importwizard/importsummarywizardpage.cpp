#include "ui/importwizard/importsummarywizardpage.h"

#include "ui/importwizard/importrunwizardpage.h"
#include "ui/importwizard/importwizard.h"

#include "ui_importsummarywizardpage.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>

namespace cohort {

using import::ImportSummary;

ImportSummaryWizardPage::ImportSummaryWizardPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ImportSummaryWizardPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->summaryTable->setColumnCount(ColumnCount);
    m_ui->summaryTable->verticalHeader()->hide();
    m_ui->summaryTable->horizontalHeader()->setHighlightSections(false);
    m_ui->summaryTable->setAccessibleName(tr("Import summary"));
    setHeaders();
    connect(m_ui->summaryTable, &QTableWidget::currentCellChanged, this,
            &ImportSummaryWizardPage::showIssues);
    connect(m_ui->showGroupButton, &QPushButton::clicked, this, [this] {
        const int job = jobOfRow(m_ui->summaryTable->currentRow());
        if (job < 0)
            return;
        const ImportSummary &s = m_wizard->jobs().at(job).summary;
        if (s.groupIds.isEmpty())
            return;
        Q_EMIT m_wizard->showGroupMessagesRequested(s.groupIds.first());
        m_wizard->accept();
    });
}

ImportSummaryWizardPage::~ImportSummaryWizardPage() = default;

void ImportSummaryWizardPage::initializePage()
{
    fill();
}

int ImportSummaryWizardPage::jobOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

void ImportSummaryWizardPage::fill()
{
    const ImportRunWizardPage *run = m_wizard->runPage();
    const bool committed = run->committed();
    const QList<ImportFileJob> &jobs = m_wizard->jobs();
    int imported = 0;
    int failed = 0;
    for (const ImportFileJob &job : jobs) {
        if (job.finished && job.summary.ok())
            ++imported;
        else
            ++failed;
    }
    if (!run->runError().isEmpty())
        m_ui->resultLabel->setText(
            tr("The import could not be saved: %1 The workspace is unchanged.")
                .arg(run->runError()));
    else if (!committed || run->wasCancelled())
        m_ui->resultLabel->setText(tr("The import was cancelled. The workspace is unchanged."));
    else if (failed == 0)
        m_ui->resultLabel->setText(tr("%n file(s) imported.", nullptr, imported));
    else
        m_ui->resultLabel->setText(tr("%n file(s) imported; the others were not changed and "
                                      "their problems are listed below.",
                                      nullptr, imported));
    if (committed && !run->logOnly().isEmpty())
        m_ui->resultLabel->setText(m_ui->resultLabel->text() + QLatin1Char('\n') + run->logOnly());

    const QLocale locale;
    m_rows.clear();
    m_ui->summaryTable->setRowCount(0);
    m_ui->summaryTable->setRowCount(int(jobs.size()));
    for (int row = 0; row < jobs.size(); ++row) {
        const ImportFileJob &job = jobs.at(row);
        const ImportSummary &s = job.summary;
        m_rows << row;
        auto set = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->summaryTable->setItem(row, column, item);
        };
        auto count = [&](int column, qint64 value) { set(column, locale.toString(value), true); };
        set(FileColumn, QFileInfo(job.path).fileName());
        QString status;
        const bool ok = committed && job.finished && s.ok();
        if (!job.canImport())
            status = tr("Not recognised");
        else if (!committed || s.status == ImportSummary::Status::Cancelled)
            status = tr("Not imported");
        else if (!s.ok())
            status = tr("Failed");
        else
            status = tr("Imported");
        set(StatusColumn, status);
        set(GroupColumn, ok ? s.groups.join(QStringLiteral(", ")) : QString());
        count(AddedColumn, ok ? s.messages - s.duplicates : 0);
        count(DuplicatesColumn, ok ? s.duplicates : 0);
        count(NewMembersColumn, ok ? s.newMembers : 0);
        count(JoinsColumn, ok ? s.joins : 0);
        count(LeavesColumn, ok ? s.leaves : 0);
        count(WarningsColumn, s.warnings.size());
        count(ErrorsColumn, !job.canImport() ? 1 : s.errors.size());
    }
    m_ui->summaryTable->resizeColumnsToContents();
    m_ui->summaryTable->horizontalHeader()->setSectionResizeMode(FileColumn,
                                                                 QHeaderView::Interactive);
    m_ui->summaryTable->setCurrentCell(jobs.isEmpty() ? -1 : 0, 0);
    showIssues();
}

void ImportSummaryWizardPage::showIssues()
{
    const int index = jobOfRow(m_ui->summaryTable->currentRow());
    m_ui->issuesEdit->clear();
    m_ui->showGroupButton->setEnabled(false);
    if (index < 0)
        return;
    const ImportFileJob &job = m_wizard->jobs().at(index);
    const ImportSummary &s = job.summary;
    QStringList lines;
    auto add = [&](const QString &kind, const import::ImportIssue &issue) {
        lines << (issue.line > 0
                      ? tr("%1, line %2: %3").arg(kind).arg(issue.line).arg(issue.message)
                      : tr("%1: %2").arg(kind, issue.message));
    };
    if (!job.canImport())
        add(tr("Error"), { 0, job.preview.error });
    for (const import::ImportIssue &issue : s.errors)
        add(tr("Error"), issue);
    for (const import::ImportIssue &issue : s.warnings)
        add(tr("Warning"), issue);
    m_ui->issuesEdit->setPlainText(lines.isEmpty() ? tr("No warnings or errors.")
                                                   : lines.join(QLatin1Char('\n')));
    m_ui->showGroupButton->setEnabled(m_wizard->runPage()->committed() && job.finished && s.ok()
                                      && !s.groupIds.isEmpty());
}

void ImportSummaryWizardPage::setHeaders()
{
    m_ui->summaryTable->setHorizontalHeaderLabels(
        { tr("File"), tr("Result"), tr("Group"), tr("Messages added"), tr("Duplicates skipped"),
          tr("New members"), tr("Joins"), tr("Leaves"), tr("Warnings"), tr("Errors") });
}

QTableWidget *ImportSummaryWizardPage::summaryTable() const
{
    return m_ui->summaryTable;
}

QPlainTextEdit *ImportSummaryWizardPage::issuesEdit() const
{
    return m_ui->issuesEdit;
}

QPushButton *ImportSummaryWizardPage::showGroupButton() const
{
    return m_ui->showGroupButton;
}

QString ImportSummaryWizardPage::resultText() const
{
    return m_ui->resultLabel->text();
}

void ImportSummaryWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->summaryTable->setAccessibleName(tr("Import summary"));
        setHeaders();
        if (isVisible())
            fill();
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
