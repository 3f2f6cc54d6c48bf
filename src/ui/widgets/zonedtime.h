#pragma once

#include <QDateTime>
#include <QTimeZone>

class QDateTimeEdit;

namespace cohort {

class Database;

/// The zone the workspace shows and edits times in: WorkspaceZone::of() (UTC, never the
/// computer's zone, when the stored id is not a zone this machine knows).
QTimeZone workspaceZone(const Database &database);

/// Shows the UTC instant `utc` in `edit` as the wall-clock time of `zone`. The edit itself holds
/// a naive time (UTC spec), so the computer's zone and its DST gaps never shift what it shows.
void showZonedTime(QDateTimeEdit *edit, const QDateTime &utc, const QTimeZone &zone);

/// The UTC instant of the wall-clock time of `zone` that `edit` shows (in a DST gap the time
/// moves forward, in an overlap the earlier instant is taken).
QDateTime zonedTimeOf(const QDateTimeEdit *edit, const QTimeZone &zone);

} // namespace cohort
