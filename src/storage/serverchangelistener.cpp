#include "storage/serverchangelistener.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
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

ServerChangeListener::ServerChangeListener(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    if (!database.isServer())
        return;
    const QSqlDatabase connection = database.connection();
    m_driver = connection.driver();
    if (!m_driver || !connection.isOpen())
        return;
    m_listening = m_driver->subscribeToNotification(channel());
    if (!m_listening) {
        qWarning("Cohort: not listening for the team's changes: %s",
                 qUtf8Printable(m_driver->lastError().text()));
        return;
    }
    connect(m_driver, &QSqlDriver::notification, this, &ServerChangeListener::onNotification);
}

ServerChangeListener::~ServerChangeListener()
{
    // The connection may be gone already (the workspace closed first): then so is the driver.
    if (m_listening && m_database.isOpen() && m_database.connection().driver() == m_driver)
        m_driver->unsubscribeFromNotification(channel());
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
