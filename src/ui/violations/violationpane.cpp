#include "ui/violations/violationpane.h"

#include "models/commands/dismissviolationscommand.h"
#include "rules/ruletitles.h"
#include "models/violationlistmodel.h"
#include "rules/ruleset.h"
#include "rules/violationrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "ui/violations/rescanjob.h"
#include "ui/violations/rulesettingsdialog.h"
#include "ui/widgets/singlelinedelegate.h"
#include "ui/widgets/zonedtime.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace cohort {

namespace {

/// Days of each entry of the period filter (0 = all time).
constexpr int PeriodDays[] = { 0, 7, 30, 90, 365 };

} // namespace

ViolationPane::ViolationPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("violations"), database, undoStack, parent)
    , m_model(new ViolationListModel(database))
{
    setObjectName(QStringLiteral("violationPane"));
    // Violations come from the scans; they are dismissed, not added, edited or deleted.
    for (QAction *action : { addItemAction(), editItemAction(), deleteItemsAction() }) {
        action->setVisible(false);
        action->setEnabled(false);
    }
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 0, 6, 0);
    const auto combo = [&](QLabel *&label, QComboBox *&box, const char *name) {
        label = new QLabel(bar);
        box = new QComboBox(bar);
        box->setObjectName(QLatin1String(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    combo(m_groupLabel, m_group, "groupFilter");
    combo(m_ruleLabel, m_rule, "ruleFilter");
    combo(m_periodLabel, m_period, "periodFilter");
    m_showDismissed = new QCheckBox(bar);
    m_showDismissed->setObjectName(QStringLiteral("showDismissed"));
    layout->addWidget(m_showDismissed);
    layout->addStretch(1);
    setFilterBar(bar);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGroupFilter(m_group->currentData().toLongLong());
        refreshStrikes();
    });
    connect(m_rule, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRuleFilter(m_rule->currentData().toString()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPeriod();
        refreshStrikes();
    });
    connect(m_showDismissed, &QCheckBox::toggled, m_model, &ViolationListModel::setShowDismissed);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 6, 6);
    m_strikesHeading = new QLabel(detail);
    m_strikesHeading->setObjectName(QStringLiteral("strikesHeading"));
    m_strikesHeading->setTextFormat(Qt::PlainText);
    m_strikesHeading->setWordWrap(true);
    m_strikes = new QTableWidget(0, 5, detail);
    m_strikes->setObjectName(QStringLiteral("strikesTable"));
    m_strikes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_strikes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_strikes->verticalHeader()->hide();
    m_strikes->horizontalHeader()->setStretchLastSection(true);
    m_strikes->setMaximumHeight(fontMetrics().lineSpacing() * 9);
    connect(m_strikes, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *item = m_strikes->item(row, 0))
            setMember(item->data(Qt::UserRole).toLongLong());
    });
    detailLayout->addWidget(m_strikesHeading);
    detailLayout->addWidget(m_strikes);
    setDetailWidget(detail);

    m_dismiss = new QAction(QIcon::fromTheme(QStringLiteral("dialog-cancel")), QString(), this);
    m_dismiss->setObjectName(QStringLiteral("dismissViolations"));
    connect(m_dismiss, &QAction::triggered, this, &ViolationPane::dismissSelected);
    m_copyWarning = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this);
    m_copyWarning->setObjectName(QStringLiteral("copyWarning"));
    connect(m_copyWarning, &QAction::triggered, this, &ViolationPane::copyWarning);
    m_context = new QAction(QIcon::fromTheme(QStringLiteral("document-preview")), QString(), this);
    m_context->setObjectName(QStringLiteral("showContext"));
    connect(m_context, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() == 1)
            editRow(rows.first());
    });
    m_rescan = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_rescan->setObjectName(QStringLiteral("rescanGroup"));
    connect(m_rescan, &QAction::triggered, this, &ViolationPane::rescanGroup);
    m_settings = new QAction(QIcon::fromTheme(QStringLiteral("configure")), QString(), this);
    m_settings->setObjectName(QStringLiteral("ruleSettings"));
    connect(m_settings, &QAction::triggered, this, &ViolationPane::editRuleSettings);
    addPaneActions({ m_context, m_dismiss, m_copyWarning, m_rescan, m_settings });

    retranslate();
    setListModel(m_model);
    view()->setItemDelegateForColumn(m_model->columnOf(QStringLiteral("matched")),
                                     new SingleLineDelegate(view()));
    view()->horizontalHeader()->setStretchLastSection(true);
    for (const char *hidden : { "member_id", "message_id" })
        view()->setColumnHidden(m_model->columnOf(QLatin1String(hidden)), true);
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & Table::Groups)
            fillFilters();
        if (tables & (Table::Violations | Table::Groups | Table::Members | Table::Memberships))
            refreshStrikes();
    });
}

