#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cohort {

class Database;

/// Keeps verified, rotated copies of workspaces in a backups folder and restores them into new
/// files.
class BackupManager final
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    enum class Reason {
        Daily, ///< taken on open after a day with changes; rotated 7 daily, 4 weekly, 6 monthly
        BeforeMigration, ///< taken before a schema upgrade; the newest few are kept
        Manual, ///< asked for by the user; rotated like daily copies
    };

    struct Entry
    {
        QString path;
        QDateTime createdAt; ///< UTC, from the file name (the clock at backup time)
        qint64 size = 0; ///< bytes
        Reason reason = Reason::Daily;
    };

    static constexpr int KeepDaily = 7;
    static constexpr int KeepWeekly = 4;
    static constexpr int KeepMonthly = 6;
    static constexpr int KeepBeforeMigration = 3;

    /// `root` holds one folder per workspace; empty means defaultRoot().
    explicit BackupManager(const QString &root = QString());

    /// QStandardPaths::AppDataLocation + "/backups".
    static QString defaultRoot();
    QString root() const { return m_root; }
    /// Where the copies of `workspacePath` go: root/<workspace file name without extension>/.
    QString folderFor(const QString &workspacePath) const;

    /// Replaces the clock (tests); the default is the current UTC time.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime now() const { return m_now(); }

    /// Hooks into `database` before it is opened: a copy before every migration, and the time of
    /// the first change after a copy recorded in the workspace's meta table. `database` must
    /// outlive the hook and this manager must outlive `database`.
    void attach(Database &database);
    /// Called after a successful open: takes a daily copy when the workspace changed since the
    /// newest copy and that copy is from an earlier (local) day. Returns the new entry, if any.
    std::optional<Entry> backupIfDue(const Database &database);
    /// Takes a verified copy now and rotates the folder.
    std::optional<Entry> backupNow(const Database &database, Reason reason = Reason::Manual);

    /// Copies of `workspacePath`, newest first.
    QList<Entry> list(const QString &workspacePath) const;
    /// Deletes the copies the rotation policy no longer keeps; returns how many were deleted.
    int rotate(const QString &workspacePath);
    /// The newest copy that passes the workspace check (for a damaged workspace).
    std::optional<Entry> latestGood(const QString &workspacePath) const;
    /// Copies `backupPath` into the new file `newPath` and checks the result; never overwrites.
    WorkspaceError restoreTo(const QString &backupPath, const QString &newPath) const;

    /// Why the last backupIfDue/backupNow/rotate failed.
    const WorkspaceError &lastError() const { return m_error; }

    /// meta key holding the Unix time of the first change after the newest copy.
    static QString changedSinceBackupKey();

private:
    void recordChange(const Database &database);
    QString fileNameFor(const QString &workspacePath, const QDateTime &at, Reason reason) const;

    QString m_root;
    std::function<QDateTime()> m_now;
    /// Set once the pending change is in meta, so later commits cost no extra write.
    std::atomic<bool> m_changeRecorded { false };
    WorkspaceError m_error;
};

} // namespace cohort
