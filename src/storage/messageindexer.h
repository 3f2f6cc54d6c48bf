#pragma once

#include "storage/workspaceerror.h"

#include <QtGlobal>

#include <functional>

namespace cohort {

class Database;

/// Fills the full-text indexes of message bodies (messages_search, migration 0011, and
/// messages_grams, 0014) after imports committed, never inside them. Every message with an id
/// up to the workspace's mark is indexed except the ids queued in message_index_pending (rows an
/// undo put back); the indexer takes the queued ids first, then the ids above the mark, one short
/// write transaction per chunk, so other writers get the workspace between chunks and an
/// interrupted run resumes where it stopped.
/// Until it has caught up, the search reads the rest as before (SqlDialect::containsIdSet).
/// On PostgreSQL there is no such index: nothing is behind and nothing is indexed.
class MessageIndexer final
{
public:
    /// Rows per chunk: about a tenth of a second of work, short enough for an edit to wait on.
    static constexpr int DefaultChunk = 5000;

    explicit MessageIndexer(const Database &database)
        : m_database(database)
    {
    }

    /// Whether this back-end keeps the index (SQLite).
    bool isSupported() const;
    /// Messages not indexed yet. Throws QueryError when it cannot be read.
    qint64 backlog() const;
    /// Whether any message is not indexed yet: backlog() > 0, but without counting (the GUI
    /// asks). Throws QueryError when it cannot be read.
    bool isBehind() const;
    /// Indexes up to `rows` messages not indexed yet in one write transaction. Returns how many
    /// it indexed (0: caught up), or -1 when the write failed (lastError(), nothing changed; the
    /// workspace may be locked by another writer).
    qint64 indexChunk(int rows = DefaultChunk);
    /// Chunks until caught up or `cancelled()`; `progress(done, total)` after each chunk, with
    /// the backlog counted at the start (rows that arrive meanwhile are indexed too). False when a
    /// chunk failed (lastError()); what was committed before stays indexed.
    bool catchUp(int rows, const std::function<bool()> &cancelled,
                 const std::function<void(qint64 done, qint64 total)> &progress);
    const WorkspaceError &lastError() const { return m_error; }

private:
    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
