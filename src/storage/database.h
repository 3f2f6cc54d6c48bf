#pragma once

#include "storage/changeset.h"
#include "storage/serveraddress.h"
#include "storage/sqldialect.h"
#include "storage/workspaceerror.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlError;
class QThread;

namespace cohort {

class JobRunner;

/// A Cohort workspace: opens, checks and migrates the database, hands every thread its own
/// connection (a QSqlDatabase is never shared across threads) and announces committed changes.
class Database final : public QObject
{
    Q_OBJECT

public:
    /// Schema version this build writes (the highest migration it carries).
    static int latestSchemaVersion();
    /// SQLite application_id that marks a file as a Cohort workspace ("CohR").
    static constexpr qint32 ApplicationId = 0x436F6852;

    enum class OpenMode {
        ReadWrite, ///< open an existing workspace, migrating it when older
        ReadOnly, ///< open without writing anything (no migration, no WAL switch)
        CreateOrOpen, ///< create the file when missing
    };

    /// When a whole-file integrity check (quick_check) runs on an existing file.
    enum class IntegrityCheck {
        AtOpen, ///< open() refuses a damaged file; the trash of an earlier session is emptied
        /// open() reads the file's header and schema marks only, so a large workspace opens at
        /// once; the caller runs checkIntegrity() in the background, then purgeTrash(). A file
        /// that needs a migration is still checked in full before it is written.
        Deferred,
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    /// Opens the workspace file at `path`, or the team workspace at a server address
    /// (postgresql://..., see ServerAddress; `check` does not apply to a server, whose
    /// integrity is the server's). On a server, CreateOrOpen sets up an empty database.
    WorkspaceError open(const QString &path, OpenMode mode = OpenMode::ReadWrite,
                        IntegrityCheck check = IntegrityCheck::AtOpen);
    /// Runs quick_check on the calling thread's connection (see IntegrityCheck::Deferred). A
    /// damaged file gives a Corrupt error, one line, with the findings as its details.
    WorkspaceError checkIntegrity() const;
    /// Empties the trash of deleted groups left by an earlier session (their undo commands are
    /// gone); open() does it itself unless the check was deferred.
    WorkspaceError purgeTrash();
    /// A private in-memory workspace with every migration applied (tests, scratch work).
    WorkspaceError openInMemory();
    void close();
    /// Creates a new workspace file at an older schema `version` (upgrade tests and tooling).
    WorkspaceError createAtVersion(const QString &path, int version);

    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    bool isInMemory() const { return m_inMemory; }
    /// True for a team workspace on a PostgreSQL server (no file: no WAL, no file backups).
    bool isServer() const { return m_dialect.backend() == SqlDialect::Backend::Postgres; }
    /// The workspace file's absolute path, or a server workspace's address without its
    /// password (ServerAddress::toDisplayString()).
    QString filePath() const { return m_path; }
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const;
    /// IANA id of the workspace time zone (local days of roll-ups and reports), fixed when the
    /// workspace is created from the system zone; changeable with setTimeZoneId().
    QString timeZoneId() const;
    /// Name and version of the database engine, e.g. "SQLite 3.40.1" (About box).
    QString engineVersion() const;
    /// The same for the engine inside the Qt SQL driver, asked through a private in-memory
    /// connection, so it needs no workspace (`cohort --version`); empty when the driver is missing.
    static QString driverEngineVersion();
    bool setTimeZoneId(const QString &ianaId);

    /// The calling thread's connection, opened on first use with the workspace's pragmas.
    QSqlDatabase connection() const;
    /// Closes the calling thread's connection. Worker threads call it before they end (the
    /// job runner does it for its jobs).
    void releaseThreadConnection() const;
    /// Runs this workspace's background jobs; close() cancels them and waits for them first.
    JobRunner &jobs() const { return *m_jobs; }

    /// Writes a consistent copy of the workspace to `target` (VACUUM INTO) and verifies it with
    /// quick_check. `target` must not exist.
    WorkspaceError backupTo(const QString &target) const;

    /// Called before migrations run on an existing file, with the version found. Returning an
    /// error aborts the open (the backup of issue "data safety" hooks in here).
    void
    setBeforeMigration(std::function<WorkspaceError(const QString &path, int fromVersion)> hook)
    {
        m_beforeMigration = std::move(hook);
    }

    /// Maps an SQL error to what the user should be told (disk full, read-only, locked ...).
    static WorkspaceError errorFromSql(const QSqlError &error);

    /// The IANA zone recorded in the workspace file at `path`, read without opening it as a
    /// workspace and without modifying it; empty when it cannot be read.
    static QString storedTimeZoneId(const QString &path);
    /// Checks a file without opening it as a workspace and without modifying it.
    static WorkspaceError inspectFile(const QString &path, int *schemaVersion = nullptr,
                                      IntegrityCheck check = IntegrityCheck::AtOpen);

Q_SIGNALS:
    /// Emitted after a transaction that touched `tables` committed (from the committing thread).
    void changed(cohort::Tables tables);
    /// The same commit with the orders it wrote, when known (see ChangeSet); emitted right after
    /// changed().
    void changedRows(const cohort::ChangeSet &change);

private:
    friend class SqlTransaction;
    struct ThreadState
    {
        QString connectionName;
        int depth = 0;
        int savepointCounter = 0;
        Tables pending;
        QSet<qint64> pendingOrderIds;
        bool ordersWhole = false;
    };
    ThreadState &threadState() const;
    void finishOutermost(bool committed, const ChangeSet &change);
    QSqlDatabase openConnection(const QString &name) const;
    bool setUpSqliteConnection(QSqlDatabase &db) const;
    bool setUpServerConnection(QSqlDatabase &db) const;
    WorkspaceError openServer(const QString &address, OpenMode mode);
    WorkspaceError initializeZoneAndTrash(bool purge);
    WorkspaceError migrate(int fromVersion);
    void closeAllConnections();

    SqlDialect m_dialect;
    ServerAddress m_server;
    QString m_path;
    QString m_databaseName; ///< what the driver opens (path or memory URI)
    QString m_id; ///< unique prefix of this object's connection names
    bool m_open = false;
    bool m_readOnly = false;
    bool m_inMemory = false;
    mutable QMutex m_mutex;
    /// Node-based so a ThreadState reference stays valid while other threads add theirs.
    mutable std::unordered_map<QThread *, ThreadState> m_threads;
    std::function<WorkspaceError(const QString &, int)> m_beforeMigration;
    std::unique_ptr<JobRunner> m_jobs;
};

} // namespace cohort
