#include "storage/timezonechange.h"

#include "storage/activityrollups.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QTimeZone>

namespace cohort {

bool TimeZoneChange::run(const QString &ianaId)
{
    m_wasCancelled = false;
    m_error = WorkspaceError();
    if (!QTimeZone(ianaId.toUtf8()).isValid()) {
        m_error.kind = WorkspaceError::Kind::Invalid;
        m_error.message = tr("“%1” is not a known time zone.").arg(ianaId);
        return false;
    }
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    // The roll-ups below read the zone through this thread's connection, inside the transaction:
    // they see the new zone before anyone else does.
    if (!m_database.setTimeZoneId(ianaId)) {
        m_error.kind = WorkspaceError::Kind::Io;
        m_error.message = tr("The time zone could not be saved.");
        return false;
    }
    ActivityRollups rollups(m_database);
    rollups.setProgressCallback(m_progress);
    rollups.setCancelFlag(m_cancelled);
    if (!rollups.rebuild()) {
        m_wasCancelled = rollups.wasCancelled();
        m_error = rollups.lastError();
        return false;
    }
    if (m_cancelled && m_cancelled()) {
        m_wasCancelled = true;
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
