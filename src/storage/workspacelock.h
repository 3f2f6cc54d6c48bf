#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <optional>

namespace cohort {

/// Keeps a workspace open in one Cohort at a time through "<workspace>.lock" next to the file;
/// a lock left by a crashed process on this machine is recovered automatically.
class WorkspaceLock final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)

public:
    /// Who holds a lock, read from the lock file (QLockFile's pid, host and process name; the user
    /// is the file's owner and the time its modification time).
    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString processName;
        QString user;
        QDateTime since;
    };

    enum class Result {
        Acquired,
        HeldByOther, ///< holder() says who; open read-only or try again later
        Error, ///< the lock file could not be written (read-only folder ...): errorString()
    };

    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    static QString lockPathFor(const QString &workspacePath);
    QString lockPath() const { return m_lockPath; }

    /// Tries once, without waiting; removes a stale lock (dead process on this host) first.
    Result tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    void unlock();

    /// The current holder, if the lock file exists and is readable.
    std::optional<Holder> holder() const;
    /// One translated sentence for the user, e.g. "… is open in Cohort by anna on host (process 42)
    /// since …".
    QString holderDescription() const;
    QString errorString() const { return m_error; }

    /// Deletes another holder's lock after the user confirmed it is not in use (a lock from a
    /// crashed Cohort on another machine never looks stale here).
    bool breakLock();

private:
    QString m_workspacePath;
    QString m_lockPath;
    QLockFile m_lock;
    QString m_error;
};

} // namespace cohort
