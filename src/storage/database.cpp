#include "storage/database.h"

#include "storage/enginecheck.h"
#include "storage/grouptrash.h"
#include "storage/jobrunner.h"
#include "storage/messagegrams.h"
#include "storage/migrator.h"
#include "storage/serverpasswords.h"
#include "storage/sqltransaction.h"
#include "storage/workspacezone.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace cohort {

namespace {

/// How long a statement waits for another connection's lock before it fails as busy.
constexpr int BusyTimeoutMs = 5000;

WorkspaceError makeError(WorkspaceError::Kind kind, const QString &message)
{
    return WorkspaceError { kind, message };
}

/// Switches a file to write-ahead logging, which lets worker threads read while the GUI thread
/// writes; a file system that refuses it (some network shares) is reported, not run in another
/// mode silently.
WorkspaceError switchToWal(QSqlQuery &query)
{
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Database::errorFromSql(query.lastError());
    const QString mode = query.next() ? query.value(0).toString() : QString();
    query.finish(); // an unfinished statement would hold a read lock through the migration
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(WorkspaceError::Kind::Io,
                         Database::tr("The workspace could not switch to write-ahead logging "
                                      "(journal mode “%1”); its folder may be on a file system "
                                      "that does not support it.")
                             .arg(mode));
    }
    return {};
}

/// Runs quick_check on an open connection; writes nothing.
WorkspaceError runQuickCheck(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        const QString native = query.lastError().nativeErrorCode();
        if (native == QLatin1String("26"))
            return makeError(WorkspaceError::Kind::NotAWorkspace,
                             Database::tr("“%1” is not a Cohort workspace.").arg(path));
        return makeError(
            WorkspaceError::Kind::Corrupt,
            Database::tr("“%1” could not be read: %2").arg(path, query.lastError().text()));
    }
    // One finding per line, up to 100, whether SQLite returns them as rows or in one row.
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (problems != QStringList { QStringLiteral("ok") }) {
        // The findings go to the details: the message stays one line.
        WorkspaceError error
            = makeError(WorkspaceError::Kind::Corrupt,
                        Database::tr("“%1” is damaged: its integrity check failed (%2 findings). "
                                     "It was left untouched.")
                            .arg(path)
                            .arg(problems.size()));
        error.details = problems.join(QLatin1Char('\n'));
        return error;
    }
    return {};
}

/// Runs quick_check unless it is deferred, and reads the schema marks on an open connection;
/// writes nothing.
WorkspaceError checkConnection(QSqlDatabase &db, const QString &path, int *schemaVersion,
                               int *compatibleVersion, Database::IntegrityCheck check)
{
    if (check == Database::IntegrityCheck::AtOpen) {
        const WorkspaceError damaged = runQuickCheck(db, path);
        if (damaged.isError())
            return damaged;
    }
    QSqlQuery query(db);
    // A damaged file can fail here too (the schema or meta pages): that is damage, not a
    // foreign file, and it is told as such.
    if (!query.exec(QStringLiteral("PRAGMA application_id")))
        return makeError(
            WorkspaceError::Kind::Corrupt,
            Database::tr("“%1” could not be read: %2").arg(path, query.lastError().text()));
    const qint32 appId = query.next() ? query.value(0).toInt() : 0;
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN "
                                   "('schema_version', 'compatible_version')"))) {
        if (query.lastError().nativeErrorCode() == QLatin1String("11")) // SQLITE_CORRUPT
            return makeError(
                WorkspaceError::Kind::Corrupt,
                Database::tr("“%1” could not be read: %2").arg(path, query.lastError().text()));
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         Database::tr("“%1” is a database, but not a Cohort workspace.").arg(path));
    }
    int version = 0;
    int compatible = 0;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("schema_version"))
            version = query.value(1).toInt();
        else
            compatible = query.value(1).toInt();
    }
    if (appId != Database::ApplicationId || version <= 0) {
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         Database::tr("“%1” is a database, but not a Cohort workspace.").arg(path));
    }
    *schemaVersion = version;
    *compatibleVersion = compatible > 0 ? compatible : version;
    return {};
}

