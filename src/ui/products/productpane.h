#pragma once

#include "ui/widgets/entitypane.h"

namespace cohort {

/// The Products pane: what the operator sells, with role, price, cost and margin.
class ProductPane final : public EntityPane
{
    Q_OBJECT

public:
    ProductPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    QString rowCountText(qint64 rows) const override;
};

} // namespace cohort
