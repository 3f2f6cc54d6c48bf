#include "storage/serverchangelistener.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cohort {

namespace {

/// NOTIFY payloads hold up to 8,000 bytes; a larger set of orders is sent as "orders changed".
constexpr int MaxOrderIds = 400;

/// Who sent a notification: this process and the Database object, so that a client ignores its
/// own commits (already announced) but two workspaces of one process still hear each other.
QString origin(const Database &database)
{
    return QStringLiteral("%1.%2")
        .arg(QCoreApplication::applicationPid())
        .arg(reinterpret_cast<quintptr>(&database), 0, 16);
}

} // namespace

QString ServerChangeListener::channel()
{
    return QStringLiteral("cohort_changes");
}

QString ServerChangeListener::payload(const Database &database, const ChangeSet &change)
{
    // "origin;tables;id,id,...": plain text, no user data.
    QString text = origin(database) + QLatin1Char(';') + QString::number(change.tables.toInt());
    if (change.ordersByRow() && change.orderIds.size() <= MaxOrderIds) {
        QStringList ids;
        ids.reserve(change.orderIds.size());
        for (const qint64 id : change.orderIds)
            ids << QString::number(id);
        text += QLatin1Char(';') + ids.join(QLatin1Char(','));
    }
    return text;
}

Tables ServerChangeListener::allTables()
{
    return Table::Groups | Table::Members | Table::Memberships | Table::Tags | Table::Products
        | Table::Campaigns | Table::Orders | Table::Messages | Table::ImportBatches | Table::Ledger
        | Table::Points | Table::Violations | Table::Identities;
}

ServerChangeListener::ServerChangeListener(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    if (!database.isServer())
        return;
    // Nothing else notices a lost connection: the driver stops delivering notifications
    // without a word, and the views would show stale data until the user edits something.
    m_heartbeat.setInterval(DefaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerChangeListener::checkConnection);
    m_heartbeat.start();
    subscribe();
}

ServerChangeListener::~ServerChangeListener()
{
    // The connection may be gone already (the workspace closed first): then so is the driver.
    if (m_listening && m_driver)
        m_driver->unsubscribeFromNotification(channel());
}

bool ServerChangeListener::subscribe()
{
    const QSqlDatabase connection = m_database.connection();
    m_driver = connection.driver();
    if (!m_driver || !connection.isOpen())
        return false;
    m_listening = m_driver->subscribeToNotification(channel());
    if (!m_listening) {
        qWarning("Cohort: not listening for the team's changes: %s",
                 qUtf8Printable(m_driver->lastError().text()));
        return false;
    }
    connect(m_driver, &QSqlDriver::notification, this, &ServerChangeListener::onNotification);
    return true;
}

bool ServerChangeListener::isAlive() const
{
    const QSqlDatabase connection = m_database.connection();
    // connection() silently opens a new connection in place of a closed one: one that does not
    // listen.
    if (!connection.isOpen() || connection.driver() != m_driver)
        return false;
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT 1")))
        return true;
    const QSqlError error = query.lastError();
    // libpq reports a connection that broke off without a SQLSTATE ("server closed the
    // connection unexpectedly"); a terminated backend says 57P01 first.
    return !error.nativeErrorCode().isEmpty()
        && Database::errorFromSql(error).kind != WorkspaceError::Kind::Disconnected;
}

void ServerChangeListener::checkConnection()
{
    if (!m_database.isOpen() || !m_database.isServer())
        return;
    // While lost, one connection attempt a beat: asking the dead connection again first would
    // make it two.
    if (!m_lost) {
        if (m_listening && isAlive())
            return;
        m_lost = true;
        Q_EMIT connectionLost();
    }
    reconnect();
}

void ServerChangeListener::reconnect()
{
    if (m_driver)
        disconnect(m_driver, nullptr, this, nullptr);
    m_driver = nullptr;
    m_listening = false;
    // The dead connection keeps its name (and QPSQL its open state): it must go before
    // connection() opens another under that name. No query of ours holds it now.
    m_database.releaseThreadConnection();
    if (!subscribe())
        return;
    m_lost = false;
    // Whatever was committed meanwhile was announced to nobody here.
    const ChangeSet everything { allTables(), {} };
    Q_EMIT m_database.changed(everything.tables);
    Q_EMIT m_database.changedRows(everything);
    Q_EMIT reconnected();
}

void ServerChangeListener::onNotification(const QString &name,
                                          QSqlDriver::NotificationSource source,
                                          const QVariant &payload)
{
    Q_UNUSED(source) // the connection's own commits come from worker threads' connections too
    if (name != channel())
        return;
    const QStringList parts = payload.toString().split(QLatin1Char(';'));
    if (parts.size() < 2 || parts.at(0) == origin(m_database))
        return;
    bool ok = false;
    const int tables = parts.at(1).toInt(&ok);
    if (!ok || tables == 0)
        return;
    ChangeSet change;
    change.tables = Tables::fromInt(tables);
    if (parts.size() > 2) {
        const QStringList ids = parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : ids)
            change.orderIds.insert(id.toLongLong());
    }
    Q_EMIT m_database.changed(change.tables);
    Q_EMIT m_database.changedRows(change);
    Q_EMIT received(change);
}

} // namespace cohort