/// What a PostgreSQL error (by its SQLSTATE) means to the user.
WorkspaceError errorFromSqlState(const QString &state, const QSqlError &error)
{
    const QString detail
        = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    if (state == QLatin1String("42501"))
        return makeError(WorkspaceError::Kind::Denied,
                         Database::tr("The team server refused this: your role does not allow "
                                      "it. Nothing was saved (%1).")
                             .arg(detail));
    if (state == QLatin1String("25006"))
        return makeError(WorkspaceError::Kind::ReadOnly,
                         Database::tr("The workspace is open read-only. Nothing was saved."));
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01")
        || state == QLatin1String("40001"))
        return makeError(WorkspaceError::Kind::Locked,
                         Database::tr("The team workspace is busy with someone else's change. "
                                      "Try again in a moment."));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || state == QLatin1String("53300"))
        return makeError(WorkspaceError::Kind::Disconnected,
                         Database::tr("The connection to the team server was lost. Nothing was "
                                      "saved (%1).")
                             .arg(detail));
    if (state.startsWith(QLatin1String("53")))
        return makeError(WorkspaceError::Kind::Io,
                         Database::tr("The team server is out of disk space or memory. Nothing "
                                      "was saved (%1).")
                             .arg(detail));
    if (state.startsWith(QLatin1String("28")))
        return makeError(
            WorkspaceError::Kind::Denied,
            Database::tr("The team server did not accept your login (%1).").arg(detail));
    return makeError(WorkspaceError::Kind::Io, Database::tr("Database error: %1").arg(detail));
}

/// Why `db` is not open: the driver's error, or that openConnection() closed it again.
WorkspaceError connectionError(const QSqlDatabase &db)
{
    if (db.lastError().type() != QSqlError::NoError)
        return Database::errorFromSql(db.lastError());
    return makeError(WorkspaceError::Kind::Io,
                     Database::tr("The workspace connection could not be set up (foreign keys, "
                                  "lock timeout)."));
}

/// A read-only connection `name` to the file at `path`, not opened yet. Opening a file in WAL
/// mode, even read-only, creates its -wal and -shm files, which a refused file (damaged, newer,
/// foreign) would keep beside it. Without them there is no log to read either, so the file is
/// opened as immutable then: no locks, no side files.
QSqlDatabase readOnlyConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const bool sideFiles = QFileInfo::exists(path + QLatin1String("-wal"))
        || QFileInfo::exists(path + QLatin1String("-shm"));
    if (sideFiles) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QLatin1String("?mode=ro&immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    return db;
}

} // namespace

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

Database::Database(QObject *parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<cohort::Tables>();
    qRegisterMetaType<cohort::ChangeSet>();
    m_jobs = std::make_unique<JobRunner>(*this);
}

Database::~Database()
{
    m_jobs->shutdown(); // no job may run on a Database that is going away
    close();
}

