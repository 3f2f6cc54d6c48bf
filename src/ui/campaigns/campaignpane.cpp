#include "ui/campaigns/campaignpane.h"

#include "models/campaignlistmodel.h"
#include "storage/campaignrepository.h"
#include "ui/campaigns/campaigndialog.h"
#include "ui/widgets/entitycommand.h"

namespace cohort {

namespace {
using CampaignCommand = EntityCommand<CampaignRepository, Campaign>;
}

CampaignPane::CampaignPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("campaigns"), database, undoStack, parent)
{
    setObjectName(QStringLiteral("campaignPane"));
    setListModel(new CampaignListModel(database));
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
    const Campaign campaign = dialog.campaign();
    auto *command = new CampaignCommand(m_database, {}, { campaign },
                                        tr("Add Campaign “%1”").arg(campaign.name),
                                        [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entityId());
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
    push(new CampaignCommand(m_database, { *before }, { after },
                             tr("Edit Campaign “%1”").arg(after.name),
                             [this](const QString &message) { reportError(message); }));
    selectId(after.id);
}

void CampaignPane::deleteRows(const QList<int> &rows)
{
    QList<Campaign> campaigns;
    CampaignRepository repository(m_database);
    for (const int row : rows) {
        if (const std::optional<Campaign> campaign = repository.find(listModel()->idAt(row)))
            campaigns << *campaign;
    }
    if (campaigns.isEmpty())
        return;
    const QString text = campaigns.size() == 1
        ? tr("Delete Campaign “%1”").arg(campaigns.first().name)
        : tr("Delete %n Campaigns", nullptr, int(campaigns.size()));
    push(new CampaignCommand(m_database, campaigns, {}, text,
                             [this](const QString &message) { reportError(message); }));
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

} // namespace cohort
