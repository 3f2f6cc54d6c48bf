#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace cohort {

/// Where a team workspace lives: a PostgreSQL database named by a libpq connection URI,
/// `postgresql://[user[:password]@][host][:port][/dbname][?param=value&...]`, the form `psql`
/// and every libpq program take (so `postgresql://ann@/team?host=/run/pg` reaches a server on a
/// Unix socket). A password given nowhere is found by libpq itself, in PGPASSWORD or ~/.pgpass.
class ServerAddress final
{
public:
    /// True when `text` is a server address rather than a workspace file's path.
    static bool isServerAddress(const QString &text);
    /// Parses `text`; on failure the result is invalid and `error` (if given) says why.
    static ServerAddress parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_database; }
    void setPassword(const QString &password) { m_password = password; }
    /// The libpq parameters other than host, port, user, password and dbname (sslmode ...).
    QList<QPair<QString, QString>> options() const { return m_options; }
    /// The address as a URI without its password: safe to show, log and remember.
    QString toDisplayString() const;
    /// Sets `db` (a QPSQL connection, not opened yet) to connect here.
    void applyTo(QSqlDatabase &db) const;

private:
    bool m_valid = false;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
};

} // namespace cohort