WorkspaceError Database::inspectFile(const QString &path, int *schemaVersion, IntegrityCheck check)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(WorkspaceError::Kind::NotFound,
                         Database::tr("“%1” does not exist.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            WorkspaceError::Kind::Io,
            Database::tr("“%1” could not be opened: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         Database::tr("“%1” is not a Cohort workspace.").arg(path));
    }
    const qint32 appId = qFromBigEndian<qint32>(header.constData() + 68);
    if (appId != ApplicationId) {
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         Database::tr("“%1” is a database, but not a Cohort workspace.").arg(path));
    }

    // Read-only connection: checking a file must never change it.
    const QString name = QStringLiteral("cohort-inspect-") + QUuid::createUuid().toString();
    WorkspaceError result;
    {
        QSqlDatabase db = readOnlyConnection(path, name);
        if (!db.open()) {
            result = makeError(
                WorkspaceError::Kind::Corrupt,
                Database::tr("“%1” could not be opened: %2").arg(path, db.lastError().text()));
        } else {
            int version = 0;
            int compatible = 0;
            result = checkConnection(db, path, &version, &compatible, check);
            if (!result.isError() && compatible > latestSchemaVersion()) {
                result = makeError(
                    WorkspaceError::Kind::TooNew,
                    Database::tr(
                        "“%1” was written by a newer version of Cohort (workspace format %2; this "
                        "version reads up to %3). Update Cohort to open it.")
                        .arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
            }
            if (schemaVersion)
                *schemaVersion = version;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString Database::storedTimeZoneId(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    const QString name = QStringLiteral("cohort-zone-") + QUuid::createUuid().toString();
    QString zone;
    {
        QSqlDatabase db = readOnlyConnection(path, name);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'time_zone'"))
                && query.next())
                zone = query.value(0).toString();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return zone;
}

WorkspaceError Database::open(const QString &path, OpenMode mode, IntegrityCheck check)
{
    close();
    if (ServerAddress::isServerAddress(path)) {
        WorkspaceError error = openServer(path, mode);
        // libpq has tried PGPASSWORD and ~/.pgpass; the keychain is Cohort's to try.
        const ServerAddress address = ServerAddress::parse(path);
        const bool wantsPassword = error.isError() && address.isValid()
            && address.password().isEmpty()
            && error.message.contains(QLatin1String("password"), Qt::CaseInsensitive);
        if (wantsPassword) {
            if (const std::optional<QString> kept = ServerPasswords::find(path))
                error = openServer(ServerPasswords::withPassword(path, *kept), mode);
        }
        return error;
    }
    m_dialect = SqlDialect();
    m_server = ServerAddress();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(WorkspaceError::Kind::DriverMissing,
                         Database::tr("The Qt SQLite driver (QSQLITE) is not installed."));
    if (const WorkspaceError engine = EngineCheck::verify(); engine.isError())
        return engine;

    const QFileInfo info(path);
    const bool creating = !info.exists() || (mode == OpenMode::CreateOrOpen && info.size() == 0);
    int version = 0;
    if (creating) {
        if (mode != OpenMode::CreateOrOpen)
            return makeError(WorkspaceError::Kind::NotFound,
                             Database::tr("“%1” does not exist.").arg(path));
    } else {
        WorkspaceError inspected = inspectFile(path, &version, check);
        // A migration writes the whole schema: never into a file not known to be sound.
        if (!inspected.isError() && check == IntegrityCheck::Deferred
            && version < latestSchemaVersion() && mode != OpenMode::ReadOnly) {
            check = IntegrityCheck::AtOpen;
            inspected = inspectFile(path, &version, check);
        }
        if (inspected.isError())
            return inspected;
        if (mode == OpenMode::ReadOnly && version < latestSchemaVersion()) {
            return makeError(
                WorkspaceError::Kind::ReadOnly,
                Database::tr("“%1” uses an older workspace format and must be upgraded, which "
                             "needs write access.")
                    .arg(path));
        }
    }

    m_path = info.absoluteFilePath();
    m_databaseName = m_path;
    m_readOnly = mode == OpenMode::ReadOnly;
    m_inMemory = false;
    m_open = true;

    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        const WorkspaceError error = connectionError(db);
        close();
        return error;
    }
    if (!m_readOnly) {
        QSqlQuery query(db);
        // 16 KiB pages for a new file (fixed once it holds a table, and before WAL): the message
        // table of a large import takes fewer pages to write, spill and sort for its indexes.
        if (creating && !query.exec(QStringLiteral("PRAGMA page_size = 16384"))) {
            const WorkspaceError error = errorFromSql(query.lastError());
            close();
            return error;
        }
        const WorkspaceError journal = switchToWal(query);
        if (journal.isError()) {
            close();
            return journal;
        }
        if (version < latestSchemaVersion()) {
            if (version > 0 && m_beforeMigration) {
                const WorkspaceError hookError = m_beforeMigration(m_path, version);
                if (hookError.isError()) {
                    close();
                    return hookError;
                }
            }
            const WorkspaceError error = migrate(version);
            if (error.isError()) {
                close();
                if (creating)
                    QFile::remove(m_path);
                return error;
            }
        }
        initializeZoneAndTrash(check == IntegrityCheck::AtOpen || creating);
    }
    return {};
}

WorkspaceError Database::initializeZoneAndTrash(bool purge)
{
    // The zone is fixed once, from this computer's when the workspace is created (or first
    // opened by a Cohort that records it); from then on the computer's zone never counts.
    QSqlQuery zone(connection());
    zone.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = 'time_zone' AND value <> ''"));
    if (zone.exec() && !zone.next()) {
        zone.finish();
        // Not announced: opening is no change of the user's (the daily backup waits for one).
        SqlTransaction tx(*this);
        QSqlQuery write(tx.connection());
        write.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('time_zone', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        write.addBindValue(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        if (tx.isActive() && write.exec())
            tx.commit();
    }
    if (purge) {
        const WorkspaceError trash = purgeTrash();
        if (trash.isError())
            qWarning("Cohort: the trash of deleted groups was not emptied: %s",
                     qPrintable(trash.message));
        return trash;
    }
    return {};
}

WorkspaceError Database::openServer(const QString &text, OpenMode mode)
{
    QString why;
    const ServerAddress address = ServerAddress::parse(text, &why);
    if (!address.isValid())
        return makeError(WorkspaceError::Kind::NotFound,
                         Database::tr("“%1” is not a team server address: %2")
                             .arg(ServerAddress::isServerAddress(text)
                                      ? text.section(QLatin1Char('?'), 0, 0)
                                      : text,
                                  why));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(WorkspaceError::Kind::DriverMissing,
                         Database::tr("The Qt PostgreSQL driver (QPSQL) is not installed; a team "
                                      "workspace cannot be opened without it."));
    m_dialect = SqlDialect(SqlDialect::Backend::Postgres);
    m_server = address;
    m_path = address.toDisplayString();
    m_databaseName.clear();
    m_readOnly = mode == OpenMode::ReadOnly;
    m_inMemory = false;
    m_open = true;

    QSqlDatabase db = connection();
    // The handle goes before close() removes the connection it holds.
    const auto closeAll = [&] {
        db = QSqlDatabase();
        close();
    };
    if (!db.isOpen()) {
        WorkspaceError error = connectionError(db);
        if (error.kind == WorkspaceError::Kind::Io)
            error.kind = WorkspaceError::Kind::Disconnected;
        error.message = Database::tr("Cohort could not connect to “%1”: %2")
                            .arg(m_path,
                                 db.lastError().databaseText().trimmed().isEmpty()
                                     ? error.message
                                     : db.lastError().databaseText().trimmed());
        closeAll();
        return error;
    }
    int version = 0;
    int compatible = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL, (SELECT count(*) "
                                       "FROM pg_tables WHERE schemaname = current_schema())"))
            || !query.next()) {
            const WorkspaceError error = errorFromSql(query.lastError());
            closeAll();
            return error;
        }
        const bool hasMeta = query.value(0).toBool();
        const qint64 tables = query.value(1).toLongLong();
        if (!hasMeta && tables > 0) {
            closeAll();
            return makeError(
                WorkspaceError::Kind::NotAWorkspace,
                Database::tr("The database “%1” holds tables, but no Cohort workspace.")
                    .arg(m_path));
        }
        if (!hasMeta && mode != OpenMode::CreateOrOpen) {
            closeAll();
            return makeError(WorkspaceError::Kind::NotAWorkspace,
                             Database::tr("The database “%1” is empty: publish a workspace to it "
                                          "first (File ▸ Publish to Team Server…).")
                                 .arg(m_path));
        }
        if (hasMeta) {
            if (!query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN "
                                           "('schema_version', 'compatible_version')"))) {
                const WorkspaceError error = errorFromSql(query.lastError());
                closeAll();
                return error;
            }
            while (query.next()) {
                if (query.value(0).toString() == QLatin1String("schema_version"))
                    version = query.value(1).toInt();
                else
                    compatible = query.value(1).toInt();
            }
            if (version <= 0) {
                closeAll();
                return makeError(
                    WorkspaceError::Kind::NotAWorkspace,
                    Database::tr("The database “%1” holds tables, but no Cohort workspace.")
                        .arg(m_path));
            }
        }
    }
    if ((compatible > 0 ? compatible : version) > latestSchemaVersion()) {
        closeAll();
        return makeError(WorkspaceError::Kind::TooNew,
                         Database::tr("“%1” was written by a newer version of Cohort (workspace "
                                      "format %2; this version reads up to %3). Update Cohort "
                                      "to open it.")
                             .arg(m_path)
                             .arg(version)
                             .arg(latestSchemaVersion()));
    }
    if (version < latestSchemaVersion()) {
        if (m_readOnly) {
            closeAll();
            return makeError(WorkspaceError::Kind::ReadOnly,
                             Database::tr("“%1” uses an older workspace format and must be "
                                          "upgraded, which needs write access.")
                                 .arg(m_path));
        }
        // Migrations run under the write lock, so two people opening an old workspace at once
        // upgrade it once.
        const WorkspaceError error = migrate(version);
        if (error.isError()) {
            closeAll();
            return error;
        }
    }
    if (!m_readOnly) {
        // A viewer (TeamRoles) may only read: the window then offers no edits, as for a file
        // opened read-only, instead of letting each one be refused by the server.
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT has_table_privilege('chat_groups', 'UPDATE')"))
            && query.next() && !query.value(0).toBool())
            m_readOnly = true;
    }
    if (!m_readOnly)
        initializeZoneAndTrash(version == 0);
    return {};
}

