#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace cohort {
class Database;
}

namespace cohort::import {

/// How one file is imported. Everything is optional.
struct ImportOptions
{
    QString formatKey; ///< empty or "auto": detect from content
    qint64 groupId = 0; ///< target group by id (wins over groupName)
    QString groupName; ///< target group by name, created when missing
    QString timeZoneId; ///< IANA zone of wall-clock times; empty: the workspace zone
    DateOrder dateOrder = DateOrder::Auto;
    /// Which chats of a full-account export to import (groups and channels by default).
    ChatSelection chats;
    /// Cap on a zip's unzipped chat text in MB; 0: the setting or the default (ImportLimits).
    qint64 maxUnzippedMegabytes = 0;
    /// Without a target group: a file whose first messages a group already holds goes into
    /// that group (importFile() only; see GroupOverlapProbe).
    bool useOverlappingGroup = true;
    /// Messages whose rules checks may wait for an idle core before the parser checks them
    /// itself (RulesCheckQueue): bounds the memory they hold. Tests make it small.
    qint64 maxPendingChecks = 250000;
    /// Called now and then with the bytes read so far and the messages per second.
    std::function<void(qint64 bytesRead, double messagesPerSecond)> progress;
    /// Polled between records; returning true cancels (the workspace stays as it was).
    std::function<bool()> cancelled;
    /// Called once the whole file has been read, when the steps without byte progress begin
    /// (index builds, the commit): a progress bar can turn into a busy indicator.
    std::function<void()> finishing;
};

/// A line-numbered note for the user.
struct ImportIssue
{
    qint64 line = 0;
    QString message;
};

/// What importing one file did (the fields of `cohort-cli import --json`).
struct ImportSummary
{
    enum class Status { Ok, Error, Cancelled };
    Status status = Status::Ok;
    QString filePath;
    QString format;
    int confidence = 0;
    QString timeZoneId;
    QStringList groups; ///< one per chat of the file
    QList<qint64> groupIds;
    QList<qint64> batchIds;
    qint64 messages = 0; ///< user messages in the file (media and deleted stubs included)
    qint64 systemEvents = 0; ///< every non-message record
    qint64 duplicates = 0; ///< messages the workspace already held
    qint64 authors = 0; ///< distinct authors of user messages
    qint64 newMembers = 0;
    qint64 joins = 0;
    qint64 leaves = 0; ///< left or removed
    qint64 violations = 0; ///< group-rule violations found in the added messages (docs/rules.md)
    qint64 firstAt = 0; ///< Unix seconds of the earliest record
    qint64 lastAt = 0;
    bool hasRange = false;
    QString first; ///< firstAt as YYYY-MM-DDTHH:MM:SS in the import's time zone
    QString last;
    qint64 bytes = 0;
    double seconds = 0;
    /// Milliseconds per step: "read" (parse and rows, written alongside), then the steps of
    /// the commit. For benchmarks, not for users.
    QList<QPair<QString, qint64>> phases;
    ParseResult parse;
    QList<ImportIssue> warnings;
    QList<ImportIssue> errors;
    /// Decisions the import took for the user (the group an overlapping file went into).
    QStringList notes;
    /// Set when the import committed but stayed in the workspace's log because the workspace
    /// file could not take it (a full disk, WalCheckpoint): what is safe and what to free.
    QString logOnly;
    bool ok() const { return status == Status::Ok; }
};

/// Imports chat exports into a workspace: one transaction per file (all or nothing), authors
/// mapped to identities and members, idempotent by fingerprint, memberships, referrers,
/// activity roll-ups and the import batch. Uses the calling thread's connection, so it can
/// run on a worker thread.
class ImportPipeline final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)

public:
    explicit ImportPipeline(const Database &database)
        : m_database(database)
    {
    }

    /// Detects (or takes the forced) format of `path` and imports it.
    ImportSummary importFile(const QString &path, const ImportOptions &options);
    /// Imports what `parser` reads from `input`; `fileName` and `sha256` go into the batch row.
    ImportSummary importStream(ChatParser &parser, QIODevice &input, const QString &fileName,
                               const QString &sha256, const ImportOptions &options);

    /// Hex SHA-256 of a file's bytes, or an empty string when it cannot be read.
    static QString fileSha256(const QString &path);

private:
    /// importStream() with a checksum that may still be computing (it is awaited at the end).
    ImportSummary run(ChatParser &parser, QIODevice &input, const QString &fileName,
                      const std::function<QString()> &sha256, const ImportOptions &options);

    const Database &m_database;
};

} // namespace cohort::import
