#pragma once

#include "storage/changeset.h"

#include <QTimeZone>

namespace cohort {

class Database;

/// The workspace time zone, in which every date and time is shown, edited, filtered, printed and
/// exported, never the computer's; and how a change of it is announced.
class WorkspaceZone final
{
public:
    /// The zone of `database`; UTC where this computer's zone database lacks its id, so a missing
    /// zone never turns into the computer's.
    static QTimeZone of(const Database &database);
    /// What Database::changed carries when the zone changes: every table, since the times of all
    /// of them read differently now. Views re-read the zone when they reload.
    static Tables changedTables();
};

} // namespace cohort
