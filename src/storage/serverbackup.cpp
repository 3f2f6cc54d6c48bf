#include "storage/serverbackup.h"

#include "storage/serveraddress.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>

namespace cohort {

namespace {

const char *const TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

/// Removes the connection named `name` when it goes out of scope.
struct ConnectionGuard
{
    QString name;
    ~ConnectionGuard() { QSqlDatabase::removeDatabase(name); }
};

} // namespace

ServerBackup::ServerBackup(const QString &root)
    : m_root(root.isEmpty() ? defaultRoot() : root)
{
}

QString ServerBackup::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/team-backups");
}

QString ServerBackup::toolPath(const QString &tool)
{
    const QString onPath = QStandardPaths::findExecutable(tool);
    if (!onPath.isEmpty())
        return onPath;
    // Debian and Ubuntu keep the server's own tools per version, off PATH; the newest can dump
    // every older server.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                               .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, tool);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

bool ServerBackup::isAvailable()
{
    return !toolPath(QStringLiteral("pg_dump")).isEmpty()
        && !toolPath(QStringLiteral("pg_restore")).isEmpty();
}

QString ServerBackup::folderFor(const QString &address) const
{
    const ServerAddress server = ServerAddress::parse(address);
    // One folder per server and database; characters no file system takes become "_".
    QString name = (server.host().isEmpty() ? QStringLiteral("local") : server.host())
        + QLatin1Char('-') + QString::number(server.port() > 0 ? server.port() : 5432)
        + QLatin1Char('-') + server.databaseName();
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_"));
    return QDir(m_root).filePath(name);
}

QList<ServerBackup::Entry> ServerBackup::backups(const QString &address) const
{
    QList<Entry> entries;
    const QFileInfoList files = QDir(folderFor(address))
                                    .entryInfoList({ QStringLiteral("*.dump") }, QDir::Files,
                                                   QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        QDateTime at = QDateTime::fromString(file.completeBaseName(), QLatin1String(TimeFormat));
        if (!at.isValid())
            continue; // not one of ours
        at.setTimeZone(QTimeZone::utc());
        entries << Entry { file.absoluteFilePath(), at, file.size() };
    }
    return entries;
}

bool ServerBackup::fail(WorkspaceError::Kind kind, const QString &message)
{
    m_error = { kind, message, {} };
    return false;
}

bool ServerBackup::run(const QString &tool, const QStringList &arguments, const QString &password,
                       const std::function<bool()> &cancelled)
{
    const QString program = toolPath(tool);
    if (program.isEmpty()) {
        return fail(WorkspaceError::Kind::DriverMissing,
                    tr("%1 is not installed on this computer, so Cohort cannot back up a team "
                       "workspace: its backups are the server administrator's.")
                        .arg(tool));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return fail(WorkspaceError::Kind::Io,
                    tr("%1 could not be started: %2").arg(tool, process.errorString()));
    }
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancelled && cancelled()) {
            process.kill();
            process.waitForFinished();
            return fail(WorkspaceError::Kind::None, QString());
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return fail(WorkspaceError::Kind::Io,
                    tr("%1 failed: %2")
                        .arg(tool, said.isEmpty() ? process.errorString() : said.left(2000)));
    }
    return true;
}

QString ServerBackup::backUp(const QString &address, const std::function<bool()> &cancelled)
{
    m_error = {};
    const ServerAddress server = ServerAddress::parse(address);
    if (!server.isValid()) {
        fail(WorkspaceError::Kind::Invalid,
             tr("“%1” is no team server address.").arg(server.toDisplayString()));
        return {};
    }
    const QString folder = folderFor(address);
    if (!QDir().mkpath(folder)) {
        fail(WorkspaceError::Kind::ReadOnly,
             tr("The backup folder “%1” could not be created.").arg(folder));
        return {};
    }
    const QString name = QDateTime::currentDateTimeUtc().toString(QLatin1String(TimeFormat));
    const QString path = QDir(folder).filePath(name + QStringLiteral(".dump"));
    // Written beside and renamed when whole, so a cut-off dump never counts as a backup.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    const bool ok = run(QStringLiteral("pg_dump"),
                        { QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                          QStringLiteral("--file=") + partial,
                          QStringLiteral("--dbname=") + server.toDisplayString() },
                        server.password(), cancelled);
    // A dump holds every member's name and message: for this computer's user only, like the
    // folder it is in.
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (ok)
        QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!ok || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (ok)
            fail(WorkspaceError::Kind::Io, tr("The backup “%1” could not be written.").arg(path));
        return {};
    }
    const QList<Entry> all = backups(address);
    for (int i = Keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return path;
}

bool ServerBackup::restore(const QString &dump, const QString &address,
                           const std::function<bool()> &cancelled)
{
    m_error = {};
    const ServerAddress server = ServerAddress::parse(address);
    if (!server.isValid())
        return fail(WorkspaceError::Kind::Invalid,
                    tr("“%1” is no team server address.").arg(server.toDisplayString()));
    if (!QFileInfo::exists(dump))
        return fail(WorkspaceError::Kind::NotFound, tr("“%1” does not exist.").arg(dump));
    {
        // Into a new database only: restoring over a workspace would mix two.
        const ConnectionGuard guard { QStringLiteral("cohort-restore-check-")
                                      + QUuid::createUuid().toString(QUuid::WithoutBraces) };
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), guard.name);
        server.applyTo(db);
        bool empty = false;
        if (db.open()) {
            QSqlQuery q(db);
            empty = q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "current_schema()"))
                && q.next() && q.value(0).toLongLong() == 0;
            if (!empty && q.lastError().type() == QSqlError::NoError) {
                db = QSqlDatabase();
                return fail(WorkspaceError::Kind::Invalid,
                            tr("“%1” is not empty: restore into a new database (createdb).")
                                .arg(server.toDisplayString()));
            }
        }
        if (!empty) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            return fail(
                WorkspaceError::Kind::Disconnected,
                tr("Cohort could not connect to “%1”: %2").arg(server.toDisplayString(), why));
        }
        db = QSqlDatabase();
    }
    return run(QStringLiteral("pg_restore"),
               { QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                 QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                 QStringLiteral("--dbname=") + server.toDisplayString(), dump },
               server.password(), cancelled);
}

} // namespace cohort
