#pragma once

#include "ui/widgets/entitypane.h"

namespace cohort {

/// The Groups pane: the workspace's chat groups with their positioning.
class GroupPane final : public EntityPane
{
    Q_OBJECT

public:
    GroupPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
};

} // namespace cohort
