#pragma once

#include "analytics/activationfinder.h"
#include "analytics/positioningscorecard.h"
#include "storage/changeset.h"

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QTimer>

namespace cohort {

class Database;

/// Every group against its targets and the groups that went quiet, over the weeks ending on
/// the workspace's newest data, computed off the GUI thread and again after relevant commits.
class PositioningLoader final : public QObject
{
    Q_OBJECT

public:
    explicit PositioningLoader(Database &database, QObject *parent = nullptr);
    ~PositioningLoader() override;

    /// Computes only while active (its pane is shown): on activation when something changed
    /// since the last run (or nothing ran yet), and after each relevant commit while active.
    void setActive(bool active);
    /// Waits for running work and delivers its result (tests).
    void waitForIdle();
    const QList<GroupScorecard> &scorecards() const { return m_cards; }
    const QList<QuietGroup> &quietGroups() const { return m_quiet; }
    /// The last day of the windows (the newest data); invalid without data.
    QDate windowEnd() const { return m_to; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message, const QString &details);

private:
    void run();

    Database &m_database;
    QTimer m_debounce;
    bool m_active = false;
    bool m_dirty = true; ///< the workspace changed since the last run (or none ran)
    quint64 m_generation = 0;
    QList<QFuture<void>> m_running;
    QList<GroupScorecard> m_cards;
    QList<QuietGroup> m_quiet;
    QDate m_to;
};

} // namespace cohort
