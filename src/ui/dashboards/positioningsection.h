#pragma once

#include "analytics/activationfinder.h"
#include "analytics/positioningscorecard.h"

#include <QDate>
#include <QFuture>
#include <QWidget>

#include <memory>

class QTableWidget;

namespace cohort {

class ChartPanel;
class Database;
struct AnalyticsFacts;

/// The Dashboard's positioning rows: each group of the scope against its own targets (30 days
/// to the range's end, sortable, missed first) and the groups that went quiet with the members
/// who used to carry them (4 weeks to the range's end against the 4 before).
class PositioningSection final : public QWidget
{
    Q_OBJECT

public:
    PositioningSection(Database &database, QWidget *parent = nullptr);
    ~PositioningSection() override;

    /// Computes for the groups `groupIds` (empty = all) up to `to`, off the GUI thread.
    void update(std::shared_ptr<const AnalyticsFacts> facts, const QList<qint64> &groupIds,
                const QDate &to);
    /// Waits for a running computation and shows its result (tests).
    void waitForIdle();
    QTableWidget *targetsTable() const { return m_targets; }
    QTableWidget *quietTable() const { return m_quiet; }
    const QList<GroupScorecard> &scorecards() const { return m_cards; }
    const QList<QuietGroup> &quietGroups() const { return m_quietGroups; }
    QList<ChartPanel *> panels() const { return { m_targetsPanel, m_quietPanel }; }
    void retranslate();

Q_SIGNALS:
    /// A group without positioning was opened: the group dialog should show its goals.
    void groupGoalsRequested(qint64 groupId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Database &m_database;
    ChartPanel *m_targetsPanel = nullptr;
    ChartPanel *m_quietPanel = nullptr;
    QTableWidget *m_targets = nullptr;
    QTableWidget *m_quiet = nullptr;
    QList<GroupScorecard> m_cards;
    QList<QuietGroup> m_quietGroups;
    QDate m_to; ///< last day of the windows shown
    bool m_sortChosen = false;
    quint64 m_generation = 0;
    QList<QFuture<void>> m_running;
};

} // namespace cohort
