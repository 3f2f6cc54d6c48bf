#pragma once

#include "ui/widgets/entitypane.h"

namespace cohort {

/// The Orders pane: every purchase, newest first (hundreds of thousands of rows).
class OrderPane final : public EntityPane
{
    Q_OBJECT

public:
    OrderPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
};

} // namespace cohort
