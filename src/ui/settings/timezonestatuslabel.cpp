#include "ui/settings/timezonestatuslabel.h"

#include "storage/database.h"
#include "storage/workspacezone.h"

#include <QDateTime>
#include <QEvent>

namespace cohort {

TimeZoneStatusLabel::TimeZoneStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("timeZoneStatusLabel"));
    setTextFormat(Qt::PlainText);
    refresh();
}

void TimeZoneStatusLabel::setDatabase(Database *database)
{
    disconnect(m_connection);
    m_database = database;
    if (database) {
        // A change of the zone is announced as a change of every table; reading it is cheap.
        m_connection = connect(database, &Database::changed, this, &TimeZoneStatusLabel::refresh);
    }
    refresh();
}

void TimeZoneStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void TimeZoneStatusLabel::refresh()
{
    if (!m_database || !m_database->isOpen()) {
        clear();
        setToolTip(QString());
        return;
    }
    const QTimeZone zone = WorkspaceZone::of(*m_database);
    const QString offset = zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName);
    setText(tr("Time zone: %1 (%2)").arg(QString::fromUtf8(zone.id()), offset));
    setToolTip(tr("Every date and time of this workspace is shown, edited, printed and exported "
                  "in its time zone. Change it in File › Workspace Settings…"));
    setAccessibleName(tr("Workspace time zone"));
}

} // namespace cohort
