#include "ui/orders/orderimportreviewpage.h"

#include "ui/orders/orderimportwizard.h"

#include "ui_orderimportreviewpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>

namespace cohort {

using import::AmbiguousMember;

namespace {
enum AmbiguousColumn { WhoColumn, LinesColumn, ChoiceColumn };

QString joinLines(const QList<qint64> &lines)
{
    QStringList parts;
    for (const qint64 line : lines)
        parts << QString::number(line);
    return parts.join(QLatin1String(", "));
}
} // namespace

OrderImportReviewPage::OrderImportReviewPage(OrderImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::OrderImportReviewPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->ambiguousTable->setColumnCount(3);
    m_ui->issuesTable->setColumnCount(2);
    m_ui->ambiguousTable->horizontalHeader()->setSectionResizeMode(WhoColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->issuesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QComboBox probe;
    m_ui->ambiguousTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->ambiguousTable->verticalHeader()->setDefaultSectionSize(probe.sizeHint().height() + 2);
    connect(m_ui->skipDuplicatesCheck, &QCheckBox::toggled, this, [this](bool skip) {
        m_wizard->plan().skipDuplicates = skip;
        updateSummary();
        Q_EMIT completeChanged();
    });
    retranslate();
}

OrderImportReviewPage::~OrderImportReviewPage() = default;

QCheckBox *OrderImportReviewPage::skipDuplicatesCheck() const
{
    return m_ui->skipDuplicatesCheck;
}

QComboBox *OrderImportReviewPage::choiceCombo(int index) const
{
    return m_choices.value(index);
}

void OrderImportReviewPage::initializePage()
{
    import::OrderImportPlan &plan = m_wizard->plan();
    plan.skipDuplicates = m_ui->skipDuplicatesCheck->isChecked();
    m_ui->skipDuplicatesCheck->setVisible(plan.duplicateCount() > 0);
    m_choices.clear();
    m_ui->ambiguousTable->clearContents();
    m_ui->ambiguousTable->setRowCount(int(plan.ambiguous.size()));
    for (int i = 0; i < plan.ambiguous.size(); ++i) {
        const AmbiguousMember &a = plan.ambiguous.at(i);
        QStringList who { a.name };
        if (!a.phone.isEmpty())
            who << a.phone;
        if (!a.wechatId.isEmpty())
            who << a.wechatId;
        m_ui->ambiguousTable->setItem(i, WhoColumn,
                                      new QTableWidgetItem(who.join(QStringLiteral(" · "))));
        m_ui->ambiguousTable->setItem(i, LinesColumn, new QTableWidgetItem(joinLines(a.lines)));
        auto *combo = new QComboBox(m_ui->ambiguousTable);
        combo->setAccessibleName(tr("Member for “%1”").arg(a.name));
        m_ui->ambiguousTable->setCellWidget(i, ChoiceColumn, combo);
        m_choices << combo;
        fillChoices(i);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
            m_wizard->plan().ambiguous[i].choice = combo->currentData().toLongLong();
            updateSummary();
            Q_EMIT completeChanged();
        });
    }
    const bool hasAmbiguous = !plan.ambiguous.isEmpty();
    m_ui->ambiguousLabel->setVisible(hasAmbiguous);
    m_ui->ambiguousTable->setVisible(hasAmbiguous);

    QList<import::OrderImportIssue> issues = plan.errors;
    issues << plan.warnings;
    m_ui->issuesTable->clearContents();
    m_ui->issuesTable->setRowCount(int(issues.size()));
    for (int r = 0; r < issues.size(); ++r) {
        const import::OrderImportIssue &issue = issues.at(r);
        m_ui->issuesTable->setItem(
            r, 0, new QTableWidgetItem(issue.line > 0 ? QString::number(issue.line) : tr("file")));
        m_ui->issuesTable->setItem(r, 1, new QTableWidgetItem(issue.message));
    }
    const bool hasIssues = !issues.isEmpty();
    m_ui->issuesLabel->setVisible(hasIssues);
    m_ui->issuesTable->setVisible(hasIssues);
    updateSummary();
}

void OrderImportReviewPage::fillChoices(int index)
{
    QComboBox *combo = m_choices.value(index);
    if (!combo)
        return;
    const AmbiguousMember &a = m_wizard->plan().ambiguous.at(index);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Choose…"), AmbiguousMember::Unresolved);
    for (const auto &candidate : a.candidates) {
        QStringList details;
        if (!candidate.phone.isEmpty())
            details << candidate.phone;
        if (!candidate.wechatId.isEmpty())
            details << candidate.wechatId;
        details << tr("#%1").arg(candidate.id);
        combo->addItem(tr("%1 (%2)").arg(candidate.displayName, details.join(QLatin1String(", "))),
                       candidate.id);
    }
    combo->addItem(tr("A new member “%1”").arg(a.name.isEmpty() ? a.phone : a.name),
                   AmbiguousMember::NewMember);
    combo->setCurrentIndex(qMax(0, combo->findData(a.choice)));
}

void OrderImportReviewPage::updateSummary()
{
    const import::OrderImportPlan &plan = m_wizard->plan();
    const QLocale locale;
    QStringList lines;
    if (!plan.errors.isEmpty()) {
        lines << tr("%n line(s) cannot be imported, so nothing will be: fix them in the file, "
                    "or change the mapping, and try again.",
                    nullptr, int(plan.errors.size()));
    } else {
        int newMembers = int(plan.newMembers.size());
        for (const AmbiguousMember &a : plan.ambiguous)
            newMembers += a.choice == AmbiguousMember::NewMember ? 1 : 0;
        lines << tr("%n order(s) will be imported", nullptr, plan.importCount())
                + QStringLiteral(" · ")
                + tr("%n new member(s) will be created.", nullptr, newMembers);
        if (const int duplicates = plan.duplicateCount(); duplicates > 0) {
            lines << (plan.skipDuplicates
                          ? tr("%n order(s) of the file are already in the workspace and will be "
                               "skipped.",
                               nullptr, duplicates)
                          : tr("%n order(s) of the file are already in the workspace and will be "
                               "imported again.",
                               nullptr, duplicates));
        }
        int open = 0;
        for (const AmbiguousMember &a : plan.ambiguous)
            open += a.choice == AmbiguousMember::Unresolved ? 1 : 0;
        if (open > 0)
            lines << tr("Choose the member of %n ambiguous name(s) below.", nullptr, open);
    }
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
}

QString OrderImportReviewPage::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QStringList OrderImportReviewPage::issueTexts() const
{
    QStringList texts;
    for (int r = 0; r < m_ui->issuesTable->rowCount(); ++r)
        texts << m_ui->issuesTable->item(r, 0)->text() + QLatin1String(": ")
                + m_ui->issuesTable->item(r, 1)->text();
    return texts;
}

bool OrderImportReviewPage::isComplete() const
{
    return m_wizard->plan().isReady();
}

void OrderImportReviewPage::retranslate()
{
    m_ui->ambiguousTable->setHorizontalHeaderLabels(
        { tr("Name in the file"), tr("Lines"), tr("Member") });
    m_ui->issuesTable->setHorizontalHeaderLabels({ tr("Line"), tr("Problem") });
    m_ui->ambiguousTable->setAccessibleName(tr("Ambiguous members"));
    m_ui->issuesTable->setAccessibleName(tr("Lines that cannot be imported"));
}

void OrderImportReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        for (int i = 0; i < m_choices.size(); ++i)
            fillChoices(i);
        if (m_wizard->currentPage() == this)
            updateSummary();
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
