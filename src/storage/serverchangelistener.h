#pragma once

#include "storage/changeset.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

namespace cohort {

class Database;

/// Tells a window about the changes other people commit to a team workspace: every write
/// transaction on a server sends its ChangeSet with NOTIFY on commit (SqlTransaction), and this
/// listens on the calling thread's connection and announces the ones of other clients through
/// the Database's changed() and changedRows(), so the lists, dashboards and reports refresh what
/// changed as they do for this client's own edits. Notifications sent while the connection was
/// lost are lost too: a heartbeat notices the loss, and after a reconnect this listens again and
/// announces every table as changed, so every view reloads (docs/team.md).
class ServerChangeListener final : public QObject
{
    Q_OBJECT

public:
    /// The NOTIFY channel.
    static QString channel();
    /// The payload of a commit of `database`: who sent it, and the change.
    static QString payload(const Database &database, const ChangeSet &change);
    /// What a reconnect announces: every table.
    static Tables allTables();
    /// How often the connection is checked by default, in milliseconds.
    static constexpr int DefaultHeartbeatMs = 5000;

    /// Listens for `database` (a team workspace) on the calling thread's connection, which
    /// needs that thread's event loop.
    explicit ServerChangeListener(Database &database, QObject *parent = nullptr);
    ~ServerChangeListener() override;

    bool isListening() const { return m_listening; }
    int heartbeatInterval() const { return m_heartbeat.interval(); }
    void setHeartbeatInterval(int milliseconds) { m_heartbeat.setInterval(milliseconds); }
    /// What the heartbeat does: checks the connection with a trivial statement and, when it is
    /// gone, opens a new one, listens again and announces a reload; a failed attempt is tried
    /// again on the next beat.
    void checkConnection();

Q_SIGNALS:
    /// Another client's change arrived (after the Database announced it).
    void received(const cohort::ChangeSet &change);
    /// The connection to the server is gone; this tries to open a new one on every beat.
    void connectionLost();
    /// A new connection listens again, and every table was announced as changed.
    void reconnected();

private:
    bool subscribe();
    bool isAlive() const;
    void reconnect();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    Database &m_database;
    /// Owned by the connection: gone when the connection is removed.
    QPointer<QSqlDriver> m_driver;
    QTimer m_heartbeat;
    bool m_listening = false;
    bool m_lost = false;
};

} // namespace cohort
