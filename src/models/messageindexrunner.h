#pragma once

#include <QObject>

namespace cohort {

class Database;

/// Keeps the open workspace's message search index caught up in the background: a job of the
/// workspace's JobRunner runs MessageIndexer chunk by chunk whenever messages arrived (an import
/// committed, an undo put a group back) and once when the workspace opens, pausing between
/// chunks so that edits and imports waiting for the workspace get it. A chunk that cannot get
/// the workspace (a long import holds it) ends the run; the import's commit starts the next, or
/// a retry a little later.
class MessageIndexRunner final : public QObject
{
    Q_OBJECT

public:
    /// Watches `database` for new messages; start() runs the first catch-up.
    explicit MessageIndexRunner(Database &database, QObject *parent = nullptr);

    /// Starts catching up; while a run is going on, it runs once more when it ends (rows that
    /// arrived meanwhile may have come after its last look).
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// 0..100 of the backlog the current run found.
    void progressChanged(int percent);
    /// After every committed chunk and at the end of a run: whether the index is behind may
    /// have changed (MessageIndexer::backlog()).
    void indexChanged();
    /// The run ended, caught up or not.
    void finished();

private:
    Database &m_database;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0; ///< runs in a row that did not catch up
};

} // namespace cohort
