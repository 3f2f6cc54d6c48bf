#include "storage/backupmanager.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

namespace cohort {

namespace {

const QString TimestampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString reasonKey(BackupManager::Reason reason)
{
    switch (reason) {
    case BackupManager::Reason::Daily:
        return QStringLiteral("daily");
    case BackupManager::Reason::BeforeMigration:
        return QStringLiteral("migration");
    case BackupManager::Reason::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

/// <workspace>-<yyyyMMdd-HHmmss UTC>[_<n>]-<reason>.cohort
const QRegularExpression &entryPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^.+-(\\d{8}-\\d{6})(?:_(\\d+))?-(daily|migration|manual)\\.cohort$"));
    return pattern;
}

/// Keeps the newest entry of each of the `count` most recent buckets (`entries` newest first).
template<typename Key>
void keepNewestPerBucket(const QList<BackupManager::Entry> &entries, int count, Key key,
                         QSet<QString> &kept)
{
    QSet<qint64> seen;
    for (const BackupManager::Entry &entry : entries) {
        const qint64 bucket = key(entry.createdAt.toLocalTime().date());
        if (seen.contains(bucket))
            continue;
        if (seen.size() == count)
            break;
        seen.insert(bucket);
        kept.insert(entry.path);
    }
}

} // namespace

BackupManager::BackupManager(const QString &root)
    : m_root(root.isEmpty() ? defaultRoot() : root)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString BackupManager::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/backups");
}

QString BackupManager::folderFor(const QString &workspacePath) const
{
    return m_root + QLatin1Char('/') + QFileInfo(workspacePath).completeBaseName();
}

QString BackupManager::changedSinceBackupKey()
{
    return QStringLiteral("changed_since_backup");
}

void BackupManager::attach(Database &database)
{
    m_changeRecorded = false;
    database.setBeforeMigration([this, &database](const QString &path, int fromVersion) {
        // The file is still at `fromVersion`: a plain verified copy is the pre-upgrade state.
        const QString folder = folderFor(path);
        if (!QDir().mkpath(folder)) {
            return WorkspaceError {
                WorkspaceError::Kind::Io,
                tr("The backup folder “%1” could not be created, so the workspace "
                   "was not upgraded.")
                    .arg(folder)
            };
        }
        const QString target
            = folder + QLatin1Char('/') + fileNameFor(path, m_now(), Reason::BeforeMigration);
        WorkspaceError error = database.backupTo(target);
        if (error.isError()) {
            error.message
                = tr("No backup could be made before upgrading the workspace from format %1, "
                     "so it was not upgraded: %2")
                      .arg(fromVersion)
                      .arg(error.message);
            return error;
        }
        rotate(path);
        return WorkspaceError {};
    });
    QObject::connect(&database, &Database::changed, &database,
                     [this, &database](cohort::Tables) { recordChange(database); });
}

void BackupManager::recordChange(const Database &database)
{
    if (m_changeRecorded || !database.isOpen() || database.isReadOnly() || database.isInMemory())
        return;
    // No touch(): this write must not announce a change of its own.
    SqlTransaction tx(database);
    QSqlQuery query(tx.connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO NOTHING"));
    query.addBindValue(changedSinceBackupKey());
    query.addBindValue(QString::number(m_now().toSecsSinceEpoch()));
    if (tx.isActive() && query.exec() && tx.commit())
        m_changeRecorded = true;
}

std::optional<BackupManager::Entry> BackupManager::backupIfDue(const Database &database)
{
    m_error = {};
    if (!database.isOpen() || database.isReadOnly() || database.isInMemory())
        return std::nullopt;
    const bool changed = catchQueryError(m_error, [&] {
        return CheckedQuery(database, QStringLiteral("SELECT value FROM meta WHERE key = ?"))
            .bind(changedSinceBackupKey())
            .exec()
            .next();
    });
    if (!changed)
        return std::nullopt; // nothing changed since the newest copy, or m_error says why not
    const QDate today = m_now().toLocalTime().date();
    const QList<Entry> entries = list(database.filePath());
    const auto newestRegular
        = std::find_if(entries.cbegin(), entries.cend(),
                       [](const Entry &entry) { return entry.reason != Reason::BeforeMigration; });
    if (newestRegular != entries.cend() && newestRegular->createdAt.toLocalTime().date() >= today)
        return std::nullopt;
    return backupNow(database, Reason::Daily);
}

std::optional<BackupManager::Entry> BackupManager::backupNow(const Database &database,
                                                             Reason reason)
{
    m_error = {};
    const QString path = database.filePath();
    const QString folder = folderFor(path);
    if (!QDir().mkpath(folder)) {
        m_error = { WorkspaceError::Kind::Io,
                    tr("The backup folder “%1” could not be created.").arg(folder) };
        return std::nullopt;
    }
    const QDateTime at = m_now().toUTC();
    const QString target = folder + QLatin1Char('/') + fileNameFor(path, at, reason);
    // The change record is cleared before the copy is taken, not after: the copy may run on a
    // worker while the user edits, and a change committed between the copy and a later clear
    // would be in neither the copy nor the record. Cleared first, such a change records itself
    // again (the write lock orders it after the clear).
    QString pendingSince;
    if (!database.isReadOnly()) {
        SqlTransaction tx(database);
        QSqlQuery query(tx.connection());
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(changedSinceBackupKey());
        if (tx.isActive() && query.exec() && query.next())
            pendingSince = query.value(0).toString();
        query.finish();
        query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        query.addBindValue(changedSinceBackupKey());
        m_changeRecorded = false;
        if (tx.isActive() && query.exec())
            tx.commit();
    }
    const WorkspaceError error = database.backupTo(target);
    if (error.isError()) {
        m_error = error;
        // Still due: put the record back unless a newer change already wrote one.
        if (!pendingSince.isEmpty()) {
            SqlTransaction tx(database);
            QSqlQuery query(tx.connection());
            query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO NOTHING"));
            query.addBindValue(changedSinceBackupKey());
            query.addBindValue(pendingSince);
            if (tx.isActive() && query.exec())
                tx.commit();
        }
        return std::nullopt;
    }
    rotate(path);
    return Entry { target, at, QFileInfo(target).size(), reason };
}

QString BackupManager::fileNameFor(const QString &workspacePath, const QDateTime &at,
                                   Reason reason) const
{
    const QString base = QFileInfo(workspacePath).completeBaseName() + QLatin1Char('-')
        + at.toUTC().toString(TimestampFormat);
    const QString suffix = QLatin1Char('-') + reasonKey(reason) + QStringLiteral(".cohort");
    const QDir folder(folderFor(workspacePath));
    QString name = base + suffix;
    for (int n = 2; folder.exists(name); ++n)
        name = base + QLatin1Char('_') + QString::number(n) + suffix;
    return name;
}

QList<BackupManager::Entry> BackupManager::list(const QString &workspacePath) const
{
    QList<Entry> entries;
    const QDir folder(folderFor(workspacePath));
    const QFileInfoList files = folder.entryInfoList({ QStringLiteral("*.cohort") }, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = entryPattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), TimestampFormat);
        if (!at.isValid())
            continue;
        at.setTimeZone(QTimeZone::utc());
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.createdAt = at;
        entry.size = file.size();
        const QString reason = match.captured(3);
        entry.reason = reason == QLatin1String("daily") ? Reason::Daily
            : reason == QLatin1String("migration")      ? Reason::BeforeMigration
                                                        : Reason::Manual;
        // Same-second copies carry _2, _3 ...: the higher number is the newer copy.
        entry.createdAt = entry.createdAt.addMSecs(match.captured(2).toInt());
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

int BackupManager::rotate(const QString &workspacePath)
{
    const QList<Entry> entries = list(workspacePath);
    QList<Entry> regular;
    QList<Entry> migration;
    for (const Entry &entry : entries)
        (entry.reason == Reason::BeforeMigration ? migration : regular).append(entry);

    QSet<QString> kept;
    keepNewestPerBucket(
        regular, KeepDaily, [](const QDate &d) { return d.toJulianDay(); }, kept);
    keepNewestPerBucket(
        regular, KeepWeekly,
        [](const QDate &d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        kept);
    keepNewestPerBucket(
        regular, KeepMonthly, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); },
        kept);
    for (int i = 0; i < migration.size() && i < KeepBeforeMigration; ++i)
        kept.insert(migration.at(i).path);

    int removed = 0;
    for (const Entry &entry : entries) {
        if (kept.contains(entry.path))
            continue;
        if (QFile::remove(entry.path))
            ++removed;
        else
            m_error = { WorkspaceError::Kind::Io,
                        tr("The old backup “%1” could not be deleted.").arg(entry.path) };
    }
    return removed;
}

std::optional<BackupManager::Entry> BackupManager::latestGood(const QString &workspacePath) const
{
    const QList<Entry> entries = list(workspacePath);
    for (const Entry &entry : entries) {
        if (!Database::inspectFile(entry.path).isError())
            return entry;
    }
    return std::nullopt;
}

WorkspaceError BackupManager::restoreTo(const QString &backupPath, const QString &newPath) const
{
    if (QFileInfo::exists(newPath))
        return {
            WorkspaceError::Kind::Io,
            tr("“%1” already exists; a backup is only restored into a new file.").arg(newPath)
        };
    const WorkspaceError source = Database::inspectFile(backupPath);
    if (source.isError()) {
        return { source.kind,
                 tr("The backup “%1” cannot be restored: %2").arg(backupPath, source.message) };
    }
    // Copy under a temporary name and rename once checked, so `newPath` is never a half copy.
    const QString partial = newPath + QStringLiteral(".part");
    QFile::remove(partial);
    QFile in(backupPath);
    if (!in.copy(partial)) {
        QFile::remove(partial);
        return { WorkspaceError::Kind::Io,
                 tr("The backup could not be copied to “%1”: %2").arg(newPath, in.errorString()) };
    }
    const WorkspaceError copied = Database::inspectFile(partial);
    if (copied.isError()) {
        QFile::remove(partial);
        return { copied.kind,
                 tr("The restored copy “%1” failed its check: %2").arg(newPath, copied.message) };
    }
    if (!QFile::rename(partial, newPath)) {
        QFile::remove(partial);
        return { WorkspaceError::Kind::Io,
                 tr("The restored copy could not be renamed to “%1”.").arg(newPath) };
    }
    QFile::setPermissions(newPath, QFile::permissions(newPath) | QFileDevice::WriteOwner);
    return {};
}

} // namespace cohort
