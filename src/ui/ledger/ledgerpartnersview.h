#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace cohort {

class Database;

/// The ledger's Partners tab: the partners (团长), their commission, groups and recruiter, with
/// adding, editing and removing their terms (undoable).
class LedgerPartnersView final : public QWidget
{
    Q_OBJECT

public:
    /// `execDialog` runs the partner dialog and returns whether the user confirmed (tests
    /// replace it through the pane).
    LedgerPartnersView(Database &database, QUndoStack *undoStack,
                       std::function<bool(QWidget *dialog)> execDialog, QWidget *parent = nullptr);

    QTableWidget *partnersTable() const { return m_partnersTable; }
    /// Reads the partners (again), keeping the selection.
    void reload();
    void updateState();

public Q_SLOTS:
    void addPartner();
    void editSelectedPartner();
    void removeSelectedPartner();

Q_SIGNALS:
    void loadFailed(const QString &message, const QString &details);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool guardedRead(const std::function<void()> &read);
    qint64 selectedPartner() const;

    Database &m_database;
    QUndoStack *m_undoStack = nullptr;
    std::function<bool(QWidget *dialog)> m_execDialog;
    QLabel *m_partnersHint = nullptr;
    QTableWidget *m_partnersTable = nullptr;
    QPushButton *m_addPartnerButton = nullptr;
    QPushButton *m_editPartnerButton = nullptr;
    QPushButton *m_removePartnerButton = nullptr;
};

} // namespace cohort