QString ViolationPane::title() const
{
    return tr("Violations");
}

void ViolationPane::setGroup(qint64 groupId)
{
    int index = m_group->findData(groupId);
    if (index < 0) {
        fillFilters();
        index = m_group->findData(groupId);
    }
    m_group->setCurrentIndex(qMax(0, index));
}

void ViolationPane::setMember(qint64 memberId)
{
    m_memberId = memberId;
    m_model->setMemberFilter(memberId);
}

void ViolationPane::retryLoad()
{
    if (fillFilters())
        EntityPane::retryLoad();
}

bool ViolationPane::fillFilters()
{
    QList<Group> groups;
    if (!guardedRead([&] { groups = GroupRepository(m_database).all(); }))
        return false;
    const qint64 current = m_group->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        m_group->addItem(tr("All groups"), qint64(0));
        for (const Group &g : groups)
            m_group->addItem(g.name, g.id);
        m_group->setCurrentIndex(qMax(0, m_group->findData(current)));
    }
    if (m_group->currentData().toLongLong() != current)
        m_model->setGroupFilter(0); // the group was deleted

    // Built-in rules, then the keyword rules some group has.
    const QString rule = m_rule->currentData().toString();
    QStringList keys;
    for (const rules::BuiltinRule r : rules::allBuiltinRules())
        keys << rules::ruleKey(r);
    QStringList keywordKeys;
    if (!guardedRead([&] {
            const QMap<QString, qint64> counts
                = rules::ViolationRepository(m_database).countsByRule({ {}, {}, 0, 0, 0, true });
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (!keys.contains(it.key()))
                    keywordKeys << it.key();
        }))
        return false;
    const QSignalBlocker blocker(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("All rules"), QString());
    for (const QString &key : keys + keywordKeys)
        m_rule->addItem(RuleTitles::title(key), key);
    m_rule->setCurrentIndex(qMax(0, m_rule->findData(rule)));
    if (m_rule->currentData().toString() != rule)
        m_model->setRuleFilter(QString());
    return true;
}

void ViolationPane::applyPeriod()
{
    const int days
        = PeriodDays[qBound(0, m_period->currentIndex(), int(std::size(PeriodDays)) - 1)];
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_model->setTimeFilter(days > 0 ? now - qint64(days) * 86400 : 0, 0);
}

