#pragma once

#include "domain/campaign.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CampaignDialog;
}

namespace cohort {

class Database;

/// Edits one campaign: type, schedule, target groups, products, price tiers and announcement.
class CampaignDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CampaignDialog(Database &database, QWidget *parent = nullptr);
    ~CampaignDialog() override;

    void setCampaign(const Campaign &campaign);
    Campaign campaign() const;
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void addTierRow(const PriceTier &tier);
    void validate();

    std::unique_ptr<Ui::CampaignDialog> m_ui;
    Campaign m_campaign;
};

} // namespace cohort
