#pragma once

#include "ui/widgets/entitypane.h"

namespace cohort {

class CampaignResultsPanel;

/// The Campaigns pane: scheduled activities with their groups, products and price tiers.
class CampaignPane final : public EntityPane
{
    Q_OBJECT

public:
    CampaignPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    CampaignResultsPanel *resultsPanel() const { return m_results; }

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    QString rowCountText(qint64 rows) const override;

private:
    CampaignResultsPanel *m_results = nullptr;
};

} // namespace cohort
