#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace cohort {

class Database;
class LedgerEntriesModel;
class LedgerTotalsModel;

/// The ledger's Payouts tab: payout totals per referrer and partner for a period, the chosen
/// beneficiary's credits and reversals with their orders, marking them paid (undoable) and CSV
/// export of either table.
class LedgerPayoutsView final : public QWidget
{
    Q_OBJECT

public:
    LedgerPayoutsView(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~LedgerPayoutsView() override;

    /// Entries created in [from, to).
    void setPeriod(const QDateTime &from, const QDateTime &to);
    /// Shows the entries of this beneficiary (selects their totals row when there is one).
    void selectBeneficiary(qint64 memberId);
    /// Reads both tables again (the pane's Retry).
    void reload();
    void updateState();

    LedgerTotalsModel *totalsModel() const { return m_totals; }
    LedgerEntriesModel *entriesModel() const { return m_entries; }
    QTableView *totalsView() const { return m_totalsView; }
    QTableView *entriesView() const { return m_entriesView; }
    QAction *markPaidAction() const { return m_markPaidAction; }
    QAction *markAllPaidAction() const { return m_markAllPaidAction; }
    /// Writes the payout totals shown (`entries` false) or the selected beneficiary's entries.
    bool exportCsv(const QString &path, bool entries, QString *errorMessage) const;

public Q_SLOTS:
    void markSelectedPaid();
    void markAllPaid();

Q_SIGNALS:
    /// A read failed: the pane shows its banner.
    void loadFailed(const QString &message, const QString &details);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    bool guardedRead(const std::function<void()> &read);
    void exportWithDialog(bool entries);
    void markPaid(const QList<qint64> &entryIds);
    QList<qint64> selectedEntryIds() const;

    Database &m_database;
    QUndoStack *m_undoStack = nullptr;
    LedgerTotalsModel *m_totals = nullptr;
    LedgerEntriesModel *m_entries = nullptr;
    QSortFilterProxyModel *m_totalsProxy = nullptr;
    QSortFilterProxyModel *m_entriesProxy = nullptr;
    QLabel *m_totalsHint = nullptr;
    QTableView *m_totalsView = nullptr;
    QLabel *m_entriesTitle = nullptr;
    QTableView *m_entriesView = nullptr;
    QPushButton *m_markPaidButton = nullptr;
    QPushButton *m_markAllPaidButton = nullptr;
    QPushButton *m_exportTotalsButton = nullptr;
    QPushButton *m_exportEntriesButton = nullptr;
    QAction *m_markPaidAction = nullptr;
    QAction *m_markAllPaidAction = nullptr;
};

} // namespace cohort
