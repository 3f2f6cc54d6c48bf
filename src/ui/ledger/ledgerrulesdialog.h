#pragma once

#include "models/commands/ledgerrulescommand.h"

#include <QDialog>
#include <QPair>

#include <memory>

namespace Ui {
class LedgerRulesDialog;
}

namespace cohort {

/// Edits the workspace's ledger rules: the global referral rebate, the points rules and the
/// membership tiers, with inline validation (OK stays disabled while anything is wrong).
class LedgerRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `campaigns` (id, name) are the campaigns a rebate of their own can be given to.
    LedgerRulesDialog(const LedgerRules &rules, const QList<QPair<qint64, QString>> &campaigns,
                      QWidget *parent = nullptr);
    ~LedgerRulesDialog() override;

    /// The rules as entered; only meaningful when problems() is empty.
    LedgerRules rules() const;
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void addTierRow(const MembershipTier &tier);
    void addCampaignRebateRow(const RebateRule &rule);
    void fillCampaignRebateCombos(int row);
    void updateState();
    /// The rules as the form reads now, before the parts the user left alone are restored.
    LedgerRules formRules() const;

    std::unique_ptr<Ui::LedgerRulesDialog> m_ui;
    QList<QPair<qint64, QString>> m_campaigns;
    LedgerRules m_stored; ///< as given to the constructor
    LedgerRules m_shown; ///< formRules() right after loading
};

} // namespace cohort
