#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

namespace cohort {

namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

/// libpq's connection parameters that an address may carry besides the five Cohort reads. The
/// list keeps options that change where or as whom Cohort connects out of the address.
bool isPassedOption(const QString &key)
{
    static const QStringList known {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("sslcompression"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("gssencmode"),      QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),      QStringLiteral("keepalives_idle"),
        QStringLiteral("channel_binding"), QStringLiteral("krbsrvname"),
    };
    return known.contains(key);
}

/// A value as libpq's key=value syntax quotes it.
QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &text, QString *error)
{
    ServerAddress address;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return ServerAddress();
    };
    if (!isServerAddress(text))
        return fail(QCoreApplication::translate(
            "cohort::ServerAddress", "A team server's address starts with postgresql://."));
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        address.m_database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        address.m_user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            address.m_password = decoded(userInfo.mid(colon + 1));
    }
    if (authority.contains(QLatin1Char(',')))
        return fail(QCoreApplication::translate(
            "cohort::ServerAddress",
            "Cohort connects to one server: the address names several hosts."));
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QCoreApplication::translate("cohort::ServerAddress",
                                                    "The server address has an unclosed “[”."));
        address.m_host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        address.m_host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }
    const auto setPort = [&](const QString &value) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return false;
        address.m_port = port;
        return true;
    };
    if (!portText.isEmpty() && !setPort(portText))
        return fail(
            QCoreApplication::translate("cohort::ServerAddress", "“%1” is not a port number.")
                .arg(portText));
    const QStringList items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = decoded(eq >= 0 ? item.left(eq) : item);
        const QString value = eq >= 0 ? decoded(item.mid(eq + 1)) : QString();
        if (key == QLatin1String("host")) {
            address.m_host = value;
        } else if (key == QLatin1String("port")) {
            if (!setPort(value))
                return fail(QCoreApplication::translate("cohort::ServerAddress",
                                                        "“%1” is not a port number.")
                                .arg(value));
        } else if (key == QLatin1String("user")) {
            address.m_user = value;
        } else if (key == QLatin1String("password")) {
            address.m_password = value;
        } else if (key == QLatin1String("dbname")) {
            address.m_database = value;
        } else if (isPassedOption(key)) {
            // QPSQL joins its options with ';', which it turns into spaces.
            if (value.contains(QLatin1Char(';')))
                return fail(QCoreApplication::translate("cohort::ServerAddress",
                                                        "The value of “%1” may not contain “;”.")
                                .arg(key));
            address.m_options.append({ key, value });
        } else {
            return fail(
                QCoreApplication::translate("cohort::ServerAddress",
                                            "Cohort does not know the connection parameter “%1”.")
                    .arg(key));
        }
    }
    if (address.m_database.isEmpty())
        return fail(QCoreApplication::translate(
            "cohort::ServerAddress",
            "The server address names no database (postgresql://host/database)."));
    address.m_valid = true;
    if (error)
        error->clear();
    return address;
}

QString ServerAddress::toDisplayString() const
{
    QString out = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        out += encoded(m_user) + QLatin1Char('@');
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        out += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                 : encoded(m_host);
    if (m_port > 0 && !socket)
        out += QLatin1Char(':') + QString::number(m_port);
    out += QLatin1Char('/') + encoded(m_database);
    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + encoded(m_host);
        if (m_port > 0)
            query << QStringLiteral("port=%1").arg(m_port);
    }
    for (const auto &[key, value] : m_options)
        query << key + QLatin1Char('=') + encoded(value);
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

void ServerAddress::applyTo(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_database);
    QStringList options;
    for (const auto &[key, value] : m_options)
        options << key + QLatin1Char('=') + quoted(value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace cohort