void ViolationPane::refreshStrikes()
{
    const qint64 group = m_group->currentData().toLongLong();
    const int days
        = PeriodDays[qBound(0, m_period->currentIndex(), int(std::size(PeriodDays)) - 1)];
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    rules::ViolationFilter filter;
    if (group > 0)
        filter.groupIds = { group };
    // The period chosen above, or else each group's own strike window.
    filter.from = days > 0 ? now - qint64(days) * 86400 : 0;
    QList<rules::Strikes> strikes;
    if (!guardedRead(
            [&] { strikes = rules::ViolationRepository(m_database).strikes(filter, now); }))
        return;
    m_strikesHeading->setText(
        days > 0 ? tr("Strikes per member in the last %n day(s) (double-click a member to list "
                      "their violations):",
                      nullptr, days)
                 : tr("Strikes per member within each group's strike window (double-click a "
                      "member to list their violations):"));
    // An empty table under a list of violations would read as a failure: say that it is empty.
    if (strikes.isEmpty())
        m_strikesHeading->setText(m_strikesHeading->text() + QLatin1Char(' ')
                                  + tr("No member has a strike in this window."));
    const QTimeZone zone = workspaceZone(m_database);
    m_strikes->setRowCount(0);
    m_strikes->setRowCount(int(strikes.size()));
    for (int row = 0; row < strikes.size(); ++row) {
        const rules::Strikes &s = strikes.at(row);
        auto *name = new QTableWidgetItem(s.memberName);
        name->setData(Qt::UserRole, s.memberId);
        m_strikes->setItem(row, 0, name);
        m_strikes->setItem(row, 1, new QTableWidgetItem(s.groupName));
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, s.strikes);
        m_strikes->setItem(row, 2, count);
        m_strikes->setItem(
            row, 3,
            new QTableWidgetItem(QLocale().toString(
                QDateTime::fromSecsSinceEpoch(s.lastAt, QTimeZone::utc()).toTimeZone(zone),
                QLocale::ShortFormat)));
        m_strikes->setItem(
            row, 4,
            new QTableWidgetItem(s.overThreshold()
                                     ? tr("%1 or more strikes: warn or remove").arg(s.threshold)
                                     : QString()));
    }
}

void ViolationPane::updatePaneActions()
{
    const QList<int> rows = selectedRows();
    bool anyDismissed = false;
    for (const int row : rows)
        anyDismissed
            = anyDismissed || m_model->rawValue(row, QStringLiteral("dismissed")).toInt() != 0;
    // Dismissing and re-scanning write; a viewer (or a read-only file) only reads.
    m_dismiss->setEnabled(isWritable() && !rows.isEmpty());
    m_dismiss->setText(anyDismissed ? tr("&Restore") : tr("&Dismiss"));
    m_dismiss->setToolTip(anyDismissed
                              ? tr("Count the selected violations again")
                              : tr("Mark the selected violations as false positives (undoable); "
                                   "they stay dismissed when the group is re-scanned"));
    m_copyWarning->setEnabled(rows.size() == 1);
    m_context->setEnabled(rows.size() == 1);
    m_rescan->setEnabled(isWritable() && selectedGroupForRescan() > 0);
    m_settings->setEnabled(isWritable() && selectedGroupForRescan() > 0);
}

qint64 ViolationPane::selectedGroupForRescan() const
{
    return m_group->currentData().toLongLong();
}

void ViolationPane::dismissSelected()
{
    const QList<int> rows = selectedRows();
    QList<rules::ViolationKey> keys;
    bool anyDismissed = false;
    for (const int row : rows) {
        keys << rules::ViolationKey {
            m_model->rawValue(row, QStringLiteral("message_id")).toLongLong(),
            m_model->rawValue(row, QStringLiteral("rule")).toString()
        };
        anyDismissed
            = anyDismissed || m_model->rawValue(row, QStringLiteral("dismissed")).toInt() != 0;
    }
    if (keys.isEmpty())
        return;
    push(new DismissViolationsCommand(m_database, keys, !anyDismissed,
                                      [this](const QString &message) { reportError(message); }));
}

QString ViolationPane::warningText() const
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return QString();
    const int row = rows.first();
    QString name = m_model->rawValue(row, QStringLiteral("member")).toString();
    if (name.isEmpty())
        name = tr("member");
    return RuleTitles::warning(name, m_model->rawValue(row, QStringLiteral("rule")).toString());
}

void ViolationPane::copyWarning()
{
    const QString text = warningText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QString ViolationPane::contextText()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return QString();
    const qint64 messageId
        = m_model->rawValue(rows.first(), QStringLiteral("message_id")).toLongLong();
    QList<rules::ContextMessage> around;
    if (!guardedRead(
            [&] { around = rules::ViolationRepository(m_database).context(messageId, 5); }))
        return QString();
    const QTimeZone zone = workspaceZone(m_database);
    QStringList lines;
    for (const rules::ContextMessage &m : std::as_const(around)) {
        const QString time = QDateTime::fromSecsSinceEpoch(m.at, QTimeZone::utc())
                                 .toTimeZone(zone)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        lines << tr("%1 %2  %3: %4")
                     .arg(m.messageId == messageId ? QStringLiteral("▶") : QStringLiteral(" "),
                          time, m.author.isEmpty() ? tr("(system)") : m.author, m.body);
    }
    return lines.join(QLatin1Char('\n'));
}