WorkspaceError Database::checkIntegrity() const
{
    if (m_inMemory || isServer())
        return {};
    QSqlDatabase db = connection();
    return runQuickCheck(db, m_path);
}

WorkspaceError Database::purgeTrash()
{
    // Trash batches belong to undo commands of an earlier session, which are gone.
    GroupTrash trash(*this);
    if (!trash.purgeAll())
        return trash.lastError();
    return {};
}

WorkspaceError Database::createAtVersion(const QString &path, int version)
{
    close();
    if (QFileInfo::exists(path))
        return makeError(WorkspaceError::Kind::Io, Database::tr("“%1” already exists.").arg(path));
    m_dialect = SqlDialect();
    m_server = ServerAddress();
    m_path = QFileInfo(path).absoluteFilePath();
    m_databaseName = m_path;
    m_readOnly = false;
    m_inMemory = false;
    m_open = true;
    WorkspaceError error;
    {
        QSqlQuery query(connection());
        error = switchToWal(query);
    }
    if (error.isError()) {
        close();
        return error;
    }
    Migrator migrator(*this);
    error = migrator.migrate(0, version);
    close();
    return error;
}

WorkspaceError Database::openInMemory()
{
    close();
    if (const WorkspaceError engine = EngineCheck::verify(); engine.isError())
        return engine;
    m_dialect = SqlDialect();
    m_server = ServerAddress();
    m_path.clear();
    m_databaseName
        = QStringLiteral("file:cohort-mem-") + m_id + QStringLiteral("?mode=memory&cache=shared");
    m_inMemory = true;
    m_readOnly = false;
    m_open = true;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        const WorkspaceError error = connectionError(db);
        close();
        return error;
    }
    const WorkspaceError error = migrate(0);
    if (error.isError()) {
        close();
        return error;
    }
    setTimeZoneId(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    return {};
}

