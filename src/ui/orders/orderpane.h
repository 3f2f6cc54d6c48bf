#pragma once

#include "domain/enums.h"
#include "ui/widgets/entitypane.h"

#include <QHash>

namespace cohort {

/// The Orders pane: every purchase, newest first (hundreds of thousands of rows), with status
/// changes on the selection and the CSV import.
class OrderPane final : public EntityPane
{
    Q_OBJECT

public:
    OrderPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    /// The action that moves the selection to `status` (Paid, Delivered or Refunded).
    QAction *statusAction(OrderStatus status) const { return m_statusActions.value(status); }
    QAction *importAction() const { return m_importAction; }
    /// Moves the selected orders to `status` through the undo stack; the selection is kept.
    void setSelectedStatus(OrderStatus status);

Q_SIGNALS:
    /// The user asked to import orders from CSV (the main window runs the wizard).
    void importRequested();

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    QString rowCountText(qint64 rows) const override;
    void retranslate() override;
    void updatePaneActions() override;

private:
    QList<OrderStatus> selectedStatuses() const;

    QHash<OrderStatus, QAction *> m_statusActions;
    QAction *m_importAction = nullptr;
};

} // namespace cohort
