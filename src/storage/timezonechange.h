#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cohort {

class Database;

/// Moves a workspace to another time zone: records the zone and re-derives what is kept in its
/// local days (the activity roll-ups) in one transaction, so a cancelled or failed change leaves
/// the workspace as it was. Runs on any thread with that thread's connection.
class TimeZoneChange final
{
    Q_DECLARE_TR_FUNCTIONS(TimeZoneChange)

public:
    explicit TimeZoneChange(Database &database)
        : m_database(database)
    {
    }

    /// Called on the running thread with the percentage done.
    void setProgressCallback(std::function<void(int percent)> callback)
    {
        m_progress = std::move(callback);
    }
    /// Asked now and then; true stops the change and rolls it back.
    void setCancelFlag(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    /// Makes `ianaId` the workspace zone. Returns false when it is not a known zone, when the
    /// work was cancelled (wasCancelled()) or on a database error (lastError()).
    bool run(const QString &ianaId);
    bool wasCancelled() const { return m_wasCancelled; }
    const WorkspaceError &lastError() const { return m_error; }

private:
    Database &m_database;
    std::function<void(int)> m_progress;
    std::function<bool()> m_cancelled;
    bool m_wasCancelled = false;
    WorkspaceError m_error;
};

} // namespace cohort
