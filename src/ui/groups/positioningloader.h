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

    /// Computes now (and after each relevant commit from then on).
    void start();
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
    bool m_started = false;
    quint64 m_generation = 0;
    QList<QFuture<void>> m_running;
    QList<GroupScorecard> m_cards;
    QList<QuietGroup> m_quiet;
    QDate m_to;
};

} // namespace cohort
