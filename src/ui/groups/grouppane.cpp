#include "ui/groups/grouppane.h"

#include "models/commands/addentitycommand.h"
#include "models/commands/deletegroupscommand.h"
#include "models/commands/editentitycommand.h"
#include "models/grouplistmodel.h"
#include "models/importhistorymodel.h"
#include "rules/rulesetrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/grouptrash.h"
#include "storage/memberrepository.h"
#include "storage/queryerror.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/grouptargetspanel.h"
#include "ui/groups/grouptrashjob.h"
#include "ui/groups/positioningloader.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cohort {

GroupPane::GroupPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("groups"), database, undoStack, parent)
{
    setObjectName(QStringLiteral("groupPane"));
    setListModel(new GroupListModel(database));

    m_showMessagesAction
        = new QAction(QIcon::fromTheme(QStringLiteral("dialog-messages")), QString(), this);
    m_showMessagesAction->setObjectName(QStringLiteral("showMessagesAction"));
    toolBar()->insertAction(exportCsvAction(), m_showMessagesAction);
    connect(m_showMessagesAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT showMessagesRequested(ids.first());
    });

    // The import history of the selected group, from the recorded import batches.
    auto *history = new QWidget(this);
    auto *layout = new QVBoxLayout(history);
    layout->setContentsMargins(6, 0, 6, 6);
    m_historyLabel = new QLabel(history);
    m_historyLabel->setTextFormat(Qt::PlainText);
    m_historyView = new QTableView(history);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyModel = new ImportHistoryModel(database, this);
    connect(m_historyModel, &ImportHistoryModel::loadFailed, this, &GroupPane::showLoadError);
    m_historyView->setModel(m_historyModel);
    m_historyView->verticalHeader()->hide();
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height()
                                                           + 8);
    m_historyView->horizontalHeader()->setHighlightSections(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::FileColumn,
                                                            QHeaderView::Stretch);
    m_historyView->setMaximumHeight(m_historyView->verticalHeader()->defaultSectionSize() * 6);
    m_historyLabel->setBuddy(m_historyView);
    m_targetsPanel = new GroupTargetsPanel(history);
    connect(m_targetsPanel, &GroupTargetsPanel::setGoalsRequested, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            editGoals(ids.first());
    });
    layout->addWidget(m_targetsPanel);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_historyView);
    setDetailWidget(history);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupPane::updateHistory);
    connect(listModel(), &QAbstractItemModel::modelReset, this, &GroupPane::updateHistory);

    // Each group against its own targets, computed off the GUI thread from the analytics.
    m_positioning = new PositioningLoader(database, this);
    connect(m_positioning, &PositioningLoader::ready, this, [this] {
        groupModel()->setScorecards(m_positioning->scorecards());
        updateTargets();
    });
    connect(m_positioning, &PositioningLoader::failed, this, &GroupPane::showLoadError);
    retranslate();
    updateHistory();
}

void GroupPane::retryLoad()
{
    EntityPane::retryLoad();
    m_historyModel->refresh(); // shows the banner again if the history still cannot be read
}

void GroupPane::retranslate()
{
    if (!m_showMessagesAction)
        return;
    m_showMessagesAction->setText(tr("Show Messages"));
    m_showMessagesAction->setToolTip(tr("Show the messages of the selected group"));
    m_historyView->setAccessibleName(tr("Import history"));
    m_targetsPanel->retranslate();
    updateHistory();
}

void GroupPane::updateHistory()
{
    const QList<qint64> ids = selectedIds();
    const qint64 id = ids.size() == 1 ? ids.first() : 0;
    m_showMessagesAction->setEnabled(id > 0);
    m_historyModel->setGroupId(id);
    updateTargets();
    if (id == 0) {
        m_historyLabel->setText(tr("Import history: select one group."));
        return;
    }
    const int row = listModel()->rowOfId(id);
    const QString name = row >= 0
        ? listModel()->index(row, listModel()->columnOf(QStringLiteral("name"))).data().toString()
        : QString();
    m_historyLabel->setText(m_historyModel->rowCount() == 0
                                ? tr("Import history of “%1”: nothing imported yet.").arg(name)
                                : tr("Import history of “%1”:").arg(name));
}

GroupListModel *GroupPane::groupModel() const
{
    return static_cast<GroupListModel *>(listModel());
}