void ViolationPane::editRow(int row)
{
    Q_UNUSED(row)
    const QString text = contextText();
    if (text.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("violationContext"));
    dialog.setWindowTitle(tr("Message in Context"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QPlainTextEdit(&dialog);
    view->setReadOnly(true);
    view->setPlainText(text);
    view->setMinimumSize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 16);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(
        new QLabel(tr("The flagged message (▶) with the messages before and after it:"), &dialog));
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.exec();
}

void ViolationPane::rescanGroup()
{
    const qint64 group = selectedGroupForRescan();
    if (group <= 0)
        return;
    auto *job = RescanJob::start(m_database, group, m_group->currentText(), window());
    connect(job, &RescanJob::finished, this,
            [this](bool ok, qint64 violations, bool cancelled, const QString &error) {
                if (ok)
                    setCountText(tr("Re-scan done: %n violation(s) in this group.", nullptr,
                                    int(violations)));
                else if (!cancelled)
                    reportError(error);
            });
}

void ViolationPane::editRuleSettings()
{
    const qint64 group = selectedGroupForRescan();
    if (group <= 0)
        return;
    std::unique_ptr<RuleSettingsDialog> dialog;
    if (!guardedRead([&] {
            dialog = std::make_unique<RuleSettingsDialog>(m_database, group, m_group->currentText(),
                                                          this);
        }))
        return;
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (QMessageBox::question(this, tr("Re-scan"),
                              tr("Check the history of “%1” against the changed rules now?")
                                  .arg(m_group->currentText()))
        == QMessageBox::Yes)
        rescanGroup();
}

void ViolationPane::retranslate()
{
    m_groupLabel->setText(tr("&Group:"));
    m_group->setAccessibleName(tr("Group"));
    m_ruleLabel->setText(tr("&Rule:"));
    m_rule->setAccessibleName(tr("Rule"));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setAccessibleName(tr("Period"));
    {
        const QSignalBlocker blocker(m_period);
        const int current = qMax(0, m_period->currentIndex());
        m_period->clear();
        m_period->addItems({ tr("All time"), tr("Last 7 days"), tr("Last 30 days"),
                             tr("Last 90 days"), tr("Last 365 days") });
        m_period->setCurrentIndex(current);
    }
    m_showDismissed->setText(tr("Show &dismissed"));
    m_strikes->setHorizontalHeaderLabels(
        { tr("Member"), tr("Group"), tr("Strikes"), tr("Last strike"), tr("Flag") });
    m_context->setText(tr("Show in &Context"));
    m_context->setToolTip(tr("Read the flagged message with the messages before and after it"));
    m_copyWarning->setText(tr("Copy &Warning"));
    m_copyWarning->setToolTip(tr("Copy a reminder of the rule for this member, to paste into the "
                                 "group (Cohort never posts or removes anyone itself)"));
    m_rescan->setText(tr("Re-&scan Group"));
    m_rescan->setToolTip(tr("Check the chosen group's whole history against its rules again "
                            "(after the rules changed); dismissed violations stay dismissed"));
    m_settings->setText(tr("Rule Se&ttings…"));
    m_settings->setToolTip(tr("Keyword rules, flooding limits, strikes and promoters of the "
                              "chosen group, and the workspace's phrase lists"));
    updatePaneActions();
    fillFilters();
    refreshStrikes();
}

QString ViolationPane::emptyHint() const
{
    return tr("No violations. Tick the rules a group checks in its dialog (Groups › Edit), then "
              "re-scan it here; every import checks what it adds.");
}

QString ViolationPane::deleteQuestion(int count) const
{
    Q_UNUSED(count)
    return {};
}

QString ViolationPane::rowCountText(qint64 rows) const
{
    return tr("%Ln violation(s)", nullptr, int(rows));
}

} // namespace cohort
