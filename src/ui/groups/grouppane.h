#pragma once

#include "ui/widgets/tablepane.h"

class QUndoStack;

namespace cohort {

class Database;
class GroupTableModel;

/// The Groups pane: the workspace's chat groups with their positioning.
class GroupPane final : public TablePane
{
    Q_OBJECT

public:
    GroupPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    GroupTableModel *model() const { return m_model; }
    bool exportCsv(const QString &path, QString *errorMessage) override;

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    void applySearch(const QString &text) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    void retranslate() override;

private:
    void reportError(const QString &message);
    void selectGroup(qint64 id);

    Database &m_database;
    QUndoStack *m_undoStack;
    GroupTableModel *m_model;
};

} // namespace cohort
