#pragma once

#include <QLabel>
#include <QPointer>

namespace cohort {

class Database;

/// Shows the workspace time zone in the status bar and follows its changes: every date and time
/// on screen is in that zone, so the user can always see which one it is.
class TimeZoneStatusLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit TimeZoneStatusLabel(QWidget *parent = nullptr);

    /// The workspace to show the zone of; null shows nothing.
    void setDatabase(Database *database);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<Database> m_database;
    QMetaObject::Connection m_connection;
};

} // namespace cohort
