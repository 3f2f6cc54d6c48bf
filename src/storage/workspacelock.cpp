#include "storage/workspacelock.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace cohort {

namespace {
// QLockFile writes the holder's pid, name and host right after creating the file: a lock file
// still unreadable after this long was left half-written by a crash or a power cut.
constexpr qint64 UnreadableLockGraceMs = 10 * 1000;
} // namespace

WorkspaceLock::WorkspaceLock(const QString &workspacePath)
    : m_workspacePath(workspacePath)
    , m_lockPath(lockPathFor(workspacePath))
    , m_lock(m_lockPath)
{
    // Never treat a live lock as stale by age: a workspace may stay open for weeks. QLockFile
    // still recovers a lock whose process no longer runs on this host.
    m_lock.setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock()
{
    unlock();
}

QString WorkspaceLock::lockPathFor(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".lock");
}

WorkspaceLock::Result WorkspaceLock::tryLock()
{
    m_error.clear();
    if (m_lock.isLocked())
        return Result::Acquired;
    if (m_lock.tryLock(0))
        return Result::Acquired;
    switch (m_lock.error()) {
    case QLockFile::LockFailedError:
        // QLockFile recovers a lock whose process is gone, but only if it can read who that was;
        // an empty or garbled lock file would otherwise keep the workspace read-only for ever.
        if (!holder()
            && QFileInfo(m_lockPath).lastModified().msecsTo(QDateTime::currentDateTime())
                > UnreadableLockGraceMs
            && m_lock.removeStaleLockFile() && m_lock.tryLock(0))
            return Result::Acquired;
        return Result::HeldByOther;
    case QLockFile::PermissionError:
        m_error
            = tr("The lock file “%1” could not be created: no permission to write in its folder.")
                  .arg(m_lockPath);
        return Result::Error;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    m_error = tr("The lock file “%1” could not be created.").arg(m_lockPath);
    return Result::Error;
}

void WorkspaceLock::unlock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

std::optional<WorkspaceLock::Holder> WorkspaceLock::holder() const
{
    Holder holder;
    if (!m_lock.getLockInfo(&holder.pid, &holder.hostName, &holder.processName))
        return std::nullopt;
    const QFileInfo info(m_lockPath);
    holder.user = info.owner();
    holder.since = info.lastModified();
    return holder;
}

QString WorkspaceLock::holderDescription() const
{
    const QString name = QFileInfo(m_workspacePath).fileName();
    const std::optional<Holder> who = holder();
    if (!who)
        return tr("“%1” is open in another Cohort.").arg(name);
    const QString user = who->user.isEmpty() ? tr("an unknown user") : who->user;
    const QString host = who->hostName.isEmpty() ? tr("an unknown computer") : who->hostName;
    // Like every time of a workspace, in its zone (the computer's if the file does not say).
    const QString zoneId = Database::storedTimeZoneId(m_workspacePath);
    const QTimeZone zone
        = zoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneId.toUtf8());
    return tr("“%1” is open in Cohort by %2 on %3 (process %4) since %5.")
        .arg(name, user, host)
        .arg(who->pid)
        .arg(QLocale().toString(
            who->since.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()),
            QLocale::ShortFormat));
}

bool WorkspaceLock::breakLock()
{
    if (m_lock.isLocked())
        return false;
    return m_lock.removeStaleLockFile();
}

} // namespace cohort