void GroupPane::updateTargets()
{
    const QList<qint64> ids = selectedIds();
    const qint64 id = ids.size() == 1 ? ids.first() : 0;
    const int row = id > 0 ? listModel()->rowOfId(id) : -1;
    const QString name = row >= 0
        ? listModel()->index(row, listModel()->columnOf(QStringLiteral("name"))).data().toString()
        : QString();
    m_targetsPanel->show(name, id > 0 ? groupModel()->scorecard(id) : std::nullopt,
                         m_positioning->windowEnd());
}

QStringList GroupPane::promoterNames(qint64 groupId) const
{
    // Read errors reach the caller's guard like the group's own read.
    const std::optional<rules::RuleSet> rules = rules::RuleSetRepository(m_database).load(groupId);
    if (!rules)
        return {};
    QStringList names;
    for (const qint64 id : rules->promoters) {
        if (const std::optional<Member> member = MemberRepository(m_database).find(id))
            names << member->displayName;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

void GroupPane::editGoals(qint64 groupId)
{
    const int row = listModel()->rowOfId(groupId);
    if (row >= 0)
        editGroup(row, true);
}

void GroupPane::showEvent(QShowEvent *event)
{
    EntityPane::showEvent(event);
    // Computed while the pane is shown, not at start-up behind another pane.
    m_positioning->setActive(true);
}

void GroupPane::hideEvent(QHideEvent *event)
{
    EntityPane::hideEvent(event);
    m_positioning->setActive(false);
}

QString GroupPane::title() const
{
    return tr("Groups");
}

void GroupPane::createItem()
{
    GroupDialog dialog(this);
    dialog.setWindowTitle(tr("New Group"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddEntityCommand<Group>(
        m_database, dialog.group(), [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entity().id);
}

void GroupPane::editRow(int row)
{
    editGroup(row, false);
}

void GroupPane::editGroup(int row, bool goals)
{
    const std::optional<Group> before = GroupRepository(m_database).find(listModel()->idAt(row));
    if (!before)
        return;
    GroupDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Group"));
    dialog.setGroup(*before);
    dialog.setPromoterNames(promoterNames(before->id));
    if (goals)
        dialog.showGoals();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Group after = dialog.group();
    if (after == *before)
        return;
    auto *command = new EditEntityCommand<Group>(
        m_database, *before, after, [this](const QString &message) { reportError(message); });
    command->setConflictHandler([this](const QString &message) { reportConflict(message); });
    push(command);
    selectId(after.id);
}

void GroupPane::deleteRows(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids << listModel()->idAt(row);
    if (ids.isEmpty())
        return;
    // A failed count throws QueryError: the caller's guard shows it and nothing is deleted.
    if (GroupTrash(m_database).count(ids).rows <= DeleteGroupsCommand::BackgroundRows) {
        push(new DeleteGroupsCommand(m_database, ids,
                                     [this](const QString &message) { reportError(message); }));
        return;
    }
    deleteInBackground(ids);
}

void GroupPane::deleteInBackground(const QList<qint64> &ids)
{
    auto *job = GroupTrashJob::deleteGroups(m_database, ids, this);
    connect(job, &GroupTrashJob::finished, this,
            [this, ids](bool ok, qint64 batch, qint64 rows, bool cancelled, const QString &error) {
                if (ok) {
                    auto *command = new DeleteGroupsCommand(
                        m_database, ids, batch,
                        [this](const QString &message) { reportError(message); });
                    command->setRows(rows);
                    push(command);
                } else if (!cancelled) {
                    reportError(tr("The groups were not deleted: %1").arg(error));
                }
                Q_EMIT backgroundDeleteFinished();
            });
}

QString GroupPane::emptyHint() const
{
    return tr("No groups yet — add one with “Add…” above, or fill the workspace with demo data "
              "from the Help menu.");
}

QString GroupPane::deleteQuestion(int count) const
{
    GroupTrash::Counts counts;
    try {
        counts = GroupTrash(m_database).count(selectedIds());
    } catch (const QueryError &) {
        // Asking is no reason to fail: the deletion reads the same rows and reports the error.
        return tr("Delete %n group(s)? Their memberships and imported messages are deleted with "
                  "them. You can undo this until the workspace is closed.",
                  nullptr, count);
    }
    return tr("Delete %n group(s)? %1 memberships and %2 messages are deleted with them. You can "
              "undo this until the workspace is closed.",
              nullptr, count)
        .arg(locale().toString(counts.memberships), locale().toString(counts.messages));
}

QString GroupPane::rowCountText(qint64 rows) const
{
    return tr("%Ln group(s)", nullptr, int(rows));
}

} // namespace cohort
