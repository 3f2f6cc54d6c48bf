#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>

namespace cohort {

class Database;

/// Copies what the workspace's write-ahead log (the "-wal" file beside it) holds into the
/// workspace file and empties the log. SQLite does so by itself after commits, but gives up
/// silently when that fails: on a full disk a commit stands, in the log, and the .cohort file
/// alone is out of date until the copy succeeds. Run after large commits (imports) and when a
/// workspace opens, so a full disk is said, with what is safe and what to free, and the copy is
/// retried at the next open.
class WalCheckpoint final
{
    Q_DECLARE_TR_FUNCTIONS(WalCheckpoint)

public:
    enum class Mode {
        /// Copies what no reader still needs, without waiting: after commits.
        Passive,
        /// Waits for readers (up to the busy timeout), copies everything and empties the log,
        /// giving its space back: when a workspace opens with a log left over.
        Truncate,
    };
    /// Checkpoints on the calling thread's connection. No error when readers hold the log back
    /// (the copy then happens later) or the workspace is read-only; an Io error with the
    /// message for the user when the engine fails to write (disk full, I/O error).
    static WorkspaceError run(const Database &database, Mode mode = Mode::Passive);
    /// Bytes of the workspace's log, 0 when there is none (an in-memory workspace).
    static qint64 logBytes(const Database &database);
    /// What the user reads when the copy failed: the log holds the changes, keep the two files
    /// together, free about `logBytes` on the disk; `cause` is the engine's error.
    static QString failedMessage(const QString &workspacePath, qint64 logBytes,
                                 const QString &cause);
};

} // namespace cohort