void Database::close()
{
    // Jobs hold their own connections, which only their threads can close.
    m_jobs->cancelAndWait();
    closeAllConnections();
    m_open = false;
}

void Database::closeAllConnections()
{
    QMutexLocker locker(&m_mutex);
    // The owning thread's connection goes last: an in-memory database lives while one is open.
    for (const auto &[thread, state] : m_threads) {
        {
            QSqlDatabase db = QSqlDatabase::database(state.connectionName, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(state.connectionName);
    }
    m_threads.clear();
}

QString Database::timeZoneId() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'time_zone'"));
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

bool Database::setTimeZoneId(const QString &ianaId)
{
    if (!QTimeZone(ianaId.toUtf8()).isValid())
        return false;
    SqlTransaction tx(*this);
    QSqlQuery query(tx.connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('time_zone', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(ianaId);
    tx.touch(WorkspaceZone::changedTables());
    return tx.isActive() && query.exec() && tx.commit();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

Database::ThreadState &Database::threadState() const
{
    QMutexLocker locker(&m_mutex);
    QThread *thread = QThread::currentThread();
    auto it = m_threads.find(thread);
    if (it == m_threads.end()) {
        ThreadState state;
        state.connectionName = QStringLiteral("cohort-") + m_id + QLatin1Char('-')
            + QString::number(reinterpret_cast<quintptr>(thread), 16);
        it = m_threads.emplace(thread, state).first;
    }
    return it->second;
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (isServer()) {
        m_server.applyTo(db);
        if (db.open() && !setUpServerConnection(db))
            db.close();
        return db;
    }
    db.setDatabaseName(m_databaseName);
    QStringList options { QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs) };
    if (m_inMemory)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    if (m_readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (db.open() && !setUpSqliteConnection(db))
        db.close();
    return db;
}

bool Database::setUpServerConnection(QSqlDatabase &db) const
{
    // A writer waits for another's write lock (SqlDialect::writeLockStatement) as long as a
    // SQLite writer waits for the file; NOTICEs (IF NOT EXISTS ...) are not the user's business.
    QSqlQuery query(db);
    const bool configured = query.exec(QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs))
        && query.exec(QStringLiteral("SET client_min_messages = warning"))
        && (!m_readOnly || query.exec(QStringLiteral("SET default_transaction_read_only = on")));
    if (!configured)
        qWarning("Cohort: a team server connection could not be set up (%s); closing it.",
                 qUtf8Printable(query.lastError().text()));
    return configured;
}

bool Database::setUpSqliteConnection(QSqlDatabase &db) const
{
    // A connection without its settings would run without foreign keys or give up on a lock at
    // once; one that cannot be set up is closed, so every statement on it fails loudly.
    QSqlQuery query(db);
    const auto pragmaIs = [&query](const char *pragma, int expected) {
        return query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) && query.next()
            && query.value(0).toInt() == expected;
    };
    // cohort_grams() before anything else: deleting a message calls it (migration 0014).
    const bool configured = MessageGrams::install(db)
        && query.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        && (m_readOnly || query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        && pragmaIs("foreign_keys", 1)
        && pragmaIs("busy_timeout", BusyTimeoutMs)
        // The connections of an in-memory workspace share one cache, where a reader locks the
        // tables it reads and a write to them fails at once (SQLITE_LOCKED: no busy timeout
        // helps), e.g. undoing while a list reloads on the job thread. Reading without those
        // locks gives what a file workspace's log gives: readers never stop a writer.
        && (!m_inMemory
            || (query.exec(QStringLiteral("PRAGMA read_uncommitted=1"))
                && pragmaIs("read_uncommitted", 1)));
    if (!configured) {
        qWarning("Cohort: a workspace connection could not be set up (%s); closing it.",
                 qUtf8Printable(query.lastError().text()));
        query.finish();
    }
    return configured;
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT(m_open);
    const QString name = threadState().connectionName;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen())
        return db;
    if (db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return openConnection(name);
}

void Database::releaseThreadConnection() const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_threads.find(QThread::currentThread());
    if (it == m_threads.end())
        return;
    const QString name = it->second.connectionName;
    m_threads.erase(it);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::finishOutermost(bool committed, const ChangeSet &change)
{
    if (!committed || !change.tables)
        return;
    Q_EMIT changed(change.tables);
    Q_EMIT changedRows(change);
}

WorkspaceError Database::migrate(int fromVersion)
{
    Migrator migrator(*this);
    return migrator.migrate(fromVersion);
}

WorkspaceError Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return makeError(WorkspaceError::Kind::Io,
                         Database::tr("“%1” already exists.").arg(target));
    if (isServer())
        return makeError(WorkspaceError::Kind::Io,
                         Database::tr("A team workspace is not copied into a file here: export "
                                      "it (cohort-cli export-local) or back the server up."));
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        QFile::remove(target);
        WorkspaceError error = errorFromSql(query.lastError());
        error.message
            = Database::tr("The copy “%1” could not be written: %2").arg(target, error.message);
        return error;
    }
    const WorkspaceError check = inspectFile(target);
    if (check.isError()) {
        QFile::remove(target);
        return check;
    }
    return {};
}

WorkspaceError Database::errorFromSql(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    const QString detail = error.text();
    // PostgreSQL reports SQLSTATEs, always five characters; SQLite's codes have at most four.
    if (native.size() == 5)
        return errorFromSqlState(native, error);
    // Primary SQLite result codes (extended codes are reported modulo 256 by the driver).
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return makeError(
            WorkspaceError::Kind::Io,
            Database::tr("The disk is full. Nothing was saved; free some space and try again."));
    case 10: // SQLITE_IOERR
        return makeError(
            WorkspaceError::Kind::Io,
            Database::tr("The disk reported an input/output error. Nothing was saved (%1).")
                .arg(detail));
    case 8: // SQLITE_READONLY
        return makeError(WorkspaceError::Kind::ReadOnly,
                         Database::tr("The workspace is read-only. Nothing was saved."));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(
            WorkspaceError::Kind::Locked,
            Database::tr("The workspace is busy in another program. Try again in a moment."));
    case 11: // SQLITE_CORRUPT
        return makeError(WorkspaceError::Kind::Corrupt,
                         Database::tr("The workspace is damaged (%1).").arg(detail));
    case 26: // SQLITE_NOTADB
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         Database::tr("This file is not a Cohort workspace."));
    case 14: // SQLITE_CANTOPEN
        return makeError(WorkspaceError::Kind::Io,
                         Database::tr("The workspace could not be opened (%1).").arg(detail));
    default:
        return makeError(WorkspaceError::Kind::Io, Database::tr("Database error: %1").arg(detail));
    }
}

QString Database::engineVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(m_dialect.engineVersionQuery()) && query.next())
        return query.value(0).toString();
    return {};
}

QString Database::driverEngineVersion()
{
    // The SQLite inside Qt's driver is the only copy in the process; asking it is the truth.
    QString version;
    const QString name = QStringLiteral("cohort-version-") + QUuid::createUuid().toString();
    {
        const SqlDialect dialect;
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(dialect.engineVersionQuery()) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace cohort
