#include "ui/campaigns/campaignpane.h"

#include "models/campaignlistmodel.h"
#include "models/commands/addentitycommand.h"
#include "models/commands/deleteentitycommand.h"
#include "models/commands/editentitycommand.h"
#include "storage/campaignrepository.h"
#include "ui/campaigns/campaigndialog.h"
#include "ui/campaigns/campaignresultspanel.h"

#include <QItemSelectionModel>
#include <QLayout>
#include <QTableView>

namespace cohort {

CampaignPane::CampaignPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("campaigns"), database, undoStack, parent)
{
    setObjectName(QStringLiteral("campaignPane"));
    setListModel(new CampaignListModel(database));
    // Results sit under the table, for the row with the keyboard focus.
    m_results = new CampaignResultsPanel(database, this);
    layout()->addWidget(m_results);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_results->setCampaign(current.isValid() ? listModel()->idAt(current.row()) : 0);
            });
}

QString CampaignPane::title() const
{
    return tr("Campaigns");
}

void CampaignPane::createItem()
{
    CampaignDialog dialog(m_database, this);
    dialog.setWindowTitle(tr("New Campaign"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddEntityCommand<Campaign>(
        m_database, dialog.campaign(), [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entity().id);
}

void CampaignPane::editRow(int row)
{
    const std::optional<Campaign> before
        = CampaignRepository(m_database).find(listModel()->idAt(row));
    if (!before)
        return;
    CampaignDialog dialog(m_database, this);
    dialog.setWindowTitle(tr("Edit Campaign"));
    dialog.setCampaign(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Campaign after = dialog.campaign();
    if (after == *before)
        return;
    auto *command = new EditEntityCommand<Campaign>(
        m_database, *before, after, [this](const QString &message) { reportError(message); });
    command->setConflictHandler([this](const QString &message) { reportConflict(message); });
    push(command);
    selectId(after.id);
}

void CampaignPane::deleteRows(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids << listModel()->idAt(row);
    if (ids.isEmpty())
        return;
    push(new DeleteEntityCommand<Campaign>(
        m_database, ids, [this](const QString &message) { reportError(message); }));
}

QString CampaignPane::emptyHint() const
{
    return tr("No campaigns yet — plan a flash sale, a tiered group-buy or a referral day with "
              "“Add…” above.");
}

QString CampaignPane::deleteQuestion(int count) const
{
    return tr("Delete %n campaign(s)?", nullptr, count);
}

QString CampaignPane::rowCountText(qint64 rows) const
{
    return tr("%Ln campaign(s)", nullptr, int(rows));
}

} // namespace cohort
