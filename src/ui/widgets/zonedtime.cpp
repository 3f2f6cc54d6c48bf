#include "ui/widgets/zonedtime.h"

#include "domain/schedule.h"
#include "storage/database.h"
#include "storage/workspacezone.h"

#include <QDateTimeEdit>

namespace cohort {

QTimeZone workspaceZone(const Database &database)
{
    // One rule for every view: a zone this computer does not know is UTC, never its own zone.
    return WorkspaceZone::of(database);
}

void showZonedTime(QDateTimeEdit *edit, const QDateTime &utc, const QTimeZone &zone)
{
    edit->setTimeSpec(Qt::UTC);
    const QDateTime wall = utc.toTimeZone(zone);
    edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
}

QDateTime zonedTimeOf(const QDateTimeEdit *edit, const QTimeZone &zone)
{
    const QDateTime wall = edit->dateTime();
    return Schedule::wallToUtc(wall.date(), wall.time(), zone);
}

} // namespace cohort
