#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cohort {

class Database;

/// Moves the workspace to another time zone on a worker thread with its own connection, behind
/// a progress dialog with Cancel: the local-day roll-ups are re-derived in the same transaction
/// as the zone is recorded, so Cancel leaves the workspace as it was.
class TimeZoneChangeRunner final
{
    Q_DECLARE_TR_FUNCTIONS(TimeZoneChangeRunner)

public:
    enum class Result { Changed, Cancelled, Failed };
    /// `errorMessage` receives the reason when the result is Failed.
    static Result run(QWidget *parent, Database &database, const QString &ianaId,
                      QString *errorMessage);
};

} // namespace cohort
