#pragma once

#include "storage/changeset.h"

#include <QObject>
#include <QSqlDriver>

namespace cohort {

class Database;

/// Tells a window about the changes other people commit to a team workspace: every write
/// transaction on a server sends its ChangeSet with NOTIFY on commit (SqlTransaction), and this
/// listens on the calling thread's connection and announces the ones of other clients through
/// the Database's changed() and changedRows(), so the lists, dashboards and reports refresh what
/// changed as they do for this client's own edits. Notifications sent while the connection was
/// lost are lost too: after a reconnect the caller listens again and reloads (docs/team.md).
class ServerChangeListener final : public QObject
{
    Q_OBJECT

public:
    /// The NOTIFY channel.
    static QString channel();
    /// The payload of a commit of `database`: who sent it, and the change.
    static QString payload(const Database &database, const ChangeSet &change);

    /// Listens for `database` (a team workspace) on the calling thread's connection, which
    /// needs that thread's event loop.
    explicit ServerChangeListener(Database &database, QObject *parent = nullptr);
    ~ServerChangeListener() override;

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    /// Another client's change arrived (after the Database announced it).
    void received(const cohort::ChangeSet &change);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    Database &m_database;
    QSqlDriver *m_driver = nullptr;
    bool m_listening = false;
};

} // namespace cohort
