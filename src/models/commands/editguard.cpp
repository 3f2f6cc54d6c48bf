#include "models/commands/editguard.h"

#include "storage/database.h"
#include "storage/rowstamps.h"

#include <QLocale>
#include <QTimeZone>

namespace cohort {

EditGuard::EditGuard(QString table, qint64 id)
    : m_table(std::move(table))
    , m_id(id)
{
}

bool EditGuard::check(const Database &database, const QString &name,
                      const std::function<Row()> &compare)
{
    m_message.clear();
    const Row row = compare();
    if (row == Row::Expected)
        return true;
    if (row == Row::Gone) {
        m_message = tr("“%1” no longer exists: it was deleted in the meantime.").arg(name);
        return false;
    }
    const QString reload = tr("Reload to see it as it is now, then make your change again.");
    const std::optional<RowStamp> stamp = RowStamps::read(database, m_table, m_id);
    if (!stamp || !stamp->at.isValid()) {
        m_message
            = tr("Your change to “%1” was not saved: it was changed in the meantime.").arg(name)
            + QLatin1Char(' ') + reload;
        return false;
    }
    const QTimeZone zone(database.timeZoneId().toUtf8());
    const QString at = QLocale().toString(
        stamp->at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()), QLocale::ShortFormat);
    if (stamp->by.isEmpty()) {
        m_message = tr("Your change to “%1” was not saved: it was changed at %2 in the meantime.")
                        .arg(name, at);
    } else {
        m_message = tr("Your change to “%1” was not saved: %2 changed it at %3 in the meantime.")
                        .arg(name, stamp->by, at);
    }
    m_message += QLatin1Char(' ') + reload;
    return false;
}

} // namespace cohort
