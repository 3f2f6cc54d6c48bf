#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace cohort {

class Database;

/// Moves the workspace to another time zone as a job of the workspace's JobRunner, behind a
/// window-modal progress dialog with Cancel: the local-day roll-ups are re-derived in the same
/// transaction as the zone is recorded, so Cancel leaves the workspace as it was. Completion is
/// signalled (no nested event loop); the runner deletes itself after finished().
class TimeZoneChangeRunner final : public QObject
{
    Q_OBJECT

public:
    enum class Result { Changed, Cancelled, Failed };

    /// Starts the change; `parent` owns the runner and the progress dialog.
    static TimeZoneChangeRunner *start(QWidget *parent, Database &database, const QString &ianaId);

Q_SIGNALS:
    /// `errorMessage` is the reason when the result is Failed.
    void finished(cohort::TimeZoneChangeRunner::Result result, const QString &errorMessage);

private:
    TimeZoneChangeRunner(QWidget *parent, const QString &ianaId);
    void run(Database &database);

    QString m_ianaId;
    QPointer<QProgressDialog> m_progress;
};

} // namespace cohort
