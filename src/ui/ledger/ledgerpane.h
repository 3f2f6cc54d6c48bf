#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace cohort {

class Database;
class ErrorBanner;
class LedgerEntriesModel;
class LedgerPartnersView;
class LedgerPayoutsView;
class LedgerPointsView;
class LedgerTotalsModel;

/// The commission ledger (DOMAIN.md §6): the period, the rules and crediting points above three
/// tabs, each its own view: payouts (LedgerPayoutsView), partners (LedgerPartnersView) and one
/// member's points (LedgerPointsView). A failed read in any of them shows the error banner in
/// place of the tabs.
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

    LedgerTotalsModel *totalsModel() const;
    LedgerEntriesModel *entriesModel() const;
    QTableView *totalsView() const;
    QTableView *entriesView() const;
    QTableWidget *partnersTable() const;
    QTableWidget *pointsTable() const;
    QLabel *pointsSummary() const;
    /// Shows one member's points ledger (newest first), balance and tier on the Points tab.
    void showPointsOf(qint64 memberId);
    static QString pointsReasonName(const QString &reason);
    QAction *markPaidAction() const;
    QAction *markAllPaidAction() const;
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
    /// Runs `read`; a QueryError shows the error banner in place of the tabs.
    bool guardedRead(const std::function<void()> &read);
    void showLoadError(const QString &message, const QString &details);
    /// The banner's Retry: reads every part of the pane again.
    void retryLoad();
    void updateState();

    Database &m_database;
    QString m_zoneId; ///< the workspace zone the period and points were shown in
    QUndoStack *m_undoStack = nullptr;
    bool m_creditingPoints = false;

    QLabel *m_periodLabel = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    LedgerPayoutsView *m_payouts = nullptr;
    LedgerPartnersView *m_partners = nullptr;
    LedgerPointsView *m_points = nullptr;
    QPushButton *m_rulesButton = nullptr;
    QPushButton *m_creditPointsButton = nullptr;
    QAction *m_creditPointsAction = nullptr;
};

} // namespace cohort
