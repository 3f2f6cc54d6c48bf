#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace cohort {

class Database;
class ErrorBanner;
class LedgerEntriesModel;
class LedgerTotalsModel;
class MemberPicker;

/// The commission ledger (DOMAIN.md §6): payout totals per referrer and partner for a period, each
/// one's credits and reversals with their orders, marking payouts paid (undoable) and CSV export;
/// the partners and their terms; the rebate, points and tier rules; crediting points.
class LedgerPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Period { ThisMonth, LastMonth, ThisYear, AllTime, Custom };

    LedgerPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~LedgerPane() override;

    QString title() const;
    void setPeriod(Period period);
    /// Entries created in [from, to] (whole local days).
    void setRange(const QDate &from, const QDate &to);
    /// Shows the entries of this beneficiary (selects their totals row when there is one).
    void selectBeneficiary(qint64 memberId);

    LedgerTotalsModel *totalsModel() const { return m_totals; }
    LedgerEntriesModel *entriesModel() const { return m_entries; }
    QTableView *totalsView() const { return m_totalsView; }
    QTableView *entriesView() const { return m_entriesView; }
    QTableWidget *partnersTable() const { return m_partnersTable; }
    QTableWidget *pointsTable() const { return m_pointsTable; }
    QLabel *pointsSummary() const { return m_pointsSummary; }
    /// Shows one member's points ledger (newest first), balance and tier on the Points tab.
    void showPointsOf(qint64 memberId);
    static QString pointsReasonName(const QString &reason);
    QAction *markPaidAction() const { return m_markPaidAction; }
    QAction *markAllPaidAction() const { return m_markAllPaidAction; }
    QAction *creditPointsAction() const { return m_creditPointsAction; }
    /// Writes the payout totals shown (`entries` false) or the selected beneficiary's entries.
    bool exportCsv(const QString &path, bool entries, QString *errorMessage) const;
    /// Credits activity and referral points off the GUI thread; `done` gets the member count or -1.
    void creditPoints(std::function<void(int)> done = {});

    /// Dialog hooks, replaced by tests: each returns whether the user confirmed.
    std::function<bool(QWidget *dialog)> execDialog;

public Q_SLOTS:
    void editRules();
    void addPartner();
    void editSelectedPartner();
    void removeSelectedPartner();
    void markSelectedPaid();
    void markAllPaid();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyRange();
    void reloadPartners();
    /// Runs `read`; a QueryError shows the error banner in place of the tabs.
    bool guardedRead(const std::function<void()> &read);
    void showLoadError(const QString &message, const QString &details);
    /// The banner's Retry: reads every part of the pane again.
    void retryLoad();
    void updateState();
    void exportWithDialog(bool entries);
    void markPaid(const QList<qint64> &entryIds);
    QList<qint64> selectedEntryIds() const;
    qint64 selectedPartner() const;

    Database &m_database;
    QString m_zoneId; ///< the workspace zone the period and points were shown in
    QUndoStack *m_undoStack = nullptr;
    LedgerTotalsModel *m_totals = nullptr;
    LedgerEntriesModel *m_entries = nullptr;
    QSortFilterProxyModel *m_totalsProxy = nullptr;
    QSortFilterProxyModel *m_entriesProxy = nullptr;
    bool m_creditingPoints = false;

    QLabel *m_periodLabel = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_totalsHint = nullptr;
    QTableView *m_totalsView = nullptr;
    QLabel *m_entriesTitle = nullptr;
    QTableView *m_entriesView = nullptr;
    QTableWidget *m_partnersTable = nullptr;
    QLabel *m_partnersHint = nullptr;
    QPushButton *m_addPartnerButton = nullptr;
    QPushButton *m_editPartnerButton = nullptr;
    QPushButton *m_removePartnerButton = nullptr;
    QPushButton *m_markPaidButton = nullptr;
    QPushButton *m_markAllPaidButton = nullptr;
    QPushButton *m_exportTotalsButton = nullptr;
    QPushButton *m_exportEntriesButton = nullptr;
    QPushButton *m_rulesButton = nullptr;
    QPushButton *m_creditPointsButton = nullptr;
    QLabel *m_pointsMemberLabel = nullptr;
    MemberPicker *m_pointsPicker = nullptr;
    qint64 m_pointsMember = 0;
    QLabel *m_pointsSummary = nullptr;
    QTableWidget *m_pointsTable = nullptr;
    QAction *m_markPaidAction = nullptr;
    QAction *m_markAllPaidAction = nullptr;
    QAction *m_creditPointsAction = nullptr;
};

} // namespace cohort
